// Turns a scanned numeric literal into its value and .NET type, as PowerShell's TryGetNumberValue does.
import type { NumberKind } from '../ast/expressions.js';

export interface NumberValue {
  readonly value: number | bigint;
  readonly numberKind: NumberKind;
  readonly decimalText?: string;
}

export const NumberSuffix = {
  None: 0,
  Signed: 0x1,
  Unsigned: 0x2,
  Short: 0x4,
  Long: 0x8,
  Decimal: 0x10,
  SignedByte: 0x20,
  BigInteger: 0x40,
} as const;

export type NumberFormat = 'Decimal' | 'Hex' | 'Binary';

const I32_MIN = -(2n ** 31n);
const I32_MAX = 2n ** 31n - 1n;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
const U64_MAX = 2n ** 64n - 1n;
const DECIMAL_MAX = 79228162514264337593543950335n;

function fromBig(v: bigint, kind: NumberKind): NumberValue {
  const safe = v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER);
  if (kind === 'BigInteger' || ((kind === 'Int64' || kind === 'UInt64') && !safe))
    return { value: v, numberKind: kind };
  return { value: Number(v), numberKind: kind };
}

function inRange(v: bigint, lo: bigint, hi: bigint): boolean {
  return v >= lo && v <= hi;
}

/** Applies an explicit integer suffix; null when the value does not fit. */
function withIntegerSuffix(v: bigint, suffix: number): NumberValue | null {
  const S = NumberSuffix;
  switch (suffix) {
    case S.Long:
      return inRange(v, I64_MIN, I64_MAX) ? fromBig(v, 'Int64') : null;
    case S.Short:
      return inRange(v, -32768n, 32767n) ? fromBig(v, 'Int16') : null;
    case S.SignedByte:
      return inRange(v, -128n, 127n) ? fromBig(v, 'SByte') : null;
    case S.Unsigned:
      if (inRange(v, 0n, 4294967295n)) return fromBig(v, 'UInt32');
      return inRange(v, 0n, U64_MAX) ? fromBig(v, 'UInt64') : null;
    case S.Unsigned | S.Long:
      return inRange(v, 0n, U64_MAX) ? fromBig(v, 'UInt64') : null;
    case S.Unsigned | S.Short:
      return inRange(v, 0n, 65535n) ? fromBig(v, 'UInt16') : null;
    case S.Unsigned | S.SignedByte:
      return inRange(v, 0n, 255n) ? fromBig(v, 'Byte') : null;
    case S.BigInteger:
      return fromBig(v, 'BigInteger');
    case S.Decimal:
      return inRange(v, -DECIMAL_MAX, DECIMAL_MAX)
        ? { value: Number(v), numberKind: 'Decimal', decimalText: v.toString() }
        : null;
    default:
      if (inRange(v, I32_MIN, I32_MAX)) return fromBig(v, 'Int32');
      if (inRange(v, I64_MIN, I64_MAX)) return fromBig(v, 'Int64');
      if (inRange(v, -DECIMAL_MAX, DECIMAL_MAX))
        return { value: Number(v), numberKind: 'Decimal', decimalText: v.toString() };
      return { value: Number(v), numberKind: 'Double' };
  }
}

/** Reinterprets hex/binary digits as two's complement of the smallest fitting width (0xFFFFFFFF is -1). */
function signedFromBits(v: bigint, digitsBits: number, suffix: number): bigint {
  if (suffix & NumberSuffix.Unsigned || suffix === NumberSuffix.BigInteger) return v;
  if (suffix === NumberSuffix.Short && digitsBits <= 16 && v >= 0x8000n) return v - 0x10000n;
  if (suffix === NumberSuffix.SignedByte && digitsBits <= 8 && v >= 0x80n) return v - 0x100n;
  if (suffix === NumberSuffix.Long && digitsBits <= 64 && v >= 2n ** 63n) return v - 2n ** 64n;
  if (suffix === NumberSuffix.None) {
    if (digitsBits <= 32 && v >= 2n ** 31n) return v - 2n ** 32n;
    if (digitsBits > 32 && digitsBits <= 64 && v >= 2n ** 63n) return v - 2n ** 64n;
  }
  return v;
}

/**
 * `text` is the literal without suffix/multiplier (sign included, dashes already `-`; hex without `0x`).
 * Returns null when PowerShell reports BadNumericConstant (value out of range for the suffix).
 */
export function numberValue(
  text: string,
  format: NumberFormat,
  suffix: number,
  real: boolean,
  multiplier: number,
): NumberValue | null {
  if (real) {
    if (suffix === NumberSuffix.Decimal) {
      const n = Number(text) * multiplier;
      if (!Number.isFinite(n) || Math.abs(n) > 7.922816251426434e28) return null;
      return {
        value: n,
        numberKind: 'Decimal',
        decimalText: multiplier === 1 ? normalizeDecimal(text) : String(n),
      };
    }
    const d = Number(text) * multiplier;
    if (suffix === NumberSuffix.None) return { value: d, numberKind: 'Double' };
    // A real with an integer suffix converts when it is integral (PowerShell rounds half to even).
    if (!Number.isFinite(d)) return null;
    const rounded = roundHalfEven(d);
    return withIntegerSuffix(BigInt(rounded), suffix);
  }
  // Fast path: a short plain decimal integer is an Int32 (the overwhelmingly common literal).
  if (format === 'Decimal' && suffix === NumberSuffix.None && multiplier === 1 && text.length <= 9) {
    const n = Number(text);
    if (Number.isInteger(n)) return { value: n, numberKind: 'Int32' };
  }
  let negative = false;
  let digits = text;
  if (digits.startsWith('-')) {
    negative = true;
    digits = digits.slice(1);
  } else if (digits.startsWith('+')) digits = digits.slice(1);
  let v: bigint;
  if (format === 'Hex') {
    digits = digits.replace(/^0+(?=.)/, '');
    v = BigInt('0x' + digits);
    v = signedFromBits(v, digits.length * 4, suffix);
  } else if (format === 'Binary') {
    digits = digits.replace(/^0+(?=.)/, '');
    v = BigInt('0b' + digits);
    v = signedFromBits(v, digits.length, suffix);
  } else {
    v = BigInt(digits);
  }
  if (negative) v = -v;
  // Without a suffix a hex or binary literal must fit in 64 bits.
  if (format !== 'Decimal' && suffix === NumberSuffix.None && !inRange(v, I64_MIN, I64_MAX)) return null;
  v *= BigInt(multiplier);
  return withIntegerSuffix(v, suffix);
}

function roundHalfEven(d: number): number {
  const f = Math.floor(d);
  const diff = d - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function normalizeDecimal(text: string): string {
  return text.startsWith('+') ? text.slice(1) : text;
}
