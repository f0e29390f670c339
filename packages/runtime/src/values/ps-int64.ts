// PSInt64: a System.Int64 (every Int64 value; a plain JS number past Int32 range is a Double).
import { ExactInteger } from './ps-exact-integer.js';

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** Exact 64-bit value; `1L`, `[long]5`, `[long]::MaxValue` and long arithmetic produce it (see int64Value). */
export class PSInt64 extends ExactInteger {
  toNumber(): number {
    return Number(this.value);
  }
}

export function inInt64Range(v: bigint): boolean {
  return v >= INT64_MIN && v <= INT64_MAX;
}

/** An Int64 in the values contract: always a PSInt64 (a plain number past Int32 range is a Double). */
export function int64Value(v: bigint): PSInt64 {
  return new PSInt64(v);
}

/** True for a value that is a System.Int64 under the contract. */
export function isInt64(value: unknown): value is PSInt64 {
  return value instanceof PSInt64;
}
