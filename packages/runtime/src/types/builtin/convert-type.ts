// [System.Convert]: Base64, base conversions, ToInt32/ToString/ToDateTime/ToBoolean/ToDouble.
import { PSChar } from '../../values/ps-char.js';
import { PSDateTime } from '../../values/ps-datetime.js';
import { withElementType } from '../../values/type-names.js';
import { roundHalfEven, unwrap } from '../argument-conversion.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { parseDateTime } from './datetime-parse.js';
import { num, str } from './define.js';

function toBytes(value: unknown): number[] {
  const v = unwrap(value);
  if (!Array.isArray(v))
    throw dotNetError('System.ArgumentNullException', "Value cannot be null. (Parameter 'inArray')");
  return v.map((b) => Number(b) & 255);
}

function fromBase64(text: string): number[] {
  const t = text.replace(/[\s]/g, '');
  if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(t)) {
    throw dotNetError(
      'System.FormatException',
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.',
    );
  }
  return withElementType([...Buffer.from(t, 'base64')], 'System.Byte');
}

const RANGES: Record<string, readonly [number, number, string]> = {
  ToInt32: [-2147483648, 2147483647, 'Int32'],
  ToInt64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 'Int64'],
  ToInt16: [-32768, 32767, 'Int16'],
  ToByte: [0, 255, 'Byte'],
  ToUInt32: [0, 4294967295, 'UInt32'],
};

/** Convert.ToInt32(object): doubles round half to even; strings parse as integers only. */
function toInteger(name: string, value: unknown): number {
  const [min, max, short] = RANGES[name]!;
  const v = unwrap(value);
  let n: number;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'boolean') n = v ? 1 : 0;
  else if (typeof v === 'string') {
    if (!/^\s*[+-]?\d+\s*$/.test(v))
      throw dotNetError('System.FormatException', `The input string '${v}' was not in a correct format.`);
    n = Number(v);
  } else n = roundHalfEven(Number(v));
  if (Number.isNaN(n) || n < min || n > max)
    throw dotNetError(
      'System.OverflowException',
      `Value was either too large or too small for ${/^[AEIOU]/.test(short) ? 'an' : 'a'} ${short}.`,
    );
  return n;
}

/** Convert.ToInt32(string, fromBase): bases 2, 8, 10, 16; two's complement for 32-bit overflow as .NET. */
function parseInBase(text: string, base: number, bits: number): number {
  if (![2, 8, 10, 16].includes(base)) throw dotNetError('System.ArgumentException', 'Invalid Base.');
  let t = text.trim();
  if (base === 16) t = t.replace(/^0x/i, '');
  const digits = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[+-]?\d+$/, 16: /^[0-9a-f]+$/i }[base as 2]!;
  if (!digits.test(t)) throw dotNetError('System.FormatException', 'Could not find any recognizable digits.');
  let n = base === 10 ? Number(t) : parseInt(t, base);
  if (base !== 10 && bits === 32 && n > 0x7fffffff && n <= 0xffffffff) n -= 0x100000000;
  return n;
}

function toStringInBase(value: number, base: number): string {
  if (![2, 8, 10, 16].includes(base)) throw dotNetError('System.ArgumentException', 'Invalid Base.');
  if (base === 10) return String(value);
  const n = value < 0 ? value + 0x100000000 : value;
  return n.toString(base);
}

const intMethod = (name: string) =>
  method<null>(
    name,
    [
      `static ${RANGES[name]![2].toLowerCase()} ${name}(System.Object value)`,
      (_t, a) => toInteger(name, a[0]),
    ],
    [
      `static ${RANGES[name]![2].toLowerCase()} ${name}(string value, int fromBase)`,
      (_t, a) => parseInBase(str(a[0]), num(a[1]), name === 'ToInt64' ? 64 : 32),
    ],
  );

export const ConvertType: TypeInfoInit = {
  fullName: 'System.Convert',
  staticMethods: [
    method<null>(
      'ToBase64String',
      [
        'static string ToBase64String(byte[] inArray)',
        (_t, a) => Buffer.from(toBytes(a[0])).toString('base64'),
      ],
      [
        'static string ToBase64String(byte[] inArray, int offset, int length)',
        (_t, a) => Buffer.from(toBytes(a[0]).slice(num(a[1]), num(a[1]) + num(a[2]))).toString('base64'),
      ],
    ),
    method<null>('FromBase64String', [
      'static byte[] FromBase64String(string s)',
      (_t, a) => fromBase64(str(a[0])),
    ]),
    method<null>('ToHexString', [
      'static string ToHexString(byte[] inArray)',
      (_t, a) => Buffer.from(toBytes(a[0])).toString('hex').toUpperCase(),
    ]),
    method<null>('FromHexString', [
      'static byte[] FromHexString(string s)',
      (_t, a) => {
        if (!/^([0-9a-f]{2})*$/i.test(str(a[0])))
          throw dotNetError(
            'System.FormatException',
            'The input is not a valid hex string as it contains a non-hex character.',
          );
        return withElementType([...Buffer.from(str(a[0]), 'hex')], 'System.Byte');
      },
    ]),
    intMethod('ToInt32'),
    intMethod('ToInt64'),
    intMethod('ToInt16'),
    intMethod('ToByte'),
    intMethod('ToUInt32'),
    method<null>('ToDouble', [
      'static double ToDouble(System.Object value)',
      (_t, a) => {
        const v = unwrap(a[0]);
        if (v === null) return 0;
        if (typeof v === 'boolean') return v ? 1 : 0;
        const n = Number(typeof v === 'string' ? v.trim() : v);
        if (typeof v === 'string' && (v.trim() === '' || Number.isNaN(n)))
          throw dotNetError('System.FormatException', `The input string '${v}' was not in a correct format.`);
        return n;
      },
    ]),
    method<null>('ToBoolean', [
      'static bool ToBoolean(System.Object value)',
      (_t, a) => {
        const v = unwrap(a[0]);
        if (v === null) return false;
        if (typeof v === 'string') {
          const t = v.trim().toLowerCase();
          if (t !== 'true' && t !== 'false')
            throw dotNetError(
              'System.FormatException',
              `String '${v}' was not recognized as a valid Boolean.`,
            );
          return t === 'true';
        }
        return typeof v === 'boolean' ? v : Number(v) !== 0;
      },
    ]),
    method<null>(
      'ToString',
      ['static string ToString(System.Object value)', (_t, a) => (a[0] === null ? '' : String(unwrap(a[0])))],
      ['static string ToString(long value, int toBase)', (_t, a) => toStringInBase(num(a[0]), num(a[1]))],
    ),
    method<null>('ToDateTime', [
      'static datetime ToDateTime(System.Object value)',
      (_t, a) => {
        const v = unwrap(a[0]);
        if (v === null) return new PSDateTime(0n);
        if (v instanceof PSDateTime) return v;
        const d = parseDateTime(String(v));
        if (!d)
          throw dotNetError(
            'System.FormatException',
            `String '${String(v)}' was not recognized as a valid DateTime.`,
          );
        return d;
      },
    ]),
    method<null>('ToChar', ['static char ToChar(int value)', (_t, a) => new PSChar(num(a[0]))]),
  ],
};
