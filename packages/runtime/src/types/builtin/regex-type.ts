// [regex] statics and constructor; Match results are wrapped as RegexMatchResult for member access.
import { PSRegex, type PSRegexGroup, type PSRegexMatch } from '../../values/ps-regex.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { num, str } from './define.js';
import { PS_TYPE_NAMES } from '../../values/type-names.js';
import { isScriptBlockLike } from '../../values/script-block-like.js';
import { convertToString } from '../../conversion/to-string.js';
import { regexReplace } from '../../operators/replace.js';

/** System.Text.RegularExpressions.Group: Success, Value, Index, Length, Name. */
export class RegexGroup {
  get [PS_TYPE_NAMES](): string[] {
    return [
      'System.Text.RegularExpressions.Group',
      'System.Text.RegularExpressions.Capture',
      'System.Object',
    ];
  }
  constructor(readonly group: PSRegexGroup) {}
  get Success(): boolean {
    return this.group.success;
  }
  get Value(): string {
    return this.group.value;
  }
  get Index(): number {
    return this.group.index;
  }
  get Length(): number {
    return this.group.length;
  }
  get Name(): string {
    return this.group.name;
  }
  toString(): string {
    return this.group.value;
  }
}

/**
 * System.Text.RegularExpressions.GroupCollection: an array of the groups in .NET numbering (so `$m.Groups[1]`
 * and foreach work as on arrays), plus `Item(name)` for named groups.
 */
export class RegexGroupCollection extends Array<RegexGroup> {
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
  static of_(groups: readonly RegexGroup[]): RegexGroupCollection {
    const c = new RegexGroupCollection();
    c.push(...groups);
    return c;
  }
  get [PS_TYPE_NAMES](): string[] {
    return ['System.Text.RegularExpressions.GroupCollection', 'System.Object'];
  }
  get groups(): RegexGroup[] {
    return [...this];
  }
  get Count(): number {
    return this.length;
  }
  /** `$m.Groups[1]`, `$m.Groups['name']`; a missing group is an unsuccessful empty group, as in .NET. */
  item(key: unknown): RegexGroup {
    const found =
      typeof key === 'number'
        ? this.find((g) => g.group.number === key)
        : this.find((g) => g.Name === String(key));
    return (
      found ??
      new RegexGroup({ name: String(key), number: -1, success: false, value: '', index: 0, length: 0 })
    );
  }
  get Keys(): string[] {
    return this.map((g) => g.Name);
  }
}

/** System.Text.RegularExpressions.Match. */
export class RegexMatchResult extends RegexGroup {
  override get [PS_TYPE_NAMES](): string[] {
    return [
      'System.Text.RegularExpressions.Match',
      'System.Text.RegularExpressions.Group',
      'System.Text.RegularExpressions.Capture',
      'System.Object',
    ];
  }
  readonly Groups: RegexGroupCollection;
  constructor(
    readonly match: PSRegexMatch,
    private readonly regex?: PSRegex,
    private readonly input?: string,
  ) {
    super(match);
    this.Groups = RegexGroupCollection.of_(match.groups.map((g) => new RegexGroup(g)));
  }
  NextMatch(): RegexMatchResult {
    if (!this.regex || this.input === undefined) return RegexMatchResult.empty();
    const next = this.regex.match(this.input, this.Index + Math.max(this.Length, 1));
    return next ? new RegexMatchResult(next, this.regex, this.input) : RegexMatchResult.empty();
  }
  static empty(): RegexMatchResult {
    return new RegexMatchResult({
      name: '0',
      number: 0,
      success: false,
      value: '',
      index: 0,
      length: 0,
      groups: [],
    });
  }
}

/** RegexOptions flags -> the translator's options (IgnoreCase 1, Multiline 2, ExplicitCapture 4, Singleline 16, IgnorePatternWhitespace 32). */
export function regexFromOptions(pattern: string, flags: number): PSRegex {
  try {
    return new PSRegex(pattern, {
      ignoreCase: (flags & 1) !== 0,
      multiline: (flags & 2) !== 0,
      explicitCapture: (flags & 4) !== 0,
      singleline: (flags & 16) !== 0,
      ignorePatternWhitespace: (flags & 32) !== 0,
    });
  } catch (e) {
    throw dotNetError(
      'System.ArgumentException',
      `Invalid pattern '${pattern}' at offset ${pattern.length}. ${(e as Error).message}`,
    );
  }
}

/** Regex.Split: captured groups are included in the result, as .NET does. */
export function regexSplit(regex: PSRegex, input: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of regex.matches(input)) {
    out.push(input.slice(last, m.index));
    for (const g of m.groups.slice(1)) if (g.success) out.push(g.value);
    last = m.index + m.length;
  }
  out.push(input.slice(last));
  return out;
}

/** Regex.Escape: escapes \, *, +, ?, |, {, [, (, ), ^, $, ., #, and white space. */
export function regexEscape(text: string): string {
  return text
    .replace(/[\\*+?|{[()^$.#]/g, '\\$&')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\f/g, '\\f')
    .replace(/ /g, '\\ ');
}

export function regexUnescape(text: string): string {
  return text.replace(
    /\\(t|n|r|f|.)/g,
    (_m, c: string) => ({ t: '\t', n: '\n', r: '\r', f: '\f' })[c as 't'] ?? c,
  );
}

const matchOf = (r: PSRegex, input: string): RegexMatchResult => {
  const m = r.match(input);
  return m ? new RegexMatchResult(m, r, input) : RegexMatchResult.empty();
};
const matchesOf = (r: PSRegex, input: string): RegexMatchResult[] =>
  r.matches(input).map((m) => new RegexMatchResult(m, r, input));

const MATCH_EVALUATOR = 'System.Text.RegularExpressions.MatchEvaluator';

/** A MatchEvaluator: a script block, called with the Match as its argument (param($m) or $args[0]). */
export const MatchEvaluatorType: TypeInfoInit = {
  fullName: MATCH_EVALUATOR,
  baseType: 'System.MulticastDelegate',
  isInstance: isScriptBlockLike,
};

/** Regex.Replace with a MatchEvaluator: each match is replaced by the text of what the script block returns. */
export function replaceWithEvaluator(regex: PSRegex, input: string, evaluator: unknown, count = -1): string {
  if (!isScriptBlockLike(evaluator))
    throw dotNetError('System.ArgumentNullException', "Value cannot be null. (Parameter 'evaluator')");
  const evaluate = (m: PSRegexMatch): string => {
    const result = evaluator.invoke(new RegexMatchResult(m, regex, input));
    return convertToString(result.length === 1 ? result[0] : result);
  };
  return regexReplace(regex, input, evaluate, {}, count);
}

export const RegexType: TypeInfoInit = {
  fullName: 'System.Text.RegularExpressions.Regex',
  isInstance: (v) => v instanceof PSRegex,
  staticMethods: [
    method<null>(
      'Match',
      [
        'static System.Text.RegularExpressions.Match Match(string input, string pattern)',
        (_t, a) => matchOf(regexFromOptions(str(a[1]), 0), str(a[0])),
      ],
      [
        'static System.Text.RegularExpressions.Match Match(string input, string pattern, System.Text.RegularExpressions.RegexOptions options)',
        (_t, a) => matchOf(regexFromOptions(str(a[1]), num(a[2])), str(a[0])),
      ],
    ),
    method<null>(
      'Matches',
      [
        'static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern)',
        (_t, a) => matchesOf(regexFromOptions(str(a[1]), 0), str(a[0])),
      ],
      [
        'static System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern, System.Text.RegularExpressions.RegexOptions options)',
        (_t, a) => matchesOf(regexFromOptions(str(a[1]), num(a[2])), str(a[0])),
      ],
    ),
    method<null>(
      'IsMatch',
      [
        'static bool IsMatch(string input, string pattern)',
        (_t, a) => regexFromOptions(str(a[1]), 0).isMatch(str(a[0])),
      ],
      [
        'static bool IsMatch(string input, string pattern, System.Text.RegularExpressions.RegexOptions options)',
        (_t, a) => regexFromOptions(str(a[1]), num(a[2])).isMatch(str(a[0])),
      ],
    ),
    method<null>(
      'Replace',
      [
        'static string Replace(string input, string pattern, string replacement)',
        (_t, a) => regexReplace(regexFromOptions(str(a[1]), 0), str(a[0]), str(a[2])),
      ],
      [
        'static string Replace(string input, string pattern, string replacement, System.Text.RegularExpressions.RegexOptions options)',
        (_t, a) => regexReplace(regexFromOptions(str(a[1]), num(a[3])), str(a[0]), str(a[2])),
      ],
      [
        `static string Replace(string input, string pattern, ${MATCH_EVALUATOR} evaluator)`,
        (_t, a) => replaceWithEvaluator(regexFromOptions(str(a[1]), 0), str(a[0]), a[2]),
      ],
      [
        `static string Replace(string input, string pattern, ${MATCH_EVALUATOR} evaluator, System.Text.RegularExpressions.RegexOptions options)`,
        (_t, a) => replaceWithEvaluator(regexFromOptions(str(a[1]), num(a[3])), str(a[0]), a[2]),
      ],
    ),
    method<null>(
      'Split',
      [
        'static string[] Split(string input, string pattern)',
        (_t, a) => regexSplit(regexFromOptions(str(a[1]), 0), str(a[0])),
      ],
      [
        'static string[] Split(string input, string pattern, System.Text.RegularExpressions.RegexOptions options)',
        (_t, a) => regexSplit(regexFromOptions(str(a[1]), num(a[2])), str(a[0])),
      ],
    ),
    method<null>('Escape', ['static string Escape(string str)', (_t, a) => regexEscape(str(a[0]))]),
    method<null>('Unescape', ['static string Unescape(string str)', (_t, a) => regexUnescape(str(a[0]))]),
  ],
  constructors: method<null>(
    'new',
    ['regex new(string pattern)', (_t, a) => regexFromOptions(str(a[0]), 0)],
    [
      'regex new(string pattern, System.Text.RegularExpressions.RegexOptions options)',
      (_t, a) => regexFromOptions(str(a[0]), num(a[1])),
    ],
  ),
};
