// getMember: `$x.Name` with PowerShell's rules (extended members, dictionary keys, adapted members, member enumeration).
import type { PSMemberInfo } from '../values/ps-member.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSList } from '../values/ps-list.js';
import { PSObject } from '../values/ps-object.js';
import { typeNamesOf } from '../values/type-names.js';
import { PSMethodValue } from '../types/method-value.js';
import { adapterFor } from './adapter-for.js';
// invoke-method imports this module too; the cycle is safe because both only call each other at run time.
import { invokeMethod } from './invoke-method.js';
import { PSObjectView } from './adapters/psobject-view.js';
import { findHostName, hostPropertyNames } from './host-reflection.js';
import { listMemberViews } from './list-members.js';
import { runScript, type MemberContext } from './member-context.js';

/** The outcome of a lookup: `found` distinguishes a member whose value is $null from no member at all. */
export interface MemberLookup {
  readonly found: boolean;
  readonly value: unknown;
}

const MISSING: MemberLookup = { found: false, value: null };
const hit = (value: unknown): MemberLookup => ({ found: true, value });

/** Items member enumeration walks (arrays and lists; never strings or dictionaries). */
export function enumerableItems(value: unknown): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value instanceof PSList) return value.items;
  return undefined;
}

/** The value of an extended (Add-Member / note) member. */
export function readExtendedMember(owner: PSObject, member: PSMemberInfo, ctx: MemberContext): unknown {
  switch (member.memberType) {
    case 'NoteProperty':
      return member.value;
    case 'ScriptProperty':
      return member.getterScript ? runScript(ctx, member.getterScript, owner, []) : null;
    case 'AliasProperty':
      return getMember(owner, member.referencedMemberName, ctx);
    case 'CodeProperty':
      return member.get(owner);
    default:
      // Reading a method as a property gives its PSMethod info; scripts rarely do this.
      return member;
  }
}

/** Looks a member up; the value is unchanged by member enumeration rules when `found` is false. */
export function lookupMember(value: unknown, name: string, ctx: MemberContext): MemberLookup {
  const lower = name.toLowerCase();
  if (value === null || value === undefined)
    return lower === 'count' || lower === 'length' ? hit(0) : MISSING;
  if (lower === 'psobject') return hit(new PSObjectView(value, () => listMemberViews(value, ctx)));
  if (lower === 'pstypenames') return hit(value instanceof PSObject ? value.typeNames : typeNamesOf(value));
  if (value instanceof PSObject) {
    const member = value.getMember(name);
    if (member) return hit(readExtendedMember(value, member, ctx));
    if (!value.isCustomObject) return lookupMember(value.baseObject, name, ctx);
    // A custom object is a scalar: Count and Length are 1.
    return lower === 'count' || lower === 'length' ? hit(1) : MISSING;
  }
  // Dictionary keys win over the dictionary's own properties (`$h.Keys` is the key 'Keys' when there is one).
  if (value instanceof PSHashtable && value.has(name)) return hit(value.get(name));
  const adapter = adapterFor(value);
  const prop = adapter?.properties.get(lower);
  if (prop) return hit(prop.get(value as never, ctx));
  // A method read without parentheses is a PSMethod (its overload definitions; `.Invoke()` calls it).
  const def = adapter?.methods.get(lower);
  if (def && !enumerableItems(value)) {
    return hit(
      new PSMethodValue(
        def.name,
        def.overloads.map((o) => o.signature),
        (args) => invokeMethod(value, def.name, args, ctx),
      ),
    );
  }
  const items = enumerableItems(value);
  if (items) return enumerateMember(items, name, ctx);
  if (!adapter && typeof value === 'object') {
    const key = findHostName(hostPropertyNames(value), name);
    if (key !== undefined) return hit((value as Record<string, unknown>)[key] ?? null);
  }
  // Every scalar has Count and Length of 1 (PowerShell 3's "scalar as a collection of one").
  if (lower === 'count' || lower === 'length') return hit(1);
  return MISSING;
}

/** Member enumeration: the member of each item, collections flattened; $null when nothing had it. */
function enumerateMember(items: readonly unknown[], name: string, ctx: MemberContext): MemberLookup {
  const out: unknown[] = [];
  let any = false;
  for (const item of items) {
    const r = lookupMember(item, name, ctx);
    if (!r.found) continue;
    any = true;
    const nested = enumerableItems(r.value);
    if (nested) out.push(...nested);
    else out.push(r.value);
  }
  if (!any) return MISSING;
  return hit(out.length === 1 ? out[0] : out);
}

/** `$x.Name`: the member's value, or $null when there is none (strict mode off). */
export function getMember(value: unknown, name: string, ctx: MemberContext): unknown {
  return lookupMember(value, name, ctx).value;
}

/** Whether `$x.Name` names a member (for Set-StrictMode's PropertyNotFoundStrict). */
export function hasMember(value: unknown, name: string, ctx: MemberContext): boolean {
  return lookupMember(value, name, ctx).found;
}

/**
 * A property the value itself has (adapted .NET property or host object field): no member enumeration and no
 * scalar Count/Length, as ValueFromPipelineByPropertyName reads `PSObject.AsPSObject(input).Properties[name]`.
 */
export function ownProperty(
  value: unknown,
  name: string,
  ctx: MemberContext,
): { readonly value: unknown } | undefined {
  if (value === null || value === undefined || value instanceof PSObject || value instanceof PSHashtable)
    return undefined;
  const adapter = adapterFor(value);
  const prop = adapter?.properties.get(name.toLowerCase());
  if (prop) return { value: prop.get(value as never, ctx) };
  if (adapter || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const key = findHostName(hostPropertyNames(value), name);
  return key === undefined ? undefined : { value: (value as Record<string, unknown>)[key] ?? null };
}
