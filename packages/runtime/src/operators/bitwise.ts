// Bitwise operators (-band -bor -bxor -bnot -shl -shr) on Int32/Int64 operands; enums keep their type.
import { baseObject, convertTo } from '../conversion/convert-to.js';
import { PSDecimal } from '../values/ps-decimal.js';
import { PSInt64, int64Value } from '../values/ps-int64.js';
import { PSDouble } from '../values/ps-double.js';
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
  if (v instanceof PSInt64) return v.value;
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

function result(value: bigint, wide: boolean, enumOf: PSEnumValue | undefined): unknown {
  const n = wide ? BigInt.asIntN(64, value) : BigInt.asIntN(32, value);
  if (enumOf) return new PSEnumValue(enumOf.type, Number(n));
  return wide ? int64Value(n) : Number(n);
}

export function bitwiseOperator(op: BitwiseOperator, left: unknown, right: unknown): unknown {
  const a = toBig(left, op);
  const b = toBig(right, op);
  const l = baseObject(left);
  const enumOf = l instanceof PSEnumValue && (op === 'band' || op === 'bor' || op === 'bxor') ? l : undefined;
  const long = (v: unknown): boolean => baseObject(v) instanceof PSInt64;
  const wide =
    !fitsInt32(a) || long(left) || (op !== 'shl' && op !== 'shr' && (!fitsInt32(b) || long(right)));
  switch (op) {
    case 'band':
      return result(a & b, wide, enumOf);
    case 'bor':
      return result(a | b, wide, enumOf);
    case 'bxor':
      return result(a ^ b, wide, enumOf);
    case 'shl':
      return result(a << (b & (wide ? 63n : 31n)), wide, undefined);
    case 'shr':
      return result(a >> (b & (wide ? 63n : 31n)), wide, undefined);
  }
}

/** `-bnot x`. */
export function bitwiseNot(value: unknown): unknown {
  const a = toBig(value, 'bnot');
  const v = baseObject(value);
  const r = ~a;
  if (v instanceof PSEnumValue) return new PSEnumValue(v.type, Number(BigInt.asIntN(32, r)));
  return fitsInt32(a) && !(v instanceof PSInt64)
    ? Number(BigInt.asIntN(32, r))
    : int64Value(BigInt.asIntN(64, r));
}
