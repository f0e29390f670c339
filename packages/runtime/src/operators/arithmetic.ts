// Binary arithmetic (+ - * / %) and unary minus with PowerShell's operand rules (left operand decides).
import { PSChar } from '../values/ps-char.js';
import { PSDateTime } from '../values/ps-datetime.js';
import { DotNetError } from '../values/dotnet-error.js';
import { PSDecimal } from '../values/ps-decimal.js';
import { PSInt64, INT64_MIN, inInt64Range, int64Value } from '../values/ps-int64.js';
import { PSDouble, doubleValue, isDouble } from '../values/ps-double.js';
import {
  PSUInt64,
  UINT32_MAX,
  UINT64_MAX,
  isUnsigned,
  uint32Value,
  uint64Value,
  type PSUnsignedInt,
} from '../values/ps-unsigned.js';
import { PSEnumValue } from '../values/ps-enum.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSList } from '../values/ps-list.js';
import { PSRuntimeException } from '../values/ps-exception.js';
import { PSTimeSpan } from '../values/ps-timespan.js';
import { numberTypeName, typeNameOf } from '../values/type-names.js';
import { baseObject, convertTo, enumerate } from '../conversion/convert-to.js';
import { convertToString } from '../conversion/to-string.js';
import { scanNumber } from '../conversion/number-parse.js';
import { formatNumber } from '../conversion/double-format.js';
import { castWithInner, dotNet } from '../conversion/cast-errors.js';
import type { OperatorContext } from './operator-context.js';

type Num = number | PSDecimal | PSInt64 | PSDouble | PSUnsignedInt;

const OP_METHOD = {
  '+': 'op_Addition',
  '-': 'op_Subtraction',
  '*': 'op_Multiply',
  '/': 'op_Division',
  '%': 'op_Modulus',
} as const;
export type ArithmeticOperator = keyof typeof OP_METHOD;

function methodNotFound(left: unknown, op: ArithmeticOperator): PSRuntimeException {
  return PSRuntimeException.of('MethodNotFound', typeNameOf(left), OP_METHOD[op]);
}

/** A numeric view of a value, or undefined when it is not number-like. Strings are parsed (targetType names the error). */
function asNumber(value: unknown, targetType: string): Num | undefined {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (
    value instanceof PSDecimal ||
    value instanceof PSInt64 ||
    value instanceof PSDouble ||
    isUnsigned(value)
  )
    return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof PSChar) return value.code;
  if (value instanceof PSEnumValue) return value.value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') {
    const t = value.trim();
    if (t === '') return 0;
    const n =
      scanNumber(t) ??
      (/^[+-]?(\d[\d,]*)?(\.\d*)?([eE][+-]?\d+)?$/.test(t) && /\d/.test(t)
        ? Number(t.replace(/,/g, ''))
        : undefined);
    if (n === undefined) {
      throw castWithInner(
        'InvalidCastFromStringToInteger',
        value,
        targetType,
        dotNet('FormatInputString', value),
      );
    }
    return typeof n === 'bigint' ? Number(n) : n;
  }
  return undefined;
}

function decimalOf(n: Num): PSDecimal {
  if (n instanceof PSInt64 || isUnsigned(n)) return new PSDecimal(n.value);
  return n instanceof PSDecimal ? n : PSDecimal.fromNumber(Number(n));
}

/** A long result: Int64 when it fits, else Double (LongOps promotes on overflow, never throws). */
function longResult(r: bigint): number | PSInt64 {
  return inInt64Range(r) ? int64Value(r) : Number(r);
}

/** An integral operand (Int32, Int64, UInt32, UInt64) as a bigint. */
function bigOf(n: Num): bigint {
  return n instanceof PSInt64 || isUnsigned(n) ? n.value : BigInt(n as number);
}

/** LongOps: Int64 with an integral operand; Double when the other operand is a Double. */
function longArithmetic(op: ArithmeticOperator, a: Num, b: Num): Num {
  if (isDouble(a) || isDouble(b)) return doubleArithmetic(op, Number(a), Number(b));
  const x = bigOf(a);
  const y = bigOf(b);
  switch (op) {
    case '+':
      return longResult(x + y);
    case '-':
      return longResult(x - y);
    case '*':
      return longResult(x * y);
    default:
      break;
  }
  if (y === 0n) throw PSRuntimeException.of('DivideByZero');
  if (x === INT64_MIN && y === -1n) return op === '/' ? Number(x) / Number(y) : int64Value(0n);
  if (op === '%') return int64Value(x % y);
  // Exact quotients stay Int64; others are Double division.
  return x % y === 0n ? int64Value(x / y) : doubleValue(Number(x) / Number(y));
}

/**
 * UIntOps / ULongOps (Binders.cs BinaryNumericOp): the widest operand is a UInt32 or UInt64. A negative signed
 * operand moves UInt32 math to LongOps and UInt64 math to DecimalOps (Double when that overflows), as
 * FigureSignedUnsignedInt does; a UInt32 next to an Int64 is LongOps. Results past the type's range are Doubles.
 */
function unsignedArithmetic(op: ArithmeticOperator, a: Num, b: Num): Num {
  if (isDouble(a) || isDouble(b)) return doubleArithmetic(op, Number(a), Number(b));
  const wide = a instanceof PSUInt64 || b instanceof PSUInt64;
  if (!wide && (a instanceof PSInt64 || b instanceof PSInt64)) return longArithmetic(op, a, b);
  const x = bigOf(a);
  const y = bigOf(b);
  if (x < 0n || y < 0n) {
    if (!wide) return longArithmetic(op, a, b);
    if ((op === '/' || op === '%') && y === 0n) throw PSRuntimeException.of('DivideByZero');
    try {
      return decimalArithmetic(op, new PSDecimal(x), new PSDecimal(y));
    } catch (err) {
      if (err instanceof PSRuntimeException && op === '*') return doubleValue(Number(x) * Number(y));
      throw err;
    }
  }
  const max = wide ? UINT64_MAX : UINT32_MAX;
  const make = wide ? uint64Value : uint32Value;
  switch (op) {
    case '+':
    case '-':
    case '*': {
      const r = op === '+' ? x + y : op === '-' ? x - y : x * y;
      return r >= 0n && r <= max ? make(r) : doubleValue(Number(r));
    }
    default:
      break;
  }
  if (y === 0n) throw PSRuntimeException.of('DivideByZero');
  if (op === '%') return make(x % y);
  return x % y === 0n ? make(x / y) : doubleValue(Number(x) / Number(y));
}

/** DecimalOps: exact, and an overflow is a RuntimeException around .NET's OverflowException. */
function decimalArithmetic(op: ArithmeticOperator, x: PSDecimal, y: PSDecimal): PSDecimal {
  try {
    switch (op) {
      case '+':
        return x.add(y);
      case '-':
        return x.subtract(y);
      case '*':
        return x.multiply(y);
      case '/':
        return x.divide(y);
      default:
        return x.remainder(y);
    }
  } catch (err) {
    if (err instanceof DotNetError && err.exceptionType === 'System.OverflowException')
      throw PSRuntimeException.of('DecimalOverflow');
    throw err;
  }
}

/** The JS operation on two numbers (no type rules). */
function raw(op: ArithmeticOperator, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    default:
      return a % b;
  }
}

/** DoubleOps: the result is a Double whatever its value (division by zero gives Infinity/NaN, as .NET). */
function doubleArithmetic(op: ArithmeticOperator, a: number, b: number): number | PSDouble {
  return doubleValue(raw(op, a, b));
}

/**
 * Two plain numbers (the hot path). Whole numbers in Int32 range are Int32 under the contract (a whole Double is a
 * PSDouble), so IntOps: exact, a Double on overflow or an inexact quotient, never -0. Otherwise DoubleOps.
 */
function plainNumbers(op: ArithmeticOperator, a: number, b: number): number | PSDouble {
  if ((a | 0) === a && (b | 0) === b) {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*': {
        const r = a * b;
        return r === 0 ? 0 : r;
      }
      default: {
        if (b === 0) throw PSRuntimeException.of('DivideByZero');
        const r = op === '/' ? a / b : a % b;
        return r === 0 ? 0 : r;
      }
    }
  }
  return doubleArithmetic(op, a, b);
}

function numeric(op: ArithmeticOperator, a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') return plainNumbers(op, a, b);
  if (a instanceof PSDecimal || b instanceof PSDecimal) {
    const x = decimalOf(a);
    const y = decimalOf(b);
    if ((op === '/' || op === '%') && y.isZero()) throw PSRuntimeException.of('DivideByZero');
    return decimalArithmetic(op, x, y);
  }
  if (isUnsigned(a) || isUnsigned(b)) return unsignedArithmetic(op, a, b);
  if (a instanceof PSInt64 || b instanceof PSInt64) return longArithmetic(op, a, b);
  // One operand is a whole Double (PSDouble): DoubleOps.
  return doubleArithmetic(op, Number(a), Number(b));
}

function numericTypeFor(value: unknown): string {
  if (typeof value === 'number') return numberTypeName(value);
  if (value instanceof PSDecimal) return 'System.Decimal';
  if (value instanceof PSInt64) return 'System.Int64';
  if (value instanceof PSDouble) return 'System.Double';
  if (isUnsigned(value)) return value.typeName;
  return 'System.Int32';
}

function addHashtables(left: PSHashtable, right: unknown): PSHashtable {
  if (!(right instanceof PSHashtable)) throw PSRuntimeException.of('AddHashTableToNonHashTable');
  const result = left.clone();
  for (const [k, v] of right.entries()) result.add(k, v);
  return result;
}

function repeat<T>(items: readonly T[], count: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(...items);
  return out;
}

function countOperand(value: unknown): number {
  return convertTo(value, 'System.Int32') as number;
}

/** `left <op> right` with PowerShell semantics. */
export function binaryArithmetic(
  op: ArithmeticOperator,
  leftValue: unknown,
  rightValue: unknown,
  ctx?: OperatorContext,
): unknown {
  // Hot path: two plain numbers (loop counters, sums).
  if (typeof leftValue === 'number' && typeof rightValue === 'number')
    return plainNumbers(op, leftValue, rightValue);
  if (op === '+' && typeof leftValue === 'string') {
    if (typeof rightValue === 'string') return leftValue + rightValue;
    if (typeof rightValue === 'number') return leftValue + formatNumber(rightValue);
  }
  const left = baseObject(leftValue);
  const right = baseObject(rightValue);

  if (left === null || left === undefined) {
    if (op === '+') {
      if (right === null || right === undefined) return null;
      const items = enumerate(right);
      return items ? [...items] : right;
    }
    if (op === '*') return null;
    const n = asNumber(right, numericTypeFor(right));
    if (n === undefined) throw methodNotFound(right, op);
    return numeric(op, 0, n);
  }

  const leftItems = enumerate(left);
  if (leftItems) {
    if (op === '+') {
      const rightItems = enumerate(right);
      return rightItems ? [...leftItems, ...rightItems] : [...leftItems, rightValue];
    }
    if (op === '*') return repeat(leftItems, countOperand(right));
    throw methodNotFound(left, op);
  }

  if (left instanceof PSHashtable) {
    if (op === '+') return addHashtables(left, right);
    throw methodNotFound(left, op);
  }

  if (typeof left === 'string') {
    if (op === '+') return left + (right === null || right === undefined ? '' : convertToString(right, ctx));
    if (op === '*') {
      const count = countOperand(right);
      return count <= 0 ? '' : left.repeat(count);
    }
    const a = asNumber(left, numericTypeFor(right));
    const b = asNumber(right, numericTypeFor(a));
    if (a === undefined || b === undefined) throw methodNotFound(a === undefined ? left : right, op);
    return numeric(op, a, b);
  }

  if (left instanceof PSDateTime) {
    if (op === '+') return left.add(convertTo(right, 'System.TimeSpan') as PSTimeSpan);
    if (op === '-') {
      if (right instanceof PSDateTime) return left.subtractDate(right);
      return left.subtractSpan(convertTo(right, 'System.TimeSpan') as PSTimeSpan);
    }
    throw methodNotFound(left, op);
  }

  if (left instanceof PSTimeSpan) {
    if (op === '+') {
      if (right instanceof PSDateTime) return right.add(left);
      return left.add(convertTo(right, 'System.TimeSpan') as PSTimeSpan);
    }
    if (op === '-') return left.subtract(convertTo(right, 'System.TimeSpan') as PSTimeSpan);
    throw methodNotFound(left, op);
  }

  const a = asNumber(left, 'System.Int32');
  if (a === undefined) throw methodNotFound(left, op);
  if (right instanceof PSDateTime || right instanceof PSTimeSpan) {
    throw PSRuntimeException.of('NotADefinedOperationForType', typeNameOf(left), op, typeNameOf(right));
  }
  const b = asNumber(right, numericTypeFor(a));
  if (b === undefined) {
    // Right operand converts to the left's type, as the binder does.
    const converted = convertTo(right, numericTypeFor(a));
    return numeric(op, a, converted as Num);
  }
  return numeric(op, a, b);
}

/** Unary minus: numbers negate; strings are parsed first. */
export function unaryMinus(value: unknown): unknown {
  const v = baseObject(value);
  if (v instanceof PSTimeSpan) return v.negate();
  const n = asNumber(v, 'System.Int32');
  if (n === undefined) throw PSRuntimeException.of('MethodNotFound', typeNameOf(v), 'op_UnaryNegation');
  if (n instanceof PSInt64) return longResult(-n.value);
  // Negating a UInt32/UInt64 gives a Double (no unsigned negation).
  if (isUnsigned(n)) return doubleValue(-Number(n.value));
  // Double zero negates to Double zero (-0 displays as 0 either way).
  if (n instanceof PSDouble) return new PSDouble(n.value === 0 ? 0 : -n.value);
  return n instanceof PSDecimal ? n.negate() : n === 0 ? 0 : -n;
}

/** Unary plus: converts a numeric string to a number, leaves others. */
export function unaryPlus(value: unknown): unknown {
  const v = baseObject(value);
  if (typeof v === 'string') return asNumber(v, 'System.Int32');
  return v;
}

export function isCollection(value: unknown): boolean {
  return Array.isArray(value) || value instanceof PSList;
}
