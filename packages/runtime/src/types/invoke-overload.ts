// Overload resolution: picks the overload of a MethodDef that best fits the arguments, converts them and invokes it.
import { PSRuntimeException } from '../values/ps-exception.js';
import { doubleValue } from '../values/ps-double.js';
import { uint32Value, uint64Value } from '../values/ps-unsigned.js';
import { arrayItems, convertArguments, fitScore } from './argument-conversion.js';
import { dotNetError, memberError, methodInvocationError } from './errors.js';
import { isReferenceLike } from './reference.js';
import { acceptsArgumentCount, type MethodDef, type MethodOverload } from './method-def.js';

function score(o: MethodOverload<never>, args: readonly unknown[]): number {
  let total = 0;
  o.parameters.forEach((p, i) => {
    if (p.isParams) {
      const rest = args.slice(i);
      const element = p.type.replace(/\[\]$/, '');
      // One array argument binds to the params array itself; otherwise each argument is an element.
      if (rest.length === 1 && arrayItems(rest[0])) total += fitScore(rest[0], p.type);
      else for (const a of rest) total += Math.min(fitScore(a, element), 2);
    } else if (p.isByRef) {
      total += isReferenceLike(args[i]) ? 2 : -100;
    } else {
      const s = fitScore(args[i], p.type);
      total += s < 0 ? -100 : s;
    }
  });
  return total;
}

/** Chooses the overload for these arguments (first declared wins ties), or throws MethodCountCouldNotFindBest. */
export function selectOverload<T>(def: MethodDef<T>, args: readonly unknown[]): MethodOverload<T> {
  let only: MethodOverload<T> | undefined;
  let count = 0;
  for (const o of def.overloads) {
    if (acceptsArgumentCount(o, args.length)) {
      only = o;
      count++;
    }
  }
  if (!only) throw memberError('MethodCountCouldNotFindBest', def.name, args.length);
  // One overload of this arity: no scoring needed (the common case, and the hot path).
  if (count === 1) return only;
  let best: MethodOverload<T> | undefined;
  let bestScore = -Infinity;
  for (const o of def.overloads) {
    if (!acceptsArgumentCount(o, args.length)) continue;
    const s = score(o, args);
    if (s > bestScore) {
      best = o;
      bestScore = s;
    }
  }
  return best!;
}

const FLOATING_RETURN: ReadonlySet<string> = new Set([
  'double',
  'float',
  'single',
  'System.Double',
  'System.Single',
]);

/** Unsigned return types: a whole plain number such a method returns is boxed to report its type. */
const UNSIGNED_RETURN: ReadonlyMap<string, (v: bigint) => unknown> = new Map<string, (v: bigint) => unknown>([
  ['uint', uint32Value],
  ['uint32', uint32Value],
  ['System.UInt32', uint32Value],
  ['ulong', uint64Value],
  ['uint64', uint64Value],
  ['System.UInt64', uint64Value],
]);

/** `exceptionName` is the name in `Exception calling "..."` messages (`.ctor` for constructors). */
export function invokeMethodDef<T>(
  def: MethodDef<T>,
  target: T,
  args: readonly unknown[],
  exceptionName: string = def.name,
): unknown {
  const chosen = selectOverload(def, args);
  const converted = convertArguments(chosen, args, def.name);
  try {
    const result = chosen.invoke(target, converted);
    // A method declared `double` (or `float`, kept as a Double) returns a Double even when whole ([math]::Floor(2.5)).
    if (typeof result !== 'number') return result;
    if (FLOATING_RETURN.has(chosen.returnType)) return doubleValue(result);
    const unsigned = UNSIGNED_RETURN.get(chosen.returnType);
    return unsigned && Number.isSafeInteger(result) && result >= 0 ? unsigned(BigInt(result)) : result;
  } catch (e) {
    throw asMethodInvocationError(exceptionName, args.length, e);
  }
}

/** Errors escaping a method body, as PowerShell reports them: PS errors and .NET-typed errors are wrapped; bugs pass through. */
export function asMethodInvocationError(name: string, argCount: number, e: unknown): unknown {
  if (e instanceof PSRuntimeException) return methodInvocationError(name, argCount, e);
  if (e instanceof RangeError)
    return methodInvocationError(
      name,
      argCount,
      dotNetError('System.ArgumentOutOfRangeException', e.message),
    );
  const exceptionType = (e as { exceptionType?: unknown } | null)?.exceptionType;
  if (e instanceof Error && typeof exceptionType === 'string')
    return methodInvocationError(name, argCount, dotNetError(exceptionType, e.message));
  return e;
}
