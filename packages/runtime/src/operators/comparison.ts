// Comparison operators (-eq -ne -gt -ge -lt -le, -contains/-in): scalars compare, a collection on the left filters.
import { compareValues, equalsValues } from '../conversion/compare.js';
import { baseObject, enumerate } from '../conversion/convert-to.js';
import type { OperatorContext } from './operator-context.js';

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

const NO_CONTEXT: OperatorContext = {};
const IGNORE_CASE = { ignoreCase: true } as const;
const CASE_SENSITIVE = { ignoreCase: false } as const;

/** Comparison options without allocating in the common no-context case (Where-Object loops). */
const derived = new WeakMap<
  OperatorContext,
  [OperatorContext & { ignoreCase: true }, OperatorContext & { ignoreCase: false }]
>();

function optionsFor(ctx: OperatorContext, ignoreCase: boolean): OperatorContext & { ignoreCase: boolean } {
  if (ctx === NO_CONTEXT || (ctx.ofs === undefined && ctx.enums === undefined))
    return ignoreCase ? IGNORE_CASE : CASE_SENSITIVE;
  // One options object per context and case mode: comparisons in loops allocate nothing.
  let pair = derived.get(ctx);
  if (!pair) {
    pair = [
      { ...ctx, ignoreCase: true },
      { ...ctx, ignoreCase: false },
    ];
    derived.set(ctx, pair);
  }
  return ignoreCase ? pair[0] : pair[1];
}

function scalarCompare(
  op: ComparisonOperator,
  left: unknown,
  right: unknown,
  options: OperatorContext & { ignoreCase: boolean },
): boolean {
  switch (op) {
    case 'eq':
      return equalsValues(left, right, options);
    case 'ne':
      return !equalsValues(left, right, options);
    case 'gt':
      return compareValues(left, right, options) > 0;
    case 'ge':
      return compareValues(left, right, options) >= 0;
    case 'lt':
      return compareValues(left, right, options) < 0;
    case 'le':
      return compareValues(left, right, options) <= 0;
  }
}

/**
 * `left -op right`: a boolean for a scalar left operand; for a collection, the array of its elements for
 * which the comparison holds. `ignoreCase` false is the `-c` variant.
 */
export function compareOperator(
  op: ComparisonOperator,
  left: unknown,
  right: unknown,
  ignoreCase = true,
  ctx: OperatorContext = NO_CONTEXT,
): boolean | unknown[] {
  const options = optionsFor(ctx, ignoreCase);
  const items = enumerate(baseObject(left));
  if (!items) return scalarCompare(op, left, right, options);
  const out: unknown[] = [];
  for (const item of items) if (scalarCompare(op, item, right, options)) out.push(item);
  return out;
}

/** `collection -contains value` (a scalar collection is treated as one element). */
export function containsOperator(
  collection: unknown,
  value: unknown,
  ignoreCase = true,
  ctx: OperatorContext = {},
): boolean {
  const options = optionsFor(ctx, ignoreCase);
  const items = enumerate(baseObject(collection)) ?? [collection];
  for (const item of items) if (equalsValues(item, value, options)) return true;
  return false;
}

export function notContainsOperator(
  collection: unknown,
  value: unknown,
  ignoreCase = true,
  ctx: OperatorContext = {},
): boolean {
  return !containsOperator(collection, value, ignoreCase, ctx);
}

/** `value -in collection`. */
export function inOperator(
  value: unknown,
  collection: unknown,
  ignoreCase = true,
  ctx: OperatorContext = {},
): boolean {
  return containsOperator(collection, value, ignoreCase, ctx);
}

export function notInOperator(
  value: unknown,
  collection: unknown,
  ignoreCase = true,
  ctx: OperatorContext = {},
): boolean {
  return !containsOperator(collection, value, ignoreCase, ctx);
}
