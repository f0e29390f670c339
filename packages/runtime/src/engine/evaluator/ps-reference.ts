// `[ref]`: PowerShell's PSReference, a handle on a variable (or a value) that methods and functions write through.
import { PS_REFERENCE, type PSReferenceLike } from '../../types/reference.js';
import { PS_TYPE_NAMES } from '../../values/symbols.js';
import { PSVariable } from '../session-state/ps-variable.js';

export class PSReference implements PSReferenceLike {
  readonly [PS_REFERENCE] = true as const;

  /** `[ref]$n` refers to the variable $n itself; `[ref](1 + 1)` to a cell holding the value. */
  constructor(private readonly cell: { value: unknown }) {}

  get [PS_TYPE_NAMES](): string[] {
    return ['System.Management.Automation.PSReference', 'System.Object'];
  }

  get value(): unknown {
    return this.cell.value;
  }

  set value(v: unknown) {
    // A constrained variable (`[int]$n`) converts what is written through the reference, too.
    const cell = this.cell;
    cell.value = cell instanceof PSVariable && cell.typeConstraint ? cell.typeConstraint(v) : v;
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
