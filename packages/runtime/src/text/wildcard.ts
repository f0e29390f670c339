// WildcardPattern: PowerShell's -like / -Filter wildcards (* ? [set] [a-z], backtick escapes), whole-string match.
export class WildcardPatternError extends Error {}

const META = /[*?[\]`]/;

/** True when the text contains an unescaped wildcard character (* ? [). */
export function containsWildcardCharacters(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '`') {
      i++;
      continue;
    }
    if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** WildcardPattern.Escape: backtick-escapes * ? [ ] and `. */
export function escapeWildcard(text: string): string {
  return text.replace(/[*?[\]`]/g, (c) => `\`${c}`);
}

/** WildcardPattern.Unescape: removes backtick escapes. */
export function unescapeWildcard(text: string): string {
  return text.replace(/`([*?[\]`])/g, '$1');
}

const reEscape = (c: string): string => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);

/** Translates to a JS RegExp source anchored on both ends; throws WildcardPatternError for an unclosed '['. */
export function wildcardToRegexSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '`') {
      const next = pattern[i + 1];
      // A trailing backtick matches nothing more; PowerShell treats it as a literal backtick.
      out += reEscape(next ?? '`');
      i++;
      continue;
    }
    if (c === '*') {
      out += '[\\s\\S]*';
      continue;
    }
    if (c === '?') {
      out += '[\\s\\S]';
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      let set = '';
      if (pattern[j] === '!' || pattern[j] === '^') {
        set += '^';
        j++;
      }
      let closed = false;
      let first = true;
      for (; j < pattern.length; j++) {
        const d = pattern[j] ?? '';
        if (d === ']' && !first) {
          closed = true;
          break;
        }
        first = false;
        if (d === '`') {
          j++;
          set += reEscape(pattern[j] ?? '`');
          continue;
        }
        if (d === '-' && set !== '' && set !== '^' && pattern[j + 1] !== ']') {
          set += '-';
          continue;
        }
        set += d === '\\' || d === ']' || d === '[' || d === '^' || d === '-' ? `\\${d}` : d;
      }
      if (!closed) throw new WildcardPatternError(pattern);
      out += `[${set}]`;
      i = j;
      continue;
    }
    out += reEscape(c);
  }
  return `^${out}$`;
}

export class WildcardPattern {
  readonly pattern: string;
  readonly ignoreCase: boolean;
  readonly #regex: RegExp | undefined;
  readonly #literal: string | undefined;

  constructor(pattern: string, ignoreCase = true) {
    this.pattern = pattern;
    this.ignoreCase = ignoreCase;
    if (!META.test(pattern)) {
      // Fast path: no wildcard or escape characters, so a plain (case-folded) comparison.
      this.#literal = ignoreCase ? pattern.toLowerCase() : pattern;
    } else {
      this.#regex = new RegExp(wildcardToRegexSource(pattern), ignoreCase ? 'iu' : 'u');
    }
  }

  isMatch(input: string): boolean {
    if (this.#literal !== undefined) return (this.ignoreCase ? input.toLowerCase() : input) === this.#literal;
    return (this.#regex as RegExp).test(input);
  }
}
