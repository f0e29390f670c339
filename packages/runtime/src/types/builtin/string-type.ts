// [System.String] statics: Empty, IsNullOrEmpty, IsNullOrWhiteSpace, Join, Concat, Compare, Equals, new.
import { compositeFormat } from '../../text/composite-format.js';
import { PSChar } from '../../values/ps-char.js';
import { methodEnum } from '../enum-tables.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { constant, num, str } from './define.js';
import { lazyCollator } from '../../text/lazy-collator.js';

const culture = lazyCollator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });
const cultureIgnoreCase = lazyCollator('en-US', { sensitivity: 'accent' });

/** String.Compare with a StringComparison value (0..5); culture comparisons use en-US collation. */
export function compareStrings(a: string | null, b: string | null, comparison = 0): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);
  switch (comparison) {
    case 4:
      return a < b ? -1 : a > b ? 1 : 0;
    case 5: {
      const x = a.toUpperCase();
      const y = b.toUpperCase();
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 1:
    case 3:
      return sign(cultureIgnoreCase().compare(a, b));
    default:
      return sign(culture().compare(a, b));
  }
}

/** Whether a StringComparison value ignores case. */
export function ignoresCase(comparison: number): boolean {
  return comparison === 1 || comparison === 3 || comparison === 5;
}

/** .NET's Char.IsWhiteSpace set (Unicode White_Space). */
export function isWhiteSpace(ch: string): boolean {
  return /^[\s\u0085]$/u.test(ch);
}

export const comparisonName = (n: number): string =>
  Object.entries(methodEnum('StringComparison')!.values).find(([, v]) => v === n)?.[0] ?? String(n);

export const StringType: TypeInfoInit = {
  fullName: 'System.String',
  interfaces: [
    'System.IComparable',
    'System.ICloneable',
    'System.IConvertible',
    'System.Collections.IEnumerable',
  ],
  isInstance: (v) => typeof v === 'string',
  staticProperties: [constant('Empty', 'string', '')],
  staticMethods: [
    method<null>('IsNullOrEmpty', [
      'static bool IsNullOrEmpty(string value)',
      (_t, a) => a[0] === null || a[0] === '',
    ]),
    method<null>('IsNullOrWhiteSpace', [
      'static bool IsNullOrWhiteSpace(string value)',
      (_t, a) => a[0] === null || [...str(a[0])].every(isWhiteSpace),
    ]),
    method<null>(
      'Join',
      [
        'static string Join(string separator, params string[] value)',
        (_t, a) => (a[1] as (string | null)[]).map((s) => s ?? '').join(str(a[0])),
      ],
      [
        'static string Join(char separator, params string[] value)',
        (_t, a) => (a[1] as (string | null)[]).map((s) => s ?? '').join(str(a[0])),
      ],
      [
        'static string Join(string separator, string[] value, int startIndex, int count)',
        (_t, a) =>
          (a[1] as (string | null)[])
            .slice(num(a[2]), num(a[2]) + num(a[3]))
            .map((s) => s ?? '')
            .join(str(a[0])),
      ],
    ),
    method<null>(
      'Format',
      [
        'static string Format(string format, params System.Object[] args)',
        (_t, a) => compositeFormat(str(a[0]), a[1] as unknown[]),
      ],
      [
        'static string Format(System.IFormatProvider provider, string format, params System.Object[] args)',
        (_t, a) => compositeFormat(str(a[1]), a[2] as unknown[]),
      ],
    ),
    method<null>('Concat', [
      'static string Concat(params string[] values)',
      (_t, a) => (a[0] as (string | null)[]).map((s) => s ?? '').join(''),
    ]),
    method<null>(
      'Compare',
      [
        'static int Compare(string strA, string strB)',
        (_t, a) => compareStrings(a[0] as string | null, a[1] as string | null),
      ],
      [
        'static int Compare(string strA, string strB, bool ignoreCase)',
        (_t, a) => compareStrings(a[0] as string | null, a[1] as string | null, a[2] ? 1 : 0),
      ],
      [
        'static int Compare(string strA, string strB, System.StringComparison comparisonType)',
        (_t, a) => compareStrings(a[0] as string | null, a[1] as string | null, num(a[2])),
      ],
    ),
    method<null>('CompareOrdinal', [
      'static int CompareOrdinal(string strA, string strB)',
      (_t, a) => compareStrings(a[0] as string | null, a[1] as string | null, 4),
    ]),
    method<null>(
      'Equals',
      ['static bool Equals(string a, string b)', (_t, a) => a[0] === a[1]],
      [
        'static bool Equals(string a, string b, System.StringComparison comparisonType)',
        (_t, a) =>
          compareStrings(a[0] as string | null, a[1] as string | null, ignoresCase(num(a[2])) ? 5 : 4) === 0,
      ],
    ),
  ],
  constructors: method<null>(
    'new',
    ['string new(char c, int count)', (_t, a) => str(a[0]).repeat(num(a[1]))],
    ['string new(char[] value)', (_t, a) => (a[0] as string[]).join('')],
    [
      'string new(char[] value, int startIndex, int length)',
      (_t, a) => (a[0] as string[]).slice(num(a[1]), num(a[1]) + num(a[2])).join(''),
    ],
  ),
};

const charTest = (name: string, test: (c: string) => boolean) =>
  method<null>(
    name,
    [`static bool ${name}(char c)`, (_t, a) => test(str(a[0]))],
    [`static bool ${name}(string s, int index)`, (_t, a) => test(str(a[0]).charAt(num(a[1])))],
  );

export const CharType: TypeInfoInit = {
  fullName: 'System.Char',
  baseType: 'System.ValueType',
  isValueType: true,
  isInstance: (v) => v instanceof PSChar,
  staticProperties: [
    constant('MinValue', 'char', new PSChar(0)),
    constant('MaxValue', 'char', new PSChar(0xffff)),
  ],
  staticMethods: [
    charTest('IsDigit', (c) => /^\p{Nd}$/u.test(c)),
    charTest('IsNumber', (c) => /^\p{N}$/u.test(c)),
    charTest('IsLetter', (c) => /^\p{L}$/u.test(c)),
    charTest('IsLetterOrDigit', (c) => /^[\p{L}\p{Nd}]$/u.test(c)),
    charTest('IsWhiteSpace', isWhiteSpace),
    charTest('IsUpper', (c) => /^\p{Lu}$/u.test(c)),
    charTest('IsLower', (c) => /^\p{Ll}$/u.test(c)),
    charTest('IsPunctuation', (c) => /^\p{P}$/u.test(c)),
    charTest('IsSymbol', (c) => /^\p{S}$/u.test(c)),
    charTest('IsControl', (c) => /^\p{Cc}$/u.test(c)),
    charTest('IsSeparator', (c) => /^\p{Z}$/u.test(c)),
    charTest('IsSurrogate', (c) => /^[\uD800-\uDFFF]$/.test(c)),
    method<null>('ToUpper', ['static char ToUpper(char c)', (_t, a) => PSChar.of(str(a[0]).toUpperCase())]),
    method<null>('ToLower', ['static char ToLower(char c)', (_t, a) => PSChar.of(str(a[0]).toLowerCase())]),
    method<null>('ToString', ['static string ToString(char c)', (_t, a) => str(a[0])]),
    method<null>('GetNumericValue', [
      'static double GetNumericValue(char c)',
      (_t, a) => (/^\d$/.test(str(a[0])) ? Number(a[0]) : -1),
    ]),
    method<null>('ConvertFromUtf32', [
      'static string ConvertFromUtf32(int utf32)',
      (_t, a) => String.fromCodePoint(num(a[0])),
    ]),
    method<null>('ConvertToUtf32', [
      'static int ConvertToUtf32(string s, int index)',
      (_t, a) => str(a[0]).codePointAt(num(a[1])) ?? 0,
    ]),
  ],
};

export const BooleanType: TypeInfoInit = {
  fullName: 'System.Boolean',
  baseType: 'System.ValueType',
  isValueType: true,
  isInstance: (v) => typeof v === 'boolean',
  staticProperties: [constant('TrueString', 'string', 'True'), constant('FalseString', 'string', 'False')],
  staticMethods: [
    method<null>('Parse', [
      'static bool Parse(string value)',
      (_t, a) => {
        const t = str(a[0]).trim().toLowerCase();
        if (t === 'true' || t === 'false') return t === 'true';
        throw dotNetError(
          'System.FormatException',
          `String '${str(a[0])}' was not recognized as a valid Boolean.`,
        );
      },
    ]),
  ],
};
