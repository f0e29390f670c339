// PSDouble: a System.Double whose value is whole and in Int32 range (a plain number there would be an Int32).

/**
 * The marker for the one case a JS number cannot tell apart: `2.0`, `[double]5`, `1.5 + 0.5`. Every other Double
 * is a plain number (`2.5`, `3e9`, `NaN`, `-0`), so Int32 hot paths (`typeof x === 'number'`) never meet it unless
 * a Double was made on purpose. Make one with `doubleValue(n)`, never with `new` directly.
 */
export class PSDouble {
  constructor(readonly value: number) {}

  /** Lets numeric JS code (Math.*, Number(), `<`) read it. */
  valueOf(): number {
    return this.value;
  }

  toJSON(): number {
    return this.value;
  }

  toString(): string {
    return String(this.value);
  }
}

/** True when a plain number would report System.Int32 (whole, in range, not -0). */
function looksInt32(n: number): boolean {
  return (n | 0) === n && !Object.is(n, -0);
}

/** A Double in the values contract: a PSDouble when `n` is whole and in Int32 range, else the plain number. */
export function doubleValue(n: number): number | PSDouble {
  return looksInt32(n) ? new PSDouble(n) : n;
}

/** True for a value that is a System.Double under the contract (a PSDouble, or a number that is no Int32). */
export function isDouble(value: unknown): boolean {
  if (value instanceof PSDouble) return true;
  return typeof value === 'number' && !looksInt32(value);
}

/** The JS number of a number or PSDouble (other values pass through). */
export function unwrapDouble<T>(value: T | PSDouble): T | number {
  return value instanceof PSDouble ? value.value : value;
}
