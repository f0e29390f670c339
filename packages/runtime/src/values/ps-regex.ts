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

/** A Group: its offset is computed on first use. */
class GroupResult implements PSRegexGroup {
  readonly name: string;
  readonly number: number;
  readonly success: boolean;
  readonly value: string;
  readonly #offset: () => number;
  constructor(name: string, number: number, success: boolean, value: string, offset: () => number) {
    this.name = name;
    this.number = number;
    this.success = success;
    this.value = value;
    this.#offset = offset;
  }
  get index(): number {
    return this.success ? this.#offset() : 0;
  }
  get length(): number {
    return this.value.length;
  }
  toString(): string {
    return this.value;
  }
}

/** A Match (group 0 plus the group list); ToString() is the matched text. */
class MatchResult implements PSRegexMatch {
  readonly name = '0';
  readonly number = 0;
  readonly success = true;
  readonly value: string;
  readonly index: number;
  readonly groups: readonly PSRegexGroup[];
  constructor(value: string, index: number, groups: readonly PSRegexGroup[]) {
    this.value = value;
    this.index = index;
    this.groups = groups;
  }
  get length(): number {
    return this.value.length;
  }
  get [PS_TYPE_NAMES](): readonly string[] {
    return MATCH_TYPE_NAMES;
  }
  toString(): string {
    return this.value;
  }
}

export interface PSRegexOptions extends DotNetRegexOptions {
  /** RegexOptions names as given (for `.Options` display). */
  readonly optionNames?: readonly string[];
}

export class PSRegex {
  readonly pattern: string;
  readonly options: PSRegexOptions;
  readonly translated: TranslatedRegex;
  readonly #global: RegExp;
  /** Sticky twin with the 'd' flag: group offsets are computed only when asked for ('d' slows every exec). */
  #withIndices: RegExp | undefined;

  constructor(pattern: string, options: PSRegexOptions = {}) {
    this.pattern = pattern;
    this.options = options;
    this.translated = translateDotNetRegex(pattern, options);
    this.#global = new RegExp(this.translated.source, `${this.translated.flags}g`);
  }

  #groupOffsets(input: string, at: number): ReadonlyArray<readonly [number, number] | undefined> {
    this.#withIndices ??= new RegExp(this.translated.source, `${this.translated.flags}yd`);
    this.#withIndices.lastIndex = at;
    return this.#withIndices.exec(input)?.indices ?? [];
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
    return m ? this.#toMatch(m, input) : undefined;
  }

  /** All non-overlapping matches (empty matches advance by one, as .NET does). */
  matches(input: string): PSRegexMatch[] {
    const out: PSRegexMatch[] = [];
    this.#global.lastIndex = 0;
    for (;;) {
      const m = this.#global.exec(input);
      if (!m) break;
      out.push(this.#toMatch(m, input));
      if (m[0] === '') this.#global.lastIndex = m.index + 1;
      if (this.#global.lastIndex > input.length) break;
    }
    return out;
  }

  #toMatch(m: RegExpExecArray, input: string): PSRegexMatch {
    let offsets: ReadonlyArray<readonly [number, number] | undefined> | undefined;
    const offsetOf = (jsIndex: number): number => {
      offsets ??= this.#groupOffsets(input, m.index);
      return offsets[jsIndex]?.[0] ?? 0;
    };
    const groups: PSRegexGroup[] = this.translated.groups.map((g) => {
      // For a repeated name, the last participating JS group wins (as .NET's last capture does).
      let jsIndex = -1;
      for (const j of g.jsIndices) if (m[j] !== undefined) jsIndex = j;
      if (jsIndex < 0) return new GroupResult(g.name, g.number, false, '', () => 0);
      return new GroupResult(
        g.name,
        g.number,
        true,
        m[jsIndex] ?? '',
        jsIndex === 0 ? () => m.index : () => offsetOf(jsIndex),
      );
    });
    return new MatchResult(m[0], m.index, groups);
  }

  toString(): string {
    return this.pattern;
  }
}
