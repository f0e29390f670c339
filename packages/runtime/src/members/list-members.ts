// listMembers: every member of a value as Get-Member shows it (name, MemberType, definition), plus `.psobject` views.
import { objectToString } from '../conversion/to-string.js';
import type { PSMemberInfo } from '../values/ps-member.js';
import { PSObject } from '../values/ps-object.js';
import { typeNameOf } from '../values/type-names.js';
import { methodDefinition } from '../types/method-def.js';
import { CommonAdapter, adapterFor } from './adapter-for.js';
// get-member imports this module too; the cycle is safe because both only call each other at run time.
import { getMember } from './get-member.js';
import { PSMemberView } from './adapters/psobject-view.js';
import { hostMethodNames, hostPropertyNames, pascal } from './host-reflection.js';
import type { MemberContext } from './member-context.js';

export type MemberType =
  | 'Property'
  | 'Method'
  | 'NoteProperty'
  | 'ScriptProperty'
  | 'AliasProperty'
  | 'CodeProperty'
  | 'ScriptMethod'
  | 'CodeMethod';

export interface MemberDescriptor {
  readonly name: string;
  readonly memberType: MemberType;
  /** As Get-Member prints it: `int Length {get;}`, `string ToUpper(), string ToUpper(cultureinfo culture)`. */
  readonly definition: string;
  readonly isSettable: boolean;
}

const ALIASES: Readonly<Record<string, string>> = {
  'System.String': 'string',
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Double': 'double',
  'System.Boolean': 'bool',
  'System.Decimal': 'decimal',
  'System.Char': 'char',
  'System.Byte': 'byte',
  'System.Object': 'System.Object',
  'System.Management.Automation.PSCustomObject': 'System.Management.Automation.PSCustomObject',
};

/** The type name Get-Member uses for a note property's value. */
function shortTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'object';
  const full = typeNameOf(value);
  return ALIASES[full] ?? full;
}

function extendedDescriptor(m: PSMemberInfo): MemberDescriptor {
  switch (m.memberType) {
    case 'NoteProperty':
      return {
        name: m.name,
        memberType: 'NoteProperty',
        definition: `${shortTypeName(m.value)} ${m.name}=${m.value === null || m.value === undefined ? '' : objectToString(m.value)}`,
        isSettable: true,
      };
    case 'ScriptProperty': {
      const get = m.getterScript ? `get=${m.getterScript.toString()};` : '';
      const set = m.setterScript ? `set=${m.setterScript.toString()};` : '';
      return {
        name: m.name,
        memberType: 'ScriptProperty',
        definition: `System.Object ${m.name} {${get}${set}}`,
        isSettable: m.setterScript !== null,
      };
    }
    case 'AliasProperty':
      return {
        name: m.name,
        memberType: 'AliasProperty',
        definition: `${m.name} = ${m.referencedMemberName}`,
        isSettable: true,
      };
    case 'CodeProperty':
      return {
        name: m.name,
        memberType: 'CodeProperty',
        definition: `System.Object ${m.name}{get=${m.name};}`,
        isSettable: m.set !== undefined,
      };
    case 'ScriptMethod':
      return {
        name: m.name,
        memberType: 'ScriptMethod',
        definition: `System.Object ${m.name}();`,
        isSettable: false,
      };
    case 'CodeMethod':
      return {
        name: m.name,
        memberType: 'CodeMethod',
        definition: `System.Object ${m.name}()`,
        isSettable: false,
      };
  }
}

/** All members, extended ones first, then the adapted properties and methods of the (base) value. */
export function listMembers(value: unknown, _ctx?: MemberContext): MemberDescriptor[] {
  if (value === null || value === undefined) return [];
  const out: MemberDescriptor[] = [];
  let base: unknown = value;
  if (value instanceof PSObject) {
    for (const m of value.members()) out.push(extendedDescriptor(m));
    if (value.isCustomObject) base = undefined;
    else base = value.baseObject;
  }
  const seen = new Set(out.map((d) => d.name.toLowerCase()));
  const add = (d: MemberDescriptor): void => {
    if (!seen.has(d.name.toLowerCase())) {
      seen.add(d.name.toLowerCase());
      out.push(d);
    }
  };
  const adapter = base === undefined ? CommonAdapter : adapterFor(base);
  if (base === undefined) {
    // PSCustomObject: only the members every object has.
    for (const def of ['Equals', 'GetHashCode', 'GetType', 'ToString']) {
      const m = adapter?.methods.get(def.toLowerCase());
      if (m)
        add({
          name: m.name,
          memberType: 'Method',
          definition: def === 'ToString' ? 'string ToString()' : methodDefinition(m),
          isSettable: false,
        });
    }
    return out;
  }
  if (adapter) {
    for (const p of adapter.properties.values()) {
      add({
        name: p.name,
        memberType: 'Property',
        definition: `${p.type} ${p.name} {get;${p.set ? 'set;' : ''}}`,
        isSettable: p.set !== undefined,
      });
    }
    for (const m of adapter.methods.values())
      add({ name: m.name, memberType: 'Method', definition: methodDefinition(m), isSettable: false });
  } else if (typeof base === 'object' && base !== null) {
    for (const name of hostPropertyNames(base)) {
      const v = (base as Record<string, unknown>)[name];
      add({
        name: pascal(name),
        memberType: 'Property',
        definition: `${shortTypeName(v)} ${pascal(name)} {get;}`,
        isSettable: false,
      });
    }
    for (const name of hostMethodNames(base))
      add({
        name: pascal(name),
        memberType: 'Method',
        definition: `System.Object ${pascal(name)}()`,
        isSettable: false,
      });
  }
  return out;
}

/** Member views for `.psobject.Properties` / `.Members`, reading values lazily through getMember. */
export function listMemberViews(value: unknown, ctx: MemberContext): PSMemberView[] {
  return listMembers(value, ctx).map((d) => {
    const isMethod = /Method$/.test(d.memberType);
    const read = (): unknown => (isMethod ? d.definition : getMember(value, d.name, ctx));
    return new PSMemberView(d.name, d.memberType, read, d.isSettable, d.definition);
  });
}
