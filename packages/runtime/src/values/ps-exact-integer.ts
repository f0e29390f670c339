// ExactInteger: the base of the integer values kept as a bigint (Int64, UInt32, UInt64), so they report their type.

/** An integer held exactly as a bigint; JS code that reads it as a number (Math.*, Number(), JSON) gets a Number. */
export abstract class ExactInteger {
  constructor(readonly value: bigint) {}

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
