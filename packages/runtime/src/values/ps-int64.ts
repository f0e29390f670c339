// PSInt64: a System.Int64 that a plain JS number cannot carry (an Int32-range value typed long, or beyond 2^53).
const INT32_MIN = -2147483648n;
const INT32_MAX = 2147483647n;
const SAFE_MIN = BigInt(Number.MIN_SAFE_INTEGER);
const SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);
export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** Exact 64-bit value; `1L`, `[long]5`, `[long]::MaxValue` and long arithmetic produce it (see int64Value). */
export class PSInt64 {
  constructor(readonly value: bigint) {}

  toNumber(): number {
    return Number(this.value);
  }

  /** Lets numeric JS code (Math.*, Number()) read it; exact only within ±2^53. */
  valueOf(): number {
    return Number(this.value);
  }

  toJSON(): number {
    return Number(this.value);
  }

  toString(): string {
    return this.value.toString();
  }
}

export function inInt64Range(v: bigint): boolean {
  return v >= INT64_MIN && v <= INT64_MAX;
}

/**
 * An Int64 in the values contract: a plain number where the number already reports System.Int64 (outside the
 * Int32 range, within ±2^53), otherwise a PSInt64. Callers check the range first (inInt64Range).
 */
export function int64Value(v: bigint): number | PSInt64 {
  if ((v < INT32_MIN || v > INT32_MAX) && v >= SAFE_MIN && v <= SAFE_MAX) return Number(v);
  return new PSInt64(v);
}

/** True for a value that is a System.Int64 under the contract (PSInt64, or a number beyond Int32 range). */
export function isInt64(value: unknown): boolean {
  return (
    value instanceof PSInt64 ||
    (typeof value === 'number' && Number.isSafeInteger(value) && (value < -2147483648 || value > 2147483647))
  );
}
