// -like/-notlike (wildcards) and -match/-notmatch (regex, returning the $Matches table to the caller).
import { baseObject, enumerate } from '../conversion/convert-to.js';
import { convertToString } from '../conversion/to-string.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSRegex, type PSRegexMatch } from '../values/ps-regex.js';
import type { OperatorContext } from './operator-context.js';
import { operatorRegex, operatorWildcard } from './regex-cache.js';

function text(value: unknown, ctx: OperatorContext): string {
  return value === null || value === undefined ? '' : convertToString(value, ctx);
}

/** `left -like pattern` (negate for -notlike). A collection returns the matching items as strings. */
export function likeOperator(
  left: unknown,
  pattern: unknown,
  ignoreCase = true,
  negate = false,
  ctx: OperatorContext = {},
): boolean | string[] {
  const wildcard = operatorWildcard(text(pattern, ctx), ignoreCase);
  const items = enumerate(baseObject(left));
  if (!items) return wildcard.isMatch(text(left, ctx)) !== negate;
  const out: string[] = [];
  for (const item of items) {
    const s = text(item, ctx);
    if (wildcard.isMatch(s) !== negate) out.push(s);
  }
  return out;
}

/** The $Matches hashtable for a successful match: successful groups, int keys for numbered groups. */
export function matchesTable(match: PSRegexMatch): PSHashtable {
  const table = new PSHashtable();
  // Inserted from the highest group down: the order .NET's Hashtable shows small int keys in.
  for (const g of [...match.groups].reverse()) {
    if (!g.success) continue;
    table.set(/^\d+$/.test(g.name) ? Number(g.name) : g.name, g.value);
  }
  return table;
}

export interface MatchResult {
  /** Boolean for a scalar left operand; the matching items for a collection. */
  readonly result: boolean | unknown[];
  /** The new $Matches value when a scalar matched (the caller sets the variable); undefined otherwise. */
  readonly matches: PSHashtable | undefined;
}

function regexFor(pattern: unknown, ignoreCase: boolean, ctx: OperatorContext): PSRegex {
  const p = baseObject(pattern);
  if (p instanceof PSRegex) return p;
  return operatorRegex(text(p, ctx), { ignoreCase });
}

/** `left -match pattern` (negate for -notmatch). */
export function matchOperator(
  left: unknown,
  pattern: unknown,
  ignoreCase = true,
  negate = false,
  ctx: OperatorContext = {},
): MatchResult {
  const regex = regexFor(pattern, ignoreCase, ctx);
  const items = enumerate(baseObject(left));
  if (!items) {
    const m = regex.match(text(left, ctx));
    return { result: (m !== undefined) !== negate, matches: m ? matchesTable(m) : undefined };
  }
  const out: unknown[] = [];
  for (const item of items) if (regex.isMatch(text(item, ctx)) !== negate) out.push(item);
  return { result: out, matches: undefined };
}
