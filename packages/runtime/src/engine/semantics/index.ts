// The engine's one doorway to value semantics: conversions, operators, members, indexing and types.
import type { ITypeName } from '@exosh/language';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  convertToString,
  enumerate as enumerateValue,
  equalsValues,
  isTrue as isTrueValue,
} from '../../conversion/index.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSObject } from '../../values/ps-object.js';
import { TypeInfo } from '../../types/type-info.js';
import {
  getStaticMember as staticGet,
  invokeStaticMethod as staticInvoke,
  isInstanceOf,
} from '../../types/index.js';
import type { ExecutionContext } from '../execution-context.js';
import { binaryOperator, unaryOperator } from './operators.js';
import {
  createMemberContext,
  getMember as memberGet,
  hasMember as memberHas,
  invokeMethod as memberInvoke,
  ownProperty,
  propertyNamesOf as memberPropertyNames,
  setMember as memberSet,
  type MemberContext,
} from '../../members/index.js';
import { WildcardPattern } from '../../text/index.js';
import { invokeScriptBlock } from '../invocation/invoke-script-block.js';
import { ScriptBlock } from '../script-block.js';
import { runtimeError } from '../evaluator/errors.js';
import { adaptForMembers } from '../adapters/error-record-view.js';

export { getIndex, setIndex } from './indexing.js';
export { convertForVariable, convertTo } from './convert.js';
import { conversionContext } from './conversion-context.js';

export const isTrue = isTrueValue;
export const enumerate = enumerateValue;

export function toStr(ctx: ExecutionContext, value: unknown): string {
  // A string is itself (most calls: command names, member names); no conversion context needed.
  if (typeof value === 'string') return value;
  return convertToString(value, conversionContext(ctx));
}

export function binary(ctx: ExecutionContext, op: string, left: unknown, right: unknown): unknown {
  return binaryOperator(ctx, op, left, right);
}

export function unary(ctx: ExecutionContext, op: string, value: unknown): unknown {
  return unaryOperator(ctx, op, value);
}

const memberContexts = new WeakMap<ExecutionContext, MemberContext>();

/** Member access runs ScriptProperty/ScriptMethod scripts with `$this` through the evaluator. */
function memberContext(ctx: ExecutionContext): MemberContext {
  let mc = memberContexts.get(ctx);
  if (!mc) {
    mc = createMemberContext({
      types: ctx.types,
      conversion: conversionContext(ctx),
      invokeScript: (script, self, args) =>
        script instanceof ScriptBlock
          ? invokeScriptBlock(ctx, script, { args, variables: { this: self } })
          : script.invoke(...args),
    });
    memberContexts.set(ctx, mc);
  }
  return mc;
}

export function getMember(ctx: ExecutionContext, target: unknown, name: string): unknown {
  return memberGet(adaptForMembers(target), name, memberContext(ctx));
}

/**
 * `$x.Name` under Set-StrictMode 2.0 and later (pwsh's PSGetMemberBinder): a missing property or dictionary key is
 * PropertyNotFoundStrict, and so is the Count/Length every scalar (and $null) answers outside strict mode.
 */
export function getMemberStrict(
  ctx: ExecutionContext,
  target: unknown,
  name: string,
  value: unknown,
): unknown {
  if (value !== null && value !== undefined) {
    if (typeof value !== 'number' || value > 1) return value;
    const lower = name.toLowerCase();
    if (lower !== 'count' && lower !== 'length') return value;
    if (ctx.sessionState.strictModeVersion() < 2 || hasOwnCount(ctx, target, name)) return value;
    throw runtimeError('PropertyNotFoundStrict', undefined, name);
  }
  if (ctx.sessionState.strictModeVersion() < 2) return value;
  if (memberHas(adaptForMembers(target), name, memberContext(ctx))) return value;
  throw runtimeError('PropertyNotFoundStrict', undefined, name);
}

/** Whether Count/Length is the value's own member rather than the scalar's stand-in of 1 (or $null's 0). */
function hasOwnCount(ctx: ExecutionContext, target: unknown, name: string): boolean {
  if (target === null || target === undefined) return false;
  if (target instanceof PSObject) {
    if (target.getMember(name)) return true;
    return target.isCustomObject ? false : hasOwnCount(ctx, target.baseObject, name);
  }
  if (target instanceof PSHashtable || Array.isArray(target) || enumerate(target)) return true;
  return ownProperty(target, name, memberContext(ctx)) !== undefined;
}

export function setMember(ctx: ExecutionContext, target: unknown, name: string, value: unknown): void {
  memberSet(target, name, value, memberContext(ctx));
}

export function invokeMethod(
  ctx: ExecutionContext,
  target: unknown,
  name: string,
  args: readonly unknown[],
): unknown {
  return memberInvoke(adaptForMembers(target), name, args, memberContext(ctx));
}

function resolveType(ctx: ExecutionContext, typeName: ITypeName | TypeInfo | unknown): TypeInfo {
  if (typeName instanceof TypeInfo) return typeName;
  const text =
    typeof typeName === 'object' && typeName !== null && 'fullName' in typeName
      ? String((typeName as ITypeName).fullName)
      : toStr(ctx, typeName);
  const info = ctx.types.tryResolve(text);
  if (!info) throw runtimeError('TypeNotFound', undefined, text);
  return info;
}

/** `[T]` used as a value. */
export function typeValue(ctx: ExecutionContext, typeName: ITypeName): TypeInfo {
  return resolveType(ctx, typeName);
}

export function getStaticMember(ctx: ExecutionContext, type: ITypeName | unknown, name: string): unknown {
  return staticGet(resolveType(ctx, type), name);
}

export function invokeStaticMethod(
  ctx: ExecutionContext,
  type: ITypeName | unknown,
  name: string,
  args: readonly unknown[],
): unknown {
  return staticInvoke(resolveType(ctx, type), name, args);
}

/** The binder's "is it already of this type" test. */
export function isInstanceOfType(ctx: ExecutionContext, value: unknown, typeName: string): boolean {
  const t = typeName.toLowerCase();
  if (t === 'object' || t === 'psobject' || t === 'system.object') return true;
  if (t === 'switch') return typeof value === 'boolean';
  const info = ctx.types.tryResolve(typeName);
  return info ? isInstanceOf(value, info, ctx.types) : false;
}

/** ValueFromPipelineByPropertyName: a property the object really has (a hashtable's keys do not count). */
export function getPropertyForBinding(input: unknown, name: string): { readonly value: unknown } | undefined {
  if (input instanceof PSObject) {
    const m = input.getMember(name);
    if (m?.memberType === 'NoteProperty') return { value: m.value };
    if (m?.memberType === 'CodeProperty') return { value: m.get(input) };
    if (!input.isCustomObject) return getPropertyForBinding(input.baseObject, name);
    return undefined;
  }
  // A .NET-like value's own properties: 'abc' | f binds -Length from the string's Length.
  return ownProperty(input, name, (bindingMemberContext ??= createMemberContext()));
}

/** Made on first use (binding a parameter from a property of a .NET-like value), not at start-up. */
let bindingMemberContext: MemberContext | undefined;

/** Property names of an object, in order (Select-Object *, Format-List *, ConvertTo-Json, CSV). */
export function propertyNamesOf(value: unknown): string[] {
  return memberPropertyNames(adaptForMembers(value));
}

/** Formatting's member access for a runspace: adapted properties, script properties run with `$this`. */
export function formatPropertyReader(ctx: ExecutionContext): {
  names: (obj: unknown) => string[];
  get: (obj: unknown, name: string) => unknown;
} {
  return { names: propertyNamesOf, get: (obj, name) => getMember(ctx, obj, name) ?? null };
}

export function matchesWildcard(text: string, pattern: string): boolean {
  return new WildcardPattern(pattern, true).isMatch(text);
}

export function equalsForUnique(_ctx: ExecutionContext, a: unknown, b: unknown): boolean {
  return equalsValues(a, b, { ignoreCase: false });
}

export function readFileLines(ctx: ExecutionContext, file: string): string[] {
  const text = readFileSync(path.resolve(ctx.currentLocation, file), 'utf8');
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
