// PSDouble: a System.Double whose value is whole and in Int32 range (a plain number there would be an Int32).

/**
 * The marker for the one case a JS number cannot tell apart: `2.0`, `[double]5`, `1.5 + 0.5`. Every other Double
 * is a plain number (`2.5`, `3e9`, `NaN`), so Int32 hot paths (`typeof x === 'number'`) never meet it unless
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

/**
 * A Double in the values contract: a PSDouble when `n` is whole and in Int32 range (-0 included, so arithmetic can
 * take every whole plain number for an Int32), else the plain number.
 */
export function doubleValue(n: number): number | PSDouble {
  return (n | 0) === n ? new PSDouble(n) : n;
}

/** True for a value that is a System.Double under the contract (a PSDouble, or a number that is no Int32). */
export function isDouble(value: unknown): boolean {
  if (value instanceof PSDouble) return true;
  return typeof value === 'number' && ((value | 0) !== value || Object.is(value, -0));
}

/** The JS number of a number or PSDouble (other values pass through). */
export function unwrapDouble<T>(value: T | PSDouble): T | number {
  return value instanceof PSDouble ? value.value : value;
}
