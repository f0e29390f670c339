// PSRegex: System.Text.RegularExpressions.Regex over a translated JS RegExp, with .NET group numbering.
import { PS_TYPE_NAMES } from './symbols.js';
import {
  translateDotNetRegex,
  type DotNetRegexOptions,
  type RegexGroupInfo,
  type TranslatedRegex,
} from '../text/dotnet-regex.js';

export interface PSRegexGroup {
  readonly name: string;
  readonly number: number;
  readonly success: boolean;
  readonly value: string;
  readonly index: number;
  readonly length: number;
}

/** One match, shaped like System.Text.RegularExpressions.Match (Groups in .NET numbering). */
export interface PSRegexMatch extends PSRegexGroup {
  readonly groups: readonly PSRegexGroup[];
  /** Set on matches this class returns, so typeNameOf reports System.Text.RegularExpressions.Match. */
  readonly [PS_TYPE_NAMES]?: readonly string[];
}

const MATCH_TYPE_NAMES: readonly string[] = [
  'System.Text.RegularExpressions.Match',
  'System.Text.RegularExpressions.Group',
  'System.Text.RegularExpressions.Capture',
  'System.Object',
];

export interface PSRegexOptions extends DotNetRegexOptions {
  /** RegexOptions names as given (for `.Options` display). */
  readonly optionNames?: readonly string[];
}

export class PSRegex {
  readonly pattern: string;
  readonly options: PSRegexOptions;
  readonly translated: TranslatedRegex;
  readonly #global: RegExp;

  constructor(pattern: string, options: PSRegexOptions = {}) {
    this.pattern = pattern;
    this.options = options;
    this.translated = translateDotNetRegex(pattern, options);
    this.#global = new RegExp(this.translated.source, `${this.translated.flags}gd`);
  }

  get groups(): readonly RegexGroupInfo[] {
    return this.translated.groups;
  }

  /** The group names in number order, as Regex.GetGroupNames(). */
  getGroupNames(): string[] {
    return this.translated.groups.map((g) => g.name);
  }

  isMatch(input: string): boolean {
    this.#global.lastIndex = 0;
    return this.#global.test(input);
  }

  /** The first match at or after `start`, or undefined. */
  match(input: string, start = 0): PSRegexMatch | undefined {
    this.#global.lastIndex = start;
    const m = this.#global.exec(input);
    return m ? this.#toMatch(m) : undefined;
  }

  /** All non-overlapping matches (empty matches advance by one, as .NET does). */
  matches(input: string): PSRegexMatch[] {
    const out: PSRegexMatch[] = [];
    this.#global.lastIndex = 0;
    for (;;) {
      const m = this.#global.exec(input);
      if (!m) break;
      out.push(this.#toMatch(m));
      if (m[0] === '') this.#global.lastIndex = m.index + 1;
      if (this.#global.lastIndex > input.length) break;
    }
    return out;
  }

  #toMatch(m: RegExpExecArray): PSRegexMatch {
    const indices = m.indices;
    const groups: PSRegexGroup[] = this.translated.groups.map((g) => {
      // For a repeated name, the last participating JS group wins (as .NET's last capture does).
      let jsIndex = -1;
      for (const j of g.jsIndices) if (m[j] !== undefined) jsIndex = j;
      if (jsIndex < 0)
        return { name: g.name, number: g.number, success: false, value: '', index: 0, length: 0 };
      const value = m[jsIndex] ?? '';
      const index = indices?.[jsIndex]?.[0] ?? 0;
      return { name: g.name, number: g.number, success: true, value, index, length: value.length };
    });
    const match: PSRegexMatch = {
      name: '0',
      number: 0,
      success: true,
      value: m[0],
      index: m.index,
      length: m[0].length,
      groups,
      [PS_TYPE_NAMES]: MATCH_TYPE_NAMES,
    };
    // Match.ToString() is the matched text.
    Object.defineProperty(match, 'toString', { value: () => m[0], enumerable: false });
    return match;
  }

  toString(): string {
    return this.pattern;
  }
}
