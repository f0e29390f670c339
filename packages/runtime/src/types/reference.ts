// PSReferenceLike: what `[ref]` arguments look like to emulated methods (TryParse writes its result through it).
export const PS_REFERENCE: unique symbol = Symbol.for('exosh.PSReference');

/** The evaluator's PSReference sets `[PS_REFERENCE] = true` and exposes the referenced variable as `value`. */
export interface PSReferenceLike {
  readonly [PS_REFERENCE]: true;
  value: unknown;
}

export function isReferenceLike(value: unknown): value is PSReferenceLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [PS_REFERENCE]?: unknown })[PS_REFERENCE] === true
  );
}

/** A standalone reference cell (tests, and hosts without the evaluator's PSReference). */
export function makeReference(initial: unknown = null): PSReferenceLike {
  return { [PS_REFERENCE]: true, value: initial };
}
