// invokeMethod: `$x.Name(args)` (script/code methods, adapted .NET methods, per-element calls on collections).
import { objectToString } from '../conversion/to-string.js';
import { PSObject } from '../values/ps-object.js';
import { typeNameOf } from '../values/type-names.js';
import { memberError, methodInvocationError } from '../types/errors.js';
import { invokeMethodDef } from '../types/invoke-overload.js';
import { PSRuntimeException } from '../values/ps-exception.js';
import { CommonAdapter, adapterFor } from './adapter-for.js';
import { enumerableItems } from './get-member.js';
import { findHostName, hostMethodNames } from './host-reflection.js';
import { runScript, type MemberContext } from './member-context.js';

/**
 * Calls a method. A void .NET method returns `undefined` (no output); every other result is a value
 * (`null` for $null). Errors are PowerShell's (MethodNotFound, MethodCountCouldNotFindBest, MethodInvocationException...).
 */
export function invokeMethod(
  target: unknown,
  name: string,
  args: readonly unknown[],
  ctx: MemberContext,
): unknown {
  if (target === null || target === undefined) throw memberError('InvokeMethodOnNull');
  const lower = name.toLowerCase();
  if (target instanceof PSObject) {
    const member = target.getMember(name);
    if (member?.memberType === 'ScriptMethod')
      return wrapScriptErrors(name, args.length, () => runScript(ctx, member.script, target, args));
    if (member?.memberType === 'CodeMethod') return member.invoke(target, args);
    // An engine stand-in for a .NET object (a WarningRecord around its text) reports its own type.
    if (target.isTypeView && lower === 'gettype' && args.length === 0)
      return invokeMethodDef(CommonAdapter.methods.get(lower)!, { self: target as never, ctx }, args);
    if (!target.isCustomObject) return invokeMethod(target.baseObject, name, args, ctx);
    // A custom object has only the methods every object has; its ToString is `@{a=1; b=2}`.
    if (lower === 'tostring' && args.length === 0) return objectToString(target, 'en-US', ctx.conversion);
    const common = CommonAdapter.methods.get(lower);
    if (common && ['equals', 'gethashcode', 'gettype'].includes(lower))
      return invokeMethodDef(common, { self: target as never, ctx }, args);
    throw memberError('MethodNotFound', 'System.Management.Automation.PSCustomObject', name);
  }
  const adapter = adapterFor(target);
  const def = adapter?.methods.get(lower);
  if (def) return invokeMethodDef(def, { self: target as never, ctx }, args);
  const items = enumerableItems(target);
  if (items && items.length > 0) return invokeOnEach(items, name, args, ctx);
  if (!adapter && typeof target === 'object') {
    const key = findHostName(hostMethodNames(target), name);
    if (key !== undefined) {
      const fn = (target as Record<string, (...a: unknown[]) => unknown>)[key]!;
      return fn.apply(target, [...args]);
    }
  }
  // Host objects without an adapter still have the members every object has (GetType, Equals, ...).
  const common = adapter ? undefined : CommonAdapter.methods.get(lower);
  if (common) return invokeMethodDef(common, { self: target as never, ctx }, args);
  throw memberError('MethodNotFound', typeNameOf(target), name);
}

/** A method missing on a collection is called on each element; results are collected like pipeline output. */
function invokeOnEach(
  items: readonly unknown[],
  name: string,
  args: readonly unknown[],
  ctx: MemberContext,
): unknown {
  const out: unknown[] = [];
  for (const item of items) {
    const r = invokeMethod(item, name, args, ctx);
    if (r === undefined) continue;
    const nested = enumerableItems(r);
    if (nested) out.push(...nested);
    else out.push(r);
  }
  if (out.length === 0) return undefined;
  return out.length === 1 ? out[0] : out;
}

function wrapScriptErrors(name: string, count: number, fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PSRuntimeException) throw methodInvocationError(name, count, e);
    throw e;
  }
}
