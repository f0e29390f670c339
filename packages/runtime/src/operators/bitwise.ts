// Bitwise operators (-band -bor -bxor -bnot -shl -shr) on Int32/UInt32/Int64/UInt64 operands; enums keep their type.
import { baseObject, convertTo } from '../conversion/convert-to.js';
import { PSDecimal } from '../values/ps-decimal.js';
import { PSInt64, int64Value } from '../values/ps-int64.js';
import { PSDouble } from '../values/ps-double.js';
import { PSUInt32, PSUInt64, isUnsigned, uint32Value, uint64Value } from '../values/ps-unsigned.js';
import { PSEnumValue } from '../values/ps-enum.js';
import { PSRuntimeException } from '../values/ps-exception.js';
import { PSChar } from '../values/ps-char.js';
import { typeNameOf } from '../values/type-names.js';

export type BitwiseOperator = 'band' | 'bor' | 'bxor' | 'shl' | 'shr';

/** The operand as a 64-bit integer, or an OperatorRequiresNumber error. */
function toBig(value: unknown, op: string): bigint {
  const v = baseObject(value);
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'bigint') return v;
  if (v instanceof PSInt64 || isUnsigned(v)) return v.value;
  if (v instanceof PSEnumValue) return BigInt(v.value);
  if (v instanceof PSChar) return BigInt(v.code);
  if (
    typeof v === 'number' ||
    typeof v === 'boolean' ||
    typeof v === 'string' ||
    v instanceof PSDecimal ||
    v instanceof PSDouble
  ) {
    const n = convertTo(v, 'System.Int64') as number | PSInt64;
    return n instanceof PSInt64 ? n.value : BigInt(n);
  }
  throw PSRuntimeException.of('OperatorRequiresNumber', `-${op}`, typeNameOf(v));
}

const fitsInt32 = (n: bigint): boolean => n >= -2147483648n && n <= 2147483647n;

/** GetBitwiseOpType's order: Int32 < UInt32 < Int64 < UInt64 (0..3). */
type Width = 0 | 1 | 2 | 3;

function widthOf(value: unknown): Width {
  const v = baseObject(value);
  return v instanceof PSUInt64 ? 3 : v instanceof PSInt64 ? 2 : v instanceof PSUInt32 ? 1 : 0;
}

function result(value: bigint, width: Width, enumOf: PSEnumValue | undefined): unknown {
  if (enumOf) return new PSEnumValue(enumOf.type, Number(BigInt.asIntN(width >= 2 ? 64 : 32, value)));
  switch (width) {
    case 0:
      return Number(BigInt.asIntN(32, value));
    case 1:
      return uint32Value(BigInt.asUintN(32, value));
    case 2:
      return int64Value(BigInt.asIntN(64, value));
    default:
      return uint64Value(BigInt.asUintN(64, value));
  }
}

export function bitwiseOperator(op: BitwiseOperator, left: unknown, right: unknown): unknown {
  const a = toBig(left, op);
  const b = toBig(right, op);
  const l = baseObject(left);
  const enumOf = l instanceof PSEnumValue && (op === 'band' || op === 'bor' || op === 'bxor') ? l : undefined;
  const shift = op === 'shl' || op === 'shr';
  // The wider operand's type decides (a shift: the left's); a value past Int32 range is at least an Int64.
  let width: Width = widthOf(left);
  if (!shift) width = Math.max(width, widthOf(right)) as Width;
  if (width === 0 && (!fitsInt32(a) || (!shift && !fitsInt32(b)))) width = 2;
  const mask = width >= 2 ? 63n : 31n;
  switch (op) {
    case 'band':
      return result(a & b, width, enumOf);
    case 'bor':
      return result(a | b, width, enumOf);
    case 'bxor':
      return result(a ^ b, width, enumOf);
    case 'shl':
      return result(a << (b & mask), width, undefined);
    case 'shr':
      return result(a >> (b & mask), width, undefined);
  }
}

/** `-bnot x`. */
export function bitwiseNot(value: unknown): unknown {
  const a = toBig(value, 'bnot');
  const v = baseObject(value);
  const r = ~a;
  if (v instanceof PSEnumValue) return new PSEnumValue(v.type, Number(BigInt.asIntN(32, r)));
  if (isUnsigned(v)) return result(r, widthOf(v), undefined);
  return fitsInt32(a) && !(v instanceof PSInt64)
    ? Number(BigInt.asIntN(32, r))
    : int64Value(BigInt.asIntN(64, r));
}
