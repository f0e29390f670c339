// PSReference (`[ref]`): a handle on a variable or a value that methods (TryParse) and functions write through.
import { PS_TYPE_NAMES } from '../values/symbols.js';

export const PS_REFERENCE: unique symbol = Symbol.for('exosh.PSReference');

/** What `[ref]` arguments look like to emulated methods: `[PS_REFERENCE] = true` and a settable `value`. */
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

/** The referenced slot: a variable (the engine's PSVariable, which may convert what is written) or a plain cell. */
export interface ReferenceCell {
  value: unknown;
}

export class PSReference implements PSReferenceLike {
  readonly [PS_REFERENCE] = true as const;

  /** `[ref]$n` refers to the variable itself; `[ref](1 + 1)` to a cell holding the value. */
  constructor(private readonly cell: ReferenceCell) {}

  get [PS_TYPE_NAMES](): string[] {
    return ['System.Management.Automation.PSReference', 'System.Object'];
  }

  get value(): unknown {
    return this.cell.value;
  }

  set value(v: unknown) {
    this.cell.value = v;
  }

  /** `$ref.Value`, as scripts spell it. */
  get Value(): unknown {
    return this.value;
  }

  set Value(v: unknown) {
    this.value = v;
  }

  toString(): string {
    return 'System.Management.Automation.PSReference';
  }
}

/** A reference to a fresh cell holding `initial` (`[ref]` of a value). */
export function makeReference(initial: unknown = null): PSReference {
  return new PSReference({ value: initial });
}
