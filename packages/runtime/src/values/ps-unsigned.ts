// PSUInt32 / PSUInt64: System.UInt32 and System.UInt64 values (exact, bigint inside), so they report their type.
import { ExactInteger } from './ps-exact-integer.js';

export const UINT32_MAX = 2n ** 32n - 1n;
export const UINT64_MAX = 2n ** 64n - 1n;

/** An unsigned integer of .NET width `bits`; make one through uint32Value/uint64Value. */
abstract class PSUnsigned extends ExactInteger {
  abstract readonly typeName: 'System.UInt32' | 'System.UInt64';
}

/** A System.UInt32 (`1u`, `[uint32]x`, `[uint32]::MaxValue`, UIntOps results). */
export class PSUInt32 extends PSUnsigned {
  readonly typeName = 'System.UInt32';
}

/** A System.UInt64 (`1ul`, `[uint64]x`, `[uint64]::MaxValue`, ULongOps results). */
export class PSUInt64 extends PSUnsigned {
  readonly typeName = 'System.UInt64';
}

export type PSUnsignedInt = PSUInt32 | PSUInt64;

export function uint32Value(v: bigint): PSUInt32 {
  return new PSUInt32(v);
}

export function uint64Value(v: bigint): PSUInt64 {
  return new PSUInt64(v);
}

/** True for a System.UInt32 or System.UInt64 value. */
export function isUnsigned(value: unknown): value is PSUnsignedInt {
  return value instanceof PSUInt32 || value instanceof PSUInt64;
}
