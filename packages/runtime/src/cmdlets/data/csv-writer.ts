// pwsh 7's CSV text: a quoted header, values quoted with doubled quotes (-UseQuotes Always/AsNeeded/Never), $null empty.
import type { ExecutionContext } from '../../engine/execution-context.js';
import { propertyNamesOf, getMember } from '../../engine/semantics/index.js';
import { objectToString } from '../../conversion/index.js';
import { PSHashtable } from '../../values/ps-hashtable.js';

export type QuoteKind = 'Always' | 'AsNeeded' | 'Never';

function quote(text: string, kind: QuoteKind, delimiter: string): string {
  const needs =
    kind === 'Always' ||
    (kind === 'AsNeeded' && (text.includes(delimiter) || text.includes('\n') || text.includes('"')));
  return needs ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvPropertyNames(value: unknown): string[] {
  return value instanceof PSHashtable ? value.keys().map((k) => String(k)) : propertyNamesOf(value);
}

export function csvHeader(names: readonly string[], kind: QuoteKind, delimiter: string): string {
  return names.map((n) => quote(n, kind, delimiter)).join(delimiter);
}

export function csvRow(
  ctx: ExecutionContext,
  value: unknown,
  names: readonly string[],
  kind: QuoteKind,
  delimiter: string,
): string {
  return names
    .map((n) => {
      const v = value instanceof PSHashtable ? value.get(n) : getMember(ctx, value, n);
      // A missing or $null value is written as nothing at all, not as "".
      return v === null || v === undefined ? '' : quote(objectToString(v, 'invariant'), kind, delimiter);
    })
    .join(delimiter);
}
