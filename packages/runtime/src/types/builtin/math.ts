// [System.Math]: rounding (banker's by default, as .NET), Min/Max, powers, logarithms, trigonometry.
import { INT64_MIN, PSInt64, int64Value } from '../../values/ps-int64.js';
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { constant, num } from './define.js';

/** .NET Math.Round(value, digits, mode): scale by 10^digits, round, unscale (so 2.675 -> 2.67 as in .NET). */
export function roundNumber(value: number, digits = 0, mode = 0): number {
  if (!Number.isFinite(value)) return value;
  const power = 10 ** digits;
  const scaled = digits ? value * power : value;
  let r: number;
  switch (mode) {
    case 1: {
      const t = Math.trunc(scaled);
      r = Math.abs(scaled - t) >= 0.5 ? t + Math.sign(scaled) : t;
      break;
    }
    case 2:
      r = Math.trunc(scaled);
      break;
    case 3:
      r = Math.floor(scaled);
      break;
    case 4:
      r = Math.ceil(scaled);
      break;
    default: {
      const floor = Math.floor(scaled);
      const diff = scaled - floor;
      r = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
    }
  }
  return digits ? r / power : r;
}

function checkDigits(digits: number): number {
  if (digits < 0 || digits > 15) {
    throw dotNetError(
      'System.ArgumentOutOfRangeException',
      "Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')",
    );
  }
  return digits;
}

const NEGATE_MIN = 'Negating the minimum value of a twos complement number is invalid.';

function absInt(v: number): number {
  if (v === -2147483648) throw dotNetError('System.OverflowException', NEGATE_MIN);
  return Math.abs(v);
}

/** A [long] argument's exact value (the binder hands a PSInt64). */
function longOf(v: unknown): bigint {
  return v instanceof PSInt64 ? v.value : BigInt(v as number);
}

function bigMax(x: bigint, y: bigint): bigint {
  return x >= y ? x : y;
}

function absLong(v: unknown): PSInt64 {
  const x = longOf(v);
  if (x === INT64_MIN) throw dotNetError('System.OverflowException', NEGATE_MIN);
  return int64Value(x < 0n ? -x : x);
}

const unary = (name: string, fn: (x: number) => number) =>
  method<null>(name, [`static double ${name}(double d)`, (_t, a) => fn(num(a[0]))]);

export const MathType: TypeInfoInit = {
  fullName: 'System.Math',
  staticProperties: [
    constant('PI', 'double', Math.PI),
    constant('E', 'double', Math.E),
    constant('Tau', 'double', 2 * Math.PI),
  ],
  staticMethods: [
    method<null>(
      'Round',
      ['static double Round(double a)', (_t, a) => roundNumber(num(a[0]))],
      [
        'static double Round(double value, int digits)',
        (_t, a) => roundNumber(num(a[0]), checkDigits(num(a[1]))),
      ],
      [
        'static double Round(double value, System.MidpointRounding mode)',
        (_t, a) => roundNumber(num(a[0]), 0, num(a[1])),
      ],
      [
        'static double Round(double value, int digits, System.MidpointRounding mode)',
        (_t, a) => roundNumber(num(a[0]), checkDigits(num(a[1])), num(a[2])),
      ],
    ),
    unary('Floor', Math.floor),
    unary('Ceiling', Math.ceil),
    unary('Truncate', Math.trunc),
    unary('Sqrt', Math.sqrt),
    unary('Exp', Math.exp),
    unary('Log10', Math.log10),
    unary('Log2', Math.log2),
    unary('Sin', Math.sin),
    unary('Cos', Math.cos),
    unary('Tan', Math.tan),
    unary('Asin', Math.asin),
    unary('Acos', Math.acos),
    unary('Atan', Math.atan),
    unary('Cbrt', Math.cbrt),
    method<null>(
      'Abs',
      ['static double Abs(double value)', (_t, a) => Math.abs(num(a[0]))],
      ['static int Abs(int value)', (_t, a) => absInt(num(a[0]))],
      ['static long Abs(long value)', (_t, a) => absLong(a[0])],
    ),
    method<null>('Sign', ['static int Sign(double value)', (_t, a) => Math.sign(num(a[0]))]),
    method<null>(
      'Max',
      ['static double Max(double val1, double val2)', (_t, a) => Math.max(num(a[0]), num(a[1]))],
      ['static int Max(int val1, int val2)', (_t, a) => Math.max(num(a[0]), num(a[1]))],
      ['static long Max(long val1, long val2)', (_t, a) => int64Value(bigMax(longOf(a[0]), longOf(a[1])))],
    ),
    method<null>(
      'Min',
      ['static double Min(double val1, double val2)', (_t, a) => Math.min(num(a[0]), num(a[1]))],
      ['static int Min(int val1, int val2)', (_t, a) => Math.min(num(a[0]), num(a[1]))],
      ['static long Min(long val1, long val2)', (_t, a) => int64Value(-bigMax(-longOf(a[0]), -longOf(a[1])))],
    ),
    method<null>('Pow', ['static double Pow(double x, double y)', (_t, a) => num(a[0]) ** num(a[1])]),
    method<null>('Atan2', [
      'static double Atan2(double y, double x)',
      (_t, a) => Math.atan2(num(a[0]), num(a[1])),
    ]),
    method<null>(
      'Log',
      ['static double Log(double d)', (_t, a) => Math.log(num(a[0]))],
      ['static double Log(double a, double newBase)', (_t, a) => Math.log(num(a[0])) / Math.log(num(a[1]))],
    ),
    method<null>('Clamp', [
      'static double Clamp(double value, double min, double max)',
      (_t, a) => Math.min(Math.max(num(a[0]), num(a[1])), num(a[2])),
    ]),
    method<null>('BigMul', [
      'static long BigMul(int a, int b)',
      (_t, a) => int64Value(BigInt(num(a[0])) * BigInt(num(a[1]))),
    ]),
  ],
};
