// Helpers shared by the Parser and its rule modules (no parser state).
import { ScriptExtent as ScriptExtentClass, type Extent } from '../ast/extent.js';
import { ScannedToken } from '../tokenizer/tokenizer.js';
import { fitted } from '../ast/lists.js';

export { fitted };

export function isDoubleQuoteCode(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e;
}

/** Replaces every extent reachable from `value` (nodes, type names; not parents) with `remap(extent)`. */
export function remapExtents(value: unknown, remap: (e: Extent) => Extent, seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) remapExtents(item, remap, seen);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'parent') continue;
    const v = record[key];
    if (v instanceof ScriptExtentClass) record[key] = remap(v);
    else remapExtents(v, remap, seen);
  }
}

/** Thrown (and caught in parse) when nesting is too deep to parse safely. */
export class ScriptTooComplicated extends Error {}

/** How deep rules may nest before the parser gives up with ScriptTooComplicated. */
export const MaxNestingDepth = 1000;

export const VerbatimArgument = '--%';

/** PowerShell's CommandArgumentContext flags. */
export const Ctx = {
  CommandName: 0x01,
  CommandNameAfterInvocationOperator: 0x03,
  FileName: 0x04,
  CommandArgument: 0x08,
  SwitchCondition: 0x10,
} as const;

export type Located = { readonly extent: Extent } | Extent;

export function extentOf(x: Located): Extent {
  // Not `'extent' in x`: over the parser's ~80 node shapes that is a megamorphic has-property check, slower than
  // a class test and one property read.
  if (x instanceof ScriptExtentClass) return x;
  const extent = (x as { readonly extent?: Extent }).extent;
  return extent === undefined ? (x as Extent) : extent;
}

/** Start and end offsets, without making a token's extent object. */
export function startOf(x: Located): number {
  return x instanceof ScannedToken ? x.startOffset : extentOf(x).startOffset;
}
export function endOf(x: Located): number {
  return x instanceof ScannedToken ? x.endOffset : extentOf(x).endOffset;
}

export function isSpecificParameter(token: ScannedToken, parameter: string): boolean {
  const name = (token.name ?? '').toLowerCase();
  return parameter.toLowerCase().startsWith(name);
}

/** The defined items, in an array of exactly their number (see `fitted`). */
export function definedOnly<T>(items: (T | undefined)[]): T[] {
  return items.includes(undefined) ? items.filter((x): x is T => x !== undefined) : fitted(items as T[]);
}
