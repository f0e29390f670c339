// The intrinsic .Where() and .ForEach() methods PowerShell adds to every object and collection.
import type { ExecutionContext } from '../execution-context.js';
import {
  convertTo,
  enumerate,
  getMember,
  invokeMethod,
  isTrue,
  setMember,
  toStr,
} from '../semantics/index.js';
import { TypeInfo } from '../../types/type-info.js';
import { isScriptBlockLike } from '../../values/script-block-like.js';
import { runtimeError } from './errors.js';
import { PSMethodValue } from '../../types/index.js';

export function isMagicMethod(_target: unknown, name: string): boolean {
  const n = name.toLowerCase();
  return n === 'where' || n === 'foreach';
}

function itemsOf(target: unknown): unknown[] {
  const e = enumerate(target);
  return e ? [...e] : target === null || target === undefined ? [] : [target];
}

function whereMethod(ctx: ExecutionContext, items: unknown[], args: unknown[]): unknown[] {
  const [filter, modeArg, countArg] = args;
  if (!isScriptBlockLike(filter))
    throw runtimeError('BadExpression', undefined, 'Where() requires a script block as its first argument.');
  const mode = modeArg === undefined ? 'default' : toStr(ctx, modeArg).toLowerCase();
  const count = countArg === undefined ? 0 : Number(convertTo(ctx, countArg, 'int'));
  const test = (item: unknown) => {
    const out = filter.invokeWithDollarUnder ? filter.invokeWithDollarUnder(item) : filter.invoke(item);
    return isTrue(out.length === 1 ? out[0] : out);
  };
  const result: unknown[] = [];
  switch (mode) {
    case 'first':
      for (const item of items)
        if (test(item) && (result.push(item), result.length >= Math.max(count, 1))) break;
      return result;
    case 'last': {
      const all = items.filter(test);
      return all.slice(-Math.max(count, 1));
    }
    case 'skipuntil': {
      let on = false;
      for (const item of items) if (on || (on = test(item))) result.push(item);
      return count > 0 ? result.slice(0, count) : result;
    }
    case 'until': {
      for (const item of items) {
        if (test(item)) break;
        result.push(item);
      }
      return count > 0 ? result.slice(0, count) : result;
    }
    case 'split': {
      const yes: unknown[] = [];
      const no: unknown[] = [];
      for (const item of items) (test(item) && (count === 0 || yes.length < count) ? yes : no).push(item);
      return [yes, no];
    }
    default:
      for (const item of items) {
        if (test(item)) {
          result.push(item);
          if (count > 0 && result.length >= count) break;
        }
      }
      return result;
  }
}

function forEachMethod(ctx: ExecutionContext, items: unknown[], args: unknown[]): unknown[] {
  const [first, ...rest] = args;
  const result: unknown[] = [];
  if (isScriptBlockLike(first)) {
    for (const item of items) {
      const out = first.invokeWithDollarUnder
        ? first.invokeWithDollarUnder(item, ...rest)
        : first.invoke(item, ...rest);
      result.push(...out);
    }
    return result;
  }
  // .ForEach([int]): each item converted to the type.
  if (first instanceof TypeInfo) return items.map((item) => convertTo(ctx, item, first.fullName));
  const name = toStr(ctx, first);
  for (const item of items) {
    if (rest.length > 0) {
      // .ForEach('Name', value) sets a property; with a method of that name, it calls the method.
      const member = getMember(ctx, item, name);
      if (rest.length === 1 && !(member instanceof PSMethodValue)) setMember(ctx, item, name, rest[0]);
      else result.push(invokeMethod(ctx, item, name, rest));
    } else {
      const member = getMember(ctx, item, name);
      const v = member instanceof PSMethodValue ? invokeMethod(ctx, item, name, []) : member;
      const e = enumerate(v);
      if (e) result.push(...e);
      else result.push(v);
    }
  }
  return result;
}

export function invokeMagicMethod(
  ctx: ExecutionContext,
  target: unknown,
  name: string,
  args: unknown[],
): unknown {
  const items = itemsOf(target);
  return name.toLowerCase() === 'where' ? whereMethod(ctx, items, args) : forEachMethod(ctx, items, args);
}
