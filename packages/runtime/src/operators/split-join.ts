// -split (binary and unary, limits, SplitOptions, script-block predicates) and -join.
import { baseObject, convertTo, enumerate } from '../conversion/convert-to.js';
import { isTrue } from '../conversion/is-true.js';
import { convertToString, objectToString } from '../conversion/to-string.js';
import { PSEnumValue } from '../values/ps-enum.js';
import { PSRegex } from '../values/ps-regex.js';
import { PSRuntimeException } from '../values/ps-exception.js';
import { isScriptBlockLike, type ScriptBlockLike } from '../values/script-block-like.js';
import type { OperatorContext } from './operator-context.js';
import { operatorRegex } from './regex-cache.js';

const SIMPLE_MATCH = 1;
const REGEX_MATCH = 2;
const IGNORE_PATTERN_WHITESPACE = 8;
const MULTILINE = 16;
const SINGLELINE = 32;
const IGNORE_CASE = 64;
const EXPLICIT_CAPTURE = 128;

/** Regex.Escape: escapes the .NET metacharacters (and whitespace) so the text matches literally. */
export function regexEscape(text: string): string {
  return text.replace(/[\\*+?|{[()^$.#\s]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    if (c === '\f') return '\\f';
    return `\\${c}`;
  });
}

/** Regex.Split(input, count): pieces between matches, captured groups included; negative count splits from the right. */
export function regexSplit(regex: PSRegex, input: string, limit: number): string[] {
  if (limit === 1) return [input];
  let matches = regex.matches(input);
  if (matches.length === 0) return [input];
  const max = Math.abs(limit);
  if (max > 0 && matches.length > max - 1)
    matches = limit < 0 ? matches.slice(matches.length - (max - 1)) : matches.slice(0, max - 1);
  const out: string[] = [];
  let pos = 0;
  for (const m of matches) {
    out.push(input.slice(pos, m.index));
    for (const g of m.groups.slice(1)) if (g.success) out.push(g.value);
    pos = m.index + m.length;
  }
  out.push(input.slice(pos));
  return out;
}

function splitWithPredicate(items: readonly string[], predicate: ScriptBlockLike, limit: number): string[] {
  if (limit === 1) return [...items];
  const results: string[] = [];
  const test = (item: string, index: number): boolean => {
    const ch = item[index] ?? '';
    const out = predicate.invokeWithDollarUnder
      ? predicate.invokeWithDollarUnder(ch, item, index)
      : predicate.invoke(item, index);
    return isTrue(out.length === 1 ? out[0] : out);
  };
  for (const item of items) {
    if (limit >= 0) {
      const split: string[] = [];
      let start = 0;
      for (let cursor = 0; cursor < item.length; cursor++) {
        if (!test(item, cursor)) continue;
        split.push(item.slice(start, cursor));
        start = cursor + 1;
        if (limit === split.length + 1) break;
      }
      split.push(item.slice(start));
      results.push(...split);
    } else {
      const split: string[] = [];
      let end = item.length;
      for (let cursor = item.length - 1; cursor >= 0; cursor--) {
        if (!test(item, cursor)) continue;
        split.unshift(item.slice(cursor + 1, end));
        end = cursor;
        if (-limit === split.length + 1) break;
      }
      split.unshift(item.slice(0, end));
      results.push(...split);
    }
  }
  return results;
}

function splitOptionsValue(raw: unknown, ctx: OperatorContext): number {
  const v = baseObject(raw);
  if (v === null || v === undefined || v === '') return 0;
  if (v instanceof PSEnumValue) return v.value;
  const e = convertTo(v, 'System.Management.Automation.SplitOptions', ctx) as PSEnumValue;
  return e.value;
}

function contentOf(left: unknown, trim: boolean, ctx: OperatorContext): string[] {
  const items = enumerate(baseObject(left)) ?? [left];
  return items.map((i) => {
    const s = i === null || i === undefined ? '' : convertToString(i, ctx);
    return trim ? s.trim() : s;
  });
}

/** `left -split right` where right is a delimiter, a script block, or [delimiter, maxSubstrings, options]. */
export function splitOperator(
  left: unknown,
  right: unknown,
  ignoreCase = true,
  ctx: OperatorContext = {},
): string[] {
  return splitImpl(contentOf(left, false, ctx), right, ignoreCase, ctx);
}

/** Unary `-split x`: splits on whitespace runs, ignoring leading and trailing whitespace. */
export function unarySplitOperator(value: unknown, ctx: OperatorContext = {}): string[] {
  return splitImpl(contentOf(value, true, ctx), ['\\s+'], false, ctx);
}

function splitImpl(content: string[], right: unknown, ignoreCase: boolean, ctx: OperatorContext): string[] {
  const r = baseObject(right);
  const args = enumerate(r) ?? [r];
  if (args.length === 0) throw PSRuntimeException.of('BadOperatorArgument', '-split', objectToString(r));
  const first = baseObject(args[0]);
  const predicate = isScriptBlockLike(first) ? first : undefined;
  const limit = args.length >= 2 ? (convertTo(args[1], 'System.Int32', ctx) as number) : 0;
  let options = 0;
  if (args.length >= 3 && args[2] !== null && args[2] !== undefined && args[2] !== '') {
    options = splitOptionsValue(args[2], ctx);
    if (predicate) throw PSRuntimeException.of('InvalidSplitOptionWithPredicate');
  }
  if (ignoreCase) options |= IGNORE_CASE;
  if (predicate) return splitWithPredicate(content, predicate, limit);
  if ((options & (SIMPLE_MATCH | REGEX_MATCH)) === 0) options |= REGEX_MATCH;
  if (options & SIMPLE_MATCH && options & ~(SIMPLE_MATCH | IGNORE_CASE))
    throw PSRuntimeException.of('InvalidSplitOptionCombination');
  let pattern = first instanceof PSRegex ? first.pattern : convertToString(first, ctx);
  if (options & SIMPLE_MATCH) pattern = regexEscape(pattern);
  const regex = operatorRegex(pattern, {
    ignoreCase: (options & IGNORE_CASE) !== 0,
    multiline: (options & MULTILINE) !== 0,
    singleline: (options & SINGLELINE) !== 0,
    ignorePatternWhitespace: (options & IGNORE_PATTERN_WHITESPACE) !== 0,
    explicitCapture: (options & EXPLICIT_CAPTURE) !== 0,
  });
  return content.flatMap((item) => regexSplit(regex, item, limit));
}

/** `left -join separator`; a scalar left is converted to string. */
export function joinOperator(left: unknown, separator: unknown, ctx: OperatorContext = {}): string {
  const sep = separator === null || separator === undefined ? '' : convertToString(separator, ctx);
  const items = enumerate(baseObject(left));
  if (!items) return left === null || left === undefined ? '' : convertToString(left, ctx);
  return items.map((i) => objectToString(i, 'invariant')).join(sep);
}

/** Unary `-join x`. */
export function unaryJoinOperator(value: unknown, ctx: OperatorContext = {}): string {
  return joinOperator(value, '', ctx);
}
