// Translates .NET regular expression syntax to an equivalent JavaScript RegExp source (see README for gaps).
export interface DotNetRegexOptions {
  readonly ignoreCase?: boolean;
  readonly multiline?: boolean;
  readonly singleline?: boolean;
  readonly ignorePatternWhitespace?: boolean;
  readonly explicitCapture?: boolean;
}

/** One capture group in .NET numbering (unnamed groups first, then named ones, in order of appearance). */
export interface RegexGroupInfo {
  readonly number: number;
  /** The .NET name: the group's name, or its number as a string for unnamed groups. */
  readonly name: string;
  /** Indices of the JS capture groups that feed this .NET group (several for a repeated name). */
  readonly jsIndices: readonly number[];
}

export interface TranslatedRegex {
  readonly source: string;
  /** 'i' and/or 'u' (no 'g': callers add it). */
  readonly flags: string;
  /** Group 0 first, then groups in .NET number order. */
  readonly groups: readonly RegexGroupInfo[];
  /** The effective options after inline `(?imnsx)` groups were applied. */
  readonly options: Required<DotNetRegexOptions>;
}

/** Thrown for a pattern .NET would reject or that has no JavaScript equivalent. */
export class RegexTranslationError extends Error {}

/** .NET's regex parser messages (RegexParseError texts) and this translator's own limits. */
export const RegexParseMessages = {
  UnrecognizedGrouping: 'Unrecognized grouping construct.',
  IllegalEndEscape: 'Illegal \\ at end of pattern.',
  MalformedNameRef: 'Malformed \\k<...> named back reference.',
  IncompleteSlashP: 'Incomplete \\p{X} character escape.',
  TooFewHex: 'Insufficient hexadecimal digits.',
  MissingControl: 'Missing control character.',
  UnrecognizedEscape: 'Unrecognized escape sequence \\{0}.',
  SubtractionMustBeLast: 'A subtraction must be the last element in a character class.',
  UnterminatedBracket: 'Unterminated [] set.',
  UnterminatedComment: 'Unterminated (?#...) comment.',
  InvalidGroupName: 'Invalid group name: Group names must begin with a word character.',
  UndefinedBackReference: 'Reference to undefined group number {0}.',
  BalancingGroupsUnsupported: 'Balancing groups are not supported.',
  ConditionalsUnsupported: 'Conditional expressions are not supported.',
} as const;

function parseError(key: keyof typeof RegexParseMessages, arg = ''): RegexTranslationError {
  return new RegexTranslationError(RegexParseMessages[key].replace('{0}', arg));
}

const OPTION_LETTERS: Record<string, keyof DotNetRegexOptions> = {
  i: 'ignoreCase',
  m: 'multiline',
  s: 'singleline',
  x: 'ignorePatternWhitespace',
  n: 'explicitCapture',
};

type MutableOptions = { -readonly [K in keyof DotNetRegexOptions]-?: boolean };

const START = '(?<![\\s\\S])';
const END = '(?![\\s\\S])';

/** Escapes one code unit in a form valid in and out of classes, with or without the u flag. */
function literal(ch: string): string {
  if (/[A-Za-z0-9_]/.test(ch)) return ch;
  const code = ch.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

interface Pass {
  out: string;
  needUnicode: boolean;
  optionsChanged: boolean;
  /** In order of '(' : name (undefined for unnamed) for every capturing group. */
  captures: Array<string | undefined>;
}

function parseInlineOptions(spec: string, opts: MutableOptions): boolean {
  let on = true;
  let changed = false;
  for (const ch of spec) {
    if (ch === '-') {
      on = false;
      continue;
    }
    const key = OPTION_LETTERS[ch];
    if (!key) throw parseError('UnrecognizedGrouping');
    if (opts[key] !== on) {
      opts[key] = on;
      changed = true;
    }
  }
  return changed;
}

function jsGroupName(name: string, seen: Map<string, number>): string {
  let base = /^[A-Za-z_$][\w$]*$/.test(name) ? name : `_${name.replace(/[^\w$]/g, '_')}`;
  const count = seen.get(base) ?? 0;
  seen.set(base, count + 1);
  if (count > 0) base = `${base}__${count + 1}`;
  return base;
}

function translatePass(pattern: string, opts: MutableOptions): Pass {
  const pass: Pass = { out: '', needUnicode: false, optionsChanged: false, captures: [] };
  const seenNames = new Map<string, number>();
  let i = 0;
  const n = pattern.length;

  const readEscape = (inClass: boolean): string => {
    // pattern[i] is '\\'
    const c = pattern[i + 1];
    if (c === undefined) throw parseError('IllegalEndEscape');
    i += 2;
    switch (c) {
      case 'A':
        return inClass ? 'A' : START;
      case 'z':
        return inClass ? 'z' : END;
      case 'Z':
        return inClass ? 'Z' : `(?=\\n?${END})`;
      case 'G':
        // No JS equivalent outside sticky mode; treated as an empty assertion (documented gap).
        return inClass ? 'G' : '(?:)';
      case 'e':
        return '\\x1b';
      case 'a':
        return '\\x07';
      case 'k': {
        const m = /^(?:<([^>]+)>|'([^']+)')/.exec(pattern.slice(i));
        if (!m) throw parseError('MalformedNameRef');
        i += m[0].length;
        const name = m[1] ?? m[2] ?? '';
        if (/^\d+$/.test(name)) return `\\u0000BR${name}\\u0000`;
        return `\\k<${/^[A-Za-z_$][\w$]*$/.test(name) ? name : `_${name.replace(/[^\w$]/g, '_')}`}>`;
      }
      case 'p':
      case 'P': {
        const m = /^\{([^}]+)\}/.exec(pattern.slice(i));
        if (!m) throw parseError('IncompleteSlashP');
        i += m[0].length;
        pass.needUnicode = true;
        const name = m[1] ?? '';
        if (name.startsWith('Is')) return `\\${c}{Script=${name.slice(2)}}`;
        return `\\${c}{${name}}`;
      }
      case 'x': {
        const m = /^[0-9a-fA-F]{2}/.exec(pattern.slice(i));
        if (!m) throw parseError('TooFewHex');
        i += 2;
        return `\\x${m[0]}`;
      }
      case 'u': {
        const m = /^[0-9a-fA-F]{4}/.exec(pattern.slice(i));
        if (!m) throw parseError('TooFewHex');
        i += 4;
        return `\\u${m[0]}`;
      }
      case 'c': {
        const l = pattern[i];
        if (!l || !/[A-Za-z]/.test(l)) throw parseError('MissingControl');
        i += 1;
        return `\\c${l}`;
      }
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
      case 'n':
      case 'r':
      case 't':
      case 'f':
      case 'v':
        return `\\${c}`;
      case 'b':
        return inClass ? '\\x08' : '\\b';
      case 'B':
        return inClass ? 'B' : '\\B';
      default:
        break;
    }
    if (/[0-9]/.test(c)) {
      if (inClass || c === '0') {
        // Octal escape: up to 3 octal digits.
        const m = /^[0-7]{0,2}/.exec(pattern.slice(i));
        const digits = c + (m?.[0] ?? '');
        i += digits.length - 1;
        return literal(String.fromCharCode(parseInt(digits, 8)));
      }
      const m = /^\d*/.exec(pattern.slice(i));
      const digits = c + (m?.[0] ?? '');
      i += digits.length - 1;
      return `\\u0000BR${digits}\\u0000`;
    }
    if (/[A-Za-z]/.test(c)) throw parseError('UnrecognizedEscape', c);
    return literal(c);
  };

  /** Reads a character class starting at pattern[i] === '['; returns its JS form. */
  const readClass = (): string => {
    i++; // '['
    let negate = false;
    if (pattern[i] === '^') {
      negate = true;
      i++;
    }
    let body = '';
    let first = true;
    let subtract: string | undefined;
    let closed = false;
    let lastWasClassEscape = false;
    while (i < n) {
      const c = pattern[i] ?? '';
      if (c === ']' && !first) {
        i++;
        closed = true;
        break;
      }
      first = false;
      if (c === '\\') {
        const esc = readEscape(true);
        lastWasClassEscape = /^\\[dDwWsSpP]/.test(esc);
        body += esc;
        continue;
      }
      // A '-' next to a class escape ([\w-]) is a literal in .NET; JS's u mode rejects it unescaped.
      if (c === '-' && (lastWasClassEscape || /^\\[dDwWsSpP]/.test(pattern.slice(i + 1, i + 3)))) {
        body += '\\x2d';
        lastWasClassEscape = false;
        i++;
        continue;
      }
      lastWasClassEscape = false;
      if (c === '-' && pattern[i + 1] === '[') {
        i++;
        subtract = readClass();
        if (pattern[i] !== ']') throw parseError('SubtractionMustBeLast');
        i++;
        closed = true;
        break;
      }
      if (
        c === '[' ||
        c === ']' ||
        c === '/' ||
        c === '{' ||
        c === '}' ||
        c === '(' ||
        c === ')' ||
        c === '|'
      )
        body += literal(c);
      else body += c;
      i++;
    }
    if (!closed) throw parseError('UnterminatedBracket');
    const cls = `[${negate ? '^' : ''}${body}]`;
    return subtract ? `(?:(?!${subtract})${cls})` : cls;
  };

  while (i < n) {
    const c = pattern[i] ?? '';
    if (opts.ignorePatternWhitespace && /\s/.test(c)) {
      i++;
      continue;
    }
    if (opts.ignorePatternWhitespace && c === '#') {
      while (i < n && pattern[i] !== '\n') i++;
      continue;
    }
    switch (c) {
      case '\\':
        pass.out += readEscape(false);
        continue;
      case '[':
        pass.out += readClass();
        continue;
      case '.':
        pass.out += opts.singleline ? '[\\s\\S]' : '[^\\n]';
        i++;
        continue;
      case '^':
        pass.out += opts.multiline ? `(?:${START}|(?<=\\n))` : START;
        i++;
        continue;
      case '$':
        pass.out += opts.multiline ? `(?=\\n|${END})` : `(?=\\n?${END})`;
        i++;
        continue;
      case '{': {
        const m = /^\{\d+(?:,\d*)?\}/.exec(pattern.slice(i));
        if (m) {
          pass.out += m[0];
          i += m[0].length;
        } else {
          pass.out += '\\{';
          i++;
        }
        continue;
      }
      case '}':
        pass.out += '\\}';
        i++;
        continue;
      case '/':
        pass.out += '\\/';
        i++;
        continue;
      case '(': {
        const rest = pattern.slice(i);
        if (!rest.startsWith('(?')) {
          if (opts.explicitCapture) pass.out += '(?:';
          else {
            pass.captures.push(undefined);
            pass.out += '(';
          }
          i++;
          continue;
        }
        if (rest.startsWith('(?#')) {
          const end = pattern.indexOf(')', i);
          if (end < 0) throw parseError('UnterminatedComment');
          i = end + 1;
          continue;
        }
        const named = /^\(\?(?:<([^>=!][^>]*)>|'([^']*)')/.exec(rest);
        if (named) {
          const name = named[1] ?? named[2] ?? '';
          if (name.includes('-')) throw parseError('BalancingGroupsUnsupported');
          if (!/^\w+$/.test(name)) throw parseError('InvalidGroupName');
          pass.captures.push(name);
          pass.out += `(?<${jsGroupName(name, seenNames)}>`;
          i += named[0].length;
          continue;
        }
        const inline = /^\(\?([imnsx-]+)(\)|:)/.exec(rest);
        if (inline) {
          if (parseInlineOptions(inline[1] ?? '', opts)) pass.optionsChanged = true;
          pass.out += inline[2] === ':' ? '(?:' : '';
          i += inline[0].length;
          continue;
        }
        if (rest.startsWith('(?>')) {
          // Atomic groups have no JS equivalent: matched as a plain group (documented gap).
          pass.out += '(?:';
          i += 3;
          continue;
        }
        if (rest.startsWith('(?(')) throw parseError('ConditionalsUnsupported');
        const look = /^\(\?(?::|=|!|<=|<!)/.exec(rest);
        if (look) {
          pass.out += look[0];
          i += look[0].length;
          continue;
        }
        throw parseError('UnrecognizedGrouping');
      }
      default:
        pass.out += c;
        i++;
    }
  }
  return pass;
}

function numberGroups(captures: ReadonlyArray<string | undefined>): RegexGroupInfo[] {
  const groups: RegexGroupInfo[] = [{ number: 0, name: '0', jsIndices: [0] }];
  let num = 0;
  captures.forEach((name, idx) => {
    if (name === undefined) groups.push({ number: ++num, name: String(num), jsIndices: [idx + 1] });
  });
  const named = new Map<string, number[]>();
  captures.forEach((name, idx) => {
    if (name === undefined) return;
    if (/^\d+$/.test(name)) {
      groups.push({ number: Number(name), name, jsIndices: [idx + 1] });
      return;
    }
    const key = name.toLowerCase();
    const list = named.get(key);
    if (list) list.push(idx + 1);
    else {
      const indices = [idx + 1];
      named.set(key, indices);
      groups.push({ number: ++num, name, jsIndices: indices });
    }
  });
  return groups.sort((a, b) => a.number - b.number);
}

/** Translates a .NET pattern; throws RegexTranslationError for syntax .NET rejects or JS cannot express. */
export function translateDotNetRegex(pattern: string, options: DotNetRegexOptions = {}): TranslatedRegex {
  const opts: MutableOptions = {
    ignoreCase: options.ignoreCase ?? false,
    multiline: options.multiline ?? false,
    singleline: options.singleline ?? false,
    ignorePatternWhitespace: options.ignorePatternWhitespace ?? false,
    explicitCapture: options.explicitCapture ?? false,
  };
  // Inline options apply to the whole pattern here (JS has no scoped modifiers on Node 20): re-run once
  // with the collected options so '.', '^', '$' and whitespace handling see them everywhere.
  let pass = translatePass(pattern, opts);
  if (pass.optionsChanged) pass = translatePass(pattern, opts);
  const groups = numberGroups(pass.captures);
  const byNumber = new Map(groups.map((g) => [g.number, g]));
  let failed: string | undefined;
  const source = pass.out.replace(/\\u0000BR(\d+)\\u0000/g, (_m, num: string) => {
    const g = byNumber.get(Number(num));
    if (!g || g.number === 0) {
      failed = RegexParseMessages.UndefinedBackReference.replace('{0}', num);
      return '';
    }
    return `\\${g.jsIndices[0]}`;
  });
  if (failed) throw new RegexTranslationError(failed);
  const flags = `${opts.ignoreCase ? 'i' : ''}${pass.needUnicode ? 'u' : ''}`;
  try {
    new RegExp(source, flags);
  } catch (e) {
    throw new RegexTranslationError((e as Error).message);
  }
  return { source, flags, groups, options: opts };
}
