// -replace: .NET regex replacement with $1, ${name}, $$, $0/$&, $`, $', $+, $_ and script-block evaluators.
import { baseObject, enumerate } from '../conversion/convert-to.js';
import { convertToString } from '../conversion/to-string.js';
import { PSRegex, type PSRegexMatch } from '../values/ps-regex.js';
import { PSRuntimeException } from '../values/ps-exception.js';
import { isScriptBlockLike, type ScriptBlockLike } from '../values/script-block-like.js';
import type { OperatorContext } from './operator-context.js';
import { operatorRegex } from './regex-cache.js';

type Part =
  { literal: string } | { group: number | string } | { special: 'before' | 'after' | 'last' | 'input' };

const parsedReplacements = new WeakMap<PSRegex, Map<string, Part[]>>();

/** parseReplacement, memoized per regex (loops replace with the same pair again and again). */
function cachedReplacement(replacement: string, regex: PSRegex): Part[] {
  let byText = parsedReplacements.get(regex);
  if (!byText) {
    byText = new Map();
    parsedReplacements.set(regex, byText);
  }
  let parts = byText.get(replacement);
  if (!parts) {
    parts = parseReplacement(replacement, regex);
    if (byText.size < 64) byText.set(replacement, parts);
  }
  return parts;
}

/** Parses a .NET replacement pattern against the regex's groups. */
export function parseReplacement(replacement: string, regex: PSRegex): Part[] {
  const numbers = new Set(regex.groups.map((g) => g.number));
  const names = new Set(regex.groups.map((g) => g.name.toLowerCase()));
  const parts: Part[] = [];
  let lit = '';
  const flush = (): void => {
    if (lit) parts.push({ literal: lit });
    lit = '';
  };
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c !== '$' || i === replacement.length - 1) {
      lit += c;
      continue;
    }
    const n = replacement[i + 1] ?? '';
    if (n === '$') {
      lit += '$';
      i++;
    } else if (n === '&') {
      flush();
      parts.push({ group: 0 });
      i++;
    } else if (n === '`' || n === "'" || n === '+' || n === '_') {
      flush();
      parts.push({ special: n === '`' ? 'before' : n === "'" ? 'after' : n === '+' ? 'last' : 'input' });
      i++;
    } else if (n === '{') {
      const close = replacement.indexOf('}', i + 2);
      const name = close > 0 ? replacement.slice(i + 2, close) : '';
      const isNum = /^\d+$/.test(name);
      if (close > 0 && ((isNum && numbers.has(Number(name))) || (!isNum && names.has(name.toLowerCase())))) {
        flush();
        parts.push({ group: isNum ? Number(name) : name });
        i = close;
      } else lit += '$';
    } else if (/\d/.test(n)) {
      // Longest run of digits that names an existing group (as .NET's replacement parser does).
      let j = i + 1;
      let best = -1;
      let bestEnd = i;
      while (j < replacement.length && /\d/.test(replacement[j] ?? '')) {
        const num = Number(replacement.slice(i + 1, j + 1));
        if (numbers.has(num)) {
          best = num;
          bestEnd = j;
        }
        j++;
      }
      if (best >= 0) {
        flush();
        parts.push({ group: best });
        i = bestEnd;
      } else lit += '$';
    } else lit += '$';
  }
  flush();
  return parts;
}

function expand(parts: readonly Part[], m: PSRegexMatch, input: string): string {
  let out = '';
  for (const p of parts) {
    if ('literal' in p) out += p.literal;
    else if ('group' in p) {
      const g =
        typeof p.group === 'number'
          ? m.groups.find((x) => x.number === p.group)
          : m.groups.find((x) => x.name.toLowerCase() === (p.group as string).toLowerCase());
      out += g?.success ? g.value : '';
    } else if (p.special === 'before') out += input.slice(0, m.index);
    else if (p.special === 'after') out += input.slice(m.index + m.length);
    else if (p.special === 'input') out += input;
    else {
      const last = m.groups.length > 1 ? m.groups[m.groups.length - 1] : m.groups[0];
      out += last?.success ? last.value : '';
    }
  }
  return out;
}

function evaluate(sb: ScriptBlockLike, m: PSRegexMatch, ctx: OperatorContext): string {
  const output = sb.invokeWithDollarUnder ? sb.invokeWithDollarUnder(m) : sb.invoke(m);
  return convertToString(output.length === 1 ? output[0] : output, ctx);
}

/**
 * Regex.Replace with a replacement pattern, a script block (the -replace operator's, given the match as `$_`) or
 * a function of the match (a MatchEvaluator): every match, or the first `count` when `count` is not negative
 * (Regex.Replace(input, replacement, count)).
 */
export function regexReplace(
  regex: PSRegex,
  input: string,
  substitute: string | ScriptBlockLike | ((m: PSRegexMatch) => string),
  ctx: OperatorContext = {},
  count = -1,
): string {
  const matches = regex.matches(input);
  if (matches.length === 0 || count === 0) return input;
  let replace: (m: PSRegexMatch) => string;
  if (typeof substitute === 'string') {
    const parts = cachedReplacement(substitute, regex);
    replace = (m) => expand(parts, m, input);
  } else if (typeof substitute === 'function') replace = substitute;
  else replace = (m) => evaluate(substitute, m, ctx);
  let out = '';
  let pos = 0;
  let done = 0;
  for (const m of matches) {
    if (count >= 0 && done++ >= count) break;
    out += input.slice(pos, m.index) + replace(m);
    pos = m.index + m.length;
  }
  return out + input.slice(pos);
}

/**
 * `left -replace right`: right is a pattern, or [pattern, replacement]; more than two elements is
 * BadReplaceArgument. A collection on the left gives an array of strings.
 */
export function replaceOperator(
  left: unknown,
  right: unknown,
  ignoreCase = true,
  ctx: OperatorContext = {},
  operatorText = '-replace',
): string | string[] {
  let pattern: unknown;
  let substitute: unknown = '';
  const r = baseObject(right);
  const list = enumerate(r);
  if (list) {
    if (list.length > 2) throw PSRuntimeException.of('BadReplaceArgument', operatorText, list.length);
    pattern = list[0] ?? '';
    substitute = list.length > 1 ? baseObject(list[1]) : '';
  } else pattern = r;
  const regex =
    pattern instanceof PSRegex ? pattern : operatorRegex(convertToString(pattern, ctx), { ignoreCase });
  const sub: string | ScriptBlockLike = isScriptBlockLike(substitute)
    ? substitute
    : convertToString(substitute, ctx);
  const items = enumerate(baseObject(left));
  if (!items)
    return regexReplace(
      regex,
      left === null || left === undefined ? '' : convertToString(left, ctx),
      sub,
      ctx,
    );
  return items.map((i) => regexReplace(regex, convertToString(i, ctx), sub, ctx));
}
