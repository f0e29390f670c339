// System.String instance members: Length, ToUpper/ToLower, Trim*, Split, Substring, Replace, Contains, IndexOf, Pad*, ...
import { PSChar } from '../../values/ps-char.js';
import { withElementType } from '../../values/type-names.js';
import { dotNetError } from '../../types/errors.js';
import { compareStrings, ignoresCase, isWhiteSpace } from '../../types/builtin/string-type.js';
import { adapter, instanceMethod as m } from '../adapter.js';

const n = (v: unknown): number => v as number;
const s = (v: unknown): string => (v ?? '') as string;

/** String.Split as .NET does it: separators tried in order at each position; count caps the pieces. */
export function splitString(
  text: string,
  separators: readonly string[],
  count = Number.MAX_SAFE_INTEGER,
  options = 0,
): string[] {
  if (count < 0)
    throw dotNetError(
      'System.ArgumentOutOfRangeException',
      "Count cannot be less than zero. (Parameter 'count')",
    );
  if (count === 0) return withElementType([], 'System.String');
  const remove = (options & 1) !== 0;
  const trim = (options & 2) !== 0;
  const seps = separators.filter((x) => x !== '');
  const whitespace = seps.length === 0;
  const out: string[] = [];
  const push = (piece: string): void => {
    const p = trim ? piece.trim() : piece;
    if (!(remove && p === '')) out.push(p);
  };
  let start = 0;
  let i = 0;
  while (i < text.length && out.length < count - 1) {
    const len = whitespace
      ? isWhiteSpace(text[i]!)
        ? 1
        : 0
      : (seps.find((sep) => text.startsWith(sep, i))?.length ?? 0);
    if (len > 0) {
      push(text.slice(start, i));
      i += len;
      start = i;
    } else i++;
  }
  push(text.slice(start));
  return withElementType(out, 'System.String');
}

const chars = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : [s(v)]);

function trimChars(text: string, set: readonly string[] | null, start: boolean, end: boolean): string {
  const inSet = (c: string): boolean =>
    set === null || set.length === 0 ? isWhiteSpace(c) : set.includes(c);
  let a = 0;
  let b = text.length;
  if (start) while (a < b && inSet(text[a]!)) a++;
  if (end) while (b > a && inSet(text[b - 1]!)) b--;
  return text.slice(a, b);
}

function checkRange(text: string, start: number, length?: number): void {
  if (start < 0 || start > text.length) {
    throw dotNetError(
      'System.ArgumentOutOfRangeException',
      start < 0
        ? "StartIndex cannot be less than zero. (Parameter 'startIndex')"
        : "startIndex cannot be larger than length of string. (Parameter 'startIndex')",
    );
  }
  if (length !== undefined && (length < 0 || start + length > text.length)) {
    throw dotNetError(
      'System.ArgumentOutOfRangeException',
      length < 0
        ? "Length cannot be less than zero. (Parameter 'length')"
        : "Index and length must refer to a location within the string. (Parameter 'length')",
    );
  }
}

function indexOf(text: string, value: string, start: number, comparison: number, last: boolean): number {
  if (start < 0 || start > text.length)
    throw dotNetError(
      'System.ArgumentOutOfRangeException',
      "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')",
    );
  const hay = ignoresCase(comparison) ? text.toUpperCase() : text;
  const needle = ignoresCase(comparison) ? value.toUpperCase() : value;
  return last ? hay.lastIndexOf(needle, start) : hay.indexOf(needle, start);
}

function replaceAll(text: string, oldValue: string, newValue: string | null, ignoreCase: boolean): string {
  if (oldValue === '')
    throw dotNetError(
      'System.ArgumentException',
      "The value cannot be an empty string. (Parameter 'oldValue')",
    );
  if (!ignoreCase) return text.split(oldValue).join(newValue ?? '');
  const re = new RegExp(oldValue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
  return text.replace(re, () => newValue ?? '');
}

function pad(text: string, width: number, ch: string, left: boolean): string {
  if (width < 0)
    throw dotNetError(
      'System.ArgumentOutOfRangeException',
      "Non-negative number required. (Parameter 'totalWidth')",
    );
  return left ? text.padStart(width, ch) : text.padEnd(width, ch);
}

const startsEnds = (name: 'StartsWith' | 'EndsWith') => {
  const test = (text: string, value: string, comparison: number): boolean => {
    const [a, b] = ignoresCase(comparison) ? [text.toUpperCase(), value.toUpperCase()] : [text, value];
    return name === 'StartsWith' ? a.startsWith(b) : a.endsWith(b);
  };
  return m<string>(
    name,
    [`bool ${name}(string value)`, (r, a) => test(r.self, s(a[0]), 0)],
    [
      `bool ${name}(string value, System.StringComparison comparisonType)`,
      (r, a) => test(r.self, s(a[0]), n(a[1])),
    ],
    [
      `bool ${name}(string value, bool ignoreCase, cultureinfo culture)`,
      (r, a) => test(r.self, s(a[0]), a[1] ? 1 : 0),
    ],
    [`bool ${name}(char value)`, (r, a) => test(r.self, s(a[0]), 4)],
  );
};

const trimMethod = (name: string, start: boolean, end: boolean) =>
  m<string>(
    name,
    [`string ${name}()`, (r) => trimChars(r.self, null, start, end)],
    [`string ${name}(char trimChar)`, (r, a) => trimChars(r.self, [s(a[0])], start, end)],
    [`string ${name}(params char[] trimChars)`, (r, a) => trimChars(r.self, a[0] as string[], start, end)],
  );

const indexMethod = (name: 'IndexOf' | 'LastIndexOf') => {
  const last = name === 'LastIndexOf';
  const from = (text: string, a: unknown[], i: number): number =>
    a.length > i ? n(a[i]) : last ? text.length : 0;
  return m<string>(
    name,
    [`int ${name}(char value)`, (r, a) => indexOf(r.self, s(a[0]), last ? r.self.length : 0, 4, last)],
    [
      `int ${name}(char value, int startIndex)`,
      (r, a) => indexOf(r.self, s(a[0]), from(r.self, a, 1), 4, last),
    ],
    [`int ${name}(string value)`, (r, a) => indexOf(r.self, s(a[0]), last ? r.self.length : 0, 0, last)],
    [
      `int ${name}(string value, int startIndex)`,
      (r, a) => indexOf(r.self, s(a[0]), from(r.self, a, 1), 0, last),
    ],
    [
      `int ${name}(string value, System.StringComparison comparisonType)`,
      (r, a) => indexOf(r.self, s(a[0]), last ? r.self.length : 0, n(a[1]), last),
    ],
    [
      `int ${name}(string value, int startIndex, int count)`,
      (r, a) => {
        const start = n(a[1]);
        const found = indexOf(r.self, s(a[0]), start, 0, last);
        const inWindow = last
          ? found > start - n(a[2])
          : found >= 0 && found + s(a[0]).length <= start + n(a[2]);
        return found >= 0 && inWindow ? found : -1;
      },
    ],
    [
      `int ${name}(string value, int startIndex, System.StringComparison comparisonType)`,
      (r, a) => indexOf(r.self, s(a[0]), n(a[1]), n(a[2]), last),
    ],
  );
};

const splitOverloads = m<string>(
  'Split',
  ['string[] Split(params char[] separator)', (r, a) => splitString(r.self, a[0] as string[])],
  // .NET Core's Split(string separator, options = None): PowerShell 7 binds one string argument here, splitting on the whole string.
  ['string[] Split(string separator)', (r, a) => splitString(r.self, [s(a[0])])],
  [
    'string[] Split(char separator, System.StringSplitOptions options)',
    (r, a) => splitString(r.self, [s(a[0])], undefined, n(a[1])),
  ],
  [
    'string[] Split(char separator, int count, System.StringSplitOptions options)',
    (r, a) => splitString(r.self, [s(a[0])], n(a[1]), n(a[2])),
  ],
  ['string[] Split(char[] separator, int count)', (r, a) => splitString(r.self, a[0] as string[], n(a[1]))],
  [
    'string[] Split(char[] separator, System.StringSplitOptions options)',
    (r, a) => splitString(r.self, a[0] as string[], undefined, n(a[1])),
  ],
  [
    'string[] Split(char[] separator, int count, System.StringSplitOptions options)',
    (r, a) => splitString(r.self, a[0] as string[], n(a[1]), n(a[2])),
  ],
  [
    'string[] Split(string separator, System.StringSplitOptions options)',
    (r, a) => splitString(r.self, [s(a[0])], undefined, n(a[1])),
  ],
  [
    'string[] Split(string separator, int count, System.StringSplitOptions options)',
    (r, a) => splitString(r.self, [s(a[0])], n(a[1]), n(a[2])),
  ],
  [
    'string[] Split(string[] separator, System.StringSplitOptions options)',
    (r, a) => splitString(r.self, a[0] as string[], undefined, n(a[1])),
  ],
  [
    'string[] Split(string[] separator, int count, System.StringSplitOptions options)',
    (r, a) => splitString(r.self, a[0] as string[], n(a[1]), n(a[2])),
  ],
);

export const StringAdapter = adapter<string>(
  [['Length', 'int', (v) => v.length]],
  [
    m<string>(
      'ToUpper',
      ['string ToUpper()', (r) => r.self.toUpperCase()],
      ['string ToUpper(cultureinfo culture)', (r) => r.self.toUpperCase()],
    ),
    m<string>(
      'ToLower',
      ['string ToLower()', (r) => r.self.toLowerCase()],
      ['string ToLower(cultureinfo culture)', (r) => r.self.toLowerCase()],
    ),
    m<string>('ToUpperInvariant', ['string ToUpperInvariant()', (r) => r.self.toUpperCase()]),
    m<string>('ToLowerInvariant', ['string ToLowerInvariant()', (r) => r.self.toLowerCase()]),
    trimMethod('Trim', true, true),
    trimMethod('TrimStart', true, false),
    trimMethod('TrimEnd', false, true),
    splitOverloads,
    m<string>(
      'Substring',
      [
        'string Substring(int startIndex)',
        (r, a) => {
          checkRange(r.self, n(a[0]));
          return r.self.slice(n(a[0]));
        },
      ],
      [
        'string Substring(int startIndex, int length)',
        (r, a) => {
          checkRange(r.self, n(a[0]), n(a[1]));
          return r.self.slice(n(a[0]), n(a[0]) + n(a[1]));
        },
      ],
    ),
    m<string>(
      'Replace',
      [
        'string Replace(string oldValue, string newValue)',
        (r, a) => replaceAll(r.self, s(a[0]), a[1] as string | null, false),
      ],
      ['string Replace(char oldChar, char newChar)', (r, a) => r.self.split(s(a[0])).join(s(a[1]))],
      [
        'string Replace(string oldValue, string newValue, System.StringComparison comparisonType)',
        (r, a) => replaceAll(r.self, s(a[0]), a[1] as string | null, ignoresCase(n(a[2]))),
      ],
      [
        'string Replace(string oldValue, string newValue, bool ignoreCase, cultureinfo culture)',
        (r, a) => replaceAll(r.self, s(a[0]), a[1] as string | null, Boolean(a[2])),
      ],
    ),
    m<string>(
      'Contains',
      ['bool Contains(string value)', (r, a) => r.self.includes(s(a[0]))],
      ['bool Contains(char value)', (r, a) => r.self.includes(s(a[0]))],
      [
        'bool Contains(string value, System.StringComparison comparisonType)',
        (r, a) => indexOf(r.self, s(a[0]), 0, n(a[1]), false) >= 0,
      ],
      [
        'bool Contains(char value, System.StringComparison comparisonType)',
        (r, a) => indexOf(r.self, s(a[0]), 0, n(a[1]), false) >= 0,
      ],
    ),
    startsEnds('StartsWith'),
    startsEnds('EndsWith'),
    indexMethod('IndexOf'),
    indexMethod('LastIndexOf'),
    m<string>(
      'IndexOfAny',
      ['int IndexOfAny(char[] anyOf)', (r, a) => [...r.self].findIndex((c) => chars(a[0]).includes(c))],
      [
        'int IndexOfAny(char[] anyOf, int startIndex)',
        (r, a) => {
          const i = [...r.self.slice(n(a[1]))].findIndex((c) => chars(a[0]).includes(c));
          return i < 0 ? -1 : i + n(a[1]);
        },
      ],
    ),
    m<string>('LastIndexOfAny', [
      'int LastIndexOfAny(char[] anyOf)',
      (r, a) => {
        for (let i = r.self.length - 1; i >= 0; i--) if (chars(a[0]).includes(r.self[i]!)) return i;
        return -1;
      },
    ]),
    m<string>(
      'PadLeft',
      ['string PadLeft(int totalWidth)', (r, a) => pad(r.self, n(a[0]), ' ', true)],
      ['string PadLeft(int totalWidth, char paddingChar)', (r, a) => pad(r.self, n(a[0]), s(a[1]), true)],
    ),
    m<string>(
      'PadRight',
      ['string PadRight(int totalWidth)', (r, a) => pad(r.self, n(a[0]), ' ', false)],
      ['string PadRight(int totalWidth, char paddingChar)', (r, a) => pad(r.self, n(a[0]), s(a[1]), false)],
    ),
    m<string>('Insert', [
      'string Insert(int startIndex, string value)',
      (r, a) => {
        checkRange(r.self, n(a[0]));
        return r.self.slice(0, n(a[0])) + s(a[1]) + r.self.slice(n(a[0]));
      },
    ]),
    m<string>(
      'Remove',
      [
        'string Remove(int startIndex)',
        (r, a) => {
          if (n(a[0]) < 0 || n(a[0]) >= r.self.length) {
            throw dotNetError(
              'System.ArgumentOutOfRangeException',
              "startIndex must be less than length of string. (Parameter 'startIndex')",
            );
          }
          return r.self.slice(0, n(a[0]));
        },
      ],
      [
        'string Remove(int startIndex, int count)',
        (r, a) => {
          if (n(a[0]) < 0 || n(a[1]) < 0 || n(a[0]) + n(a[1]) > r.self.length) {
            throw dotNetError(
              'System.ArgumentOutOfRangeException',
              "Index and count must refer to a location within the string. (Parameter 'count')",
            );
          }
          return r.self.slice(0, n(a[0])) + r.self.slice(n(a[0]) + n(a[1]));
        },
      ],
    ),
    m<string>(
      'ToCharArray',
      [
        'char[] ToCharArray()',
        (r) =>
          withElementType(
            [...r.self].map((c) => PSChar.of(c)),
            'System.Char',
          ),
      ],
      [
        'char[] ToCharArray(int startIndex, int length)',
        (r, a) => {
          checkRange(r.self, n(a[0]), n(a[1]));
          return withElementType(
            [...r.self.slice(n(a[0]), n(a[0]) + n(a[1]))].map((c) => PSChar.of(c)),
            'System.Char',
          );
        },
      ],
    ),
    m<string>('Chars', [
      'char Chars(int index)',
      (r, a) => {
        if (n(a[0]) < 0 || n(a[0]) >= r.self.length)
          throw dotNetError('System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
        return PSChar.of(r.self[n(a[0])]!);
      },
    ]),
    m<string>(
      'Equals',
      ['bool Equals(System.Object obj)', (r, a) => a[0] === r.self],
      [
        'bool Equals(string value, System.StringComparison comparisonType)',
        (r, a) => compareStrings(r.self, a[0] as string | null, ignoresCase(n(a[1])) ? 5 : 4) === 0,
      ],
    ),
    m<string>('CompareTo', [
      'int CompareTo(System.Object value)',
      (r, a) => (a[0] === null ? 1 : compareStrings(r.self, String(a[0]))),
    ]),
    m<string>(
      'Normalize',
      ['string Normalize()', (r) => r.self.normalize('NFC')],
      [
        'string Normalize(System.Text.NormalizationForm normalizationForm)',
        (r, a) =>
          r.self.normalize(({ 1: 'NFC', 2: 'NFD', 5: 'NFKC', 6: 'NFKD' } as const)[n(a[0]) as 1] ?? 'NFC'),
      ],
    ),
    m<string>('IsNormalized', ['bool IsNormalized()', (r) => r.self === r.self.normalize('NFC')]),
    m<string>('Clone', ['System.Object Clone()', (r) => r.self]),
    m<string>(
      'ToString',
      ['string ToString()', (r) => r.self],
      ['string ToString(System.IFormatProvider provider)', (r) => r.self],
    ),
  ],
);
