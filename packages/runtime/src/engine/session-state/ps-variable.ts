// PSVariable: a named slot in a scope, with PowerShell's options and an optional type constraint.
export const ScopedItemOptions = {
  None: 0,
  ReadOnly: 1,
  Constant: 2,
  Private: 4,
  AllScope: 8,
} as const;

export class PSVariable {
  /** New-Variable/Set-Variable -Visibility (shown on the PSVariable; not enforced: every caller is the runspace). */
  visibility: 'Public' | 'Private' = 'Public';
  /** Converts values assigned later, as `[int]$x = ...` constrains $x. */
  typeConstraint: ((value: unknown) => unknown) | undefined;
  protected current: unknown;

  constructor(
    readonly name: string,
    value: unknown,
    public options: number = ScopedItemOptions.None,
    public description = '',
  ) {
    this.current = value;
  }

  get value(): unknown {
    return this.current;
  }
  set value(v: unknown) {
    this.current = v;
  }

  get isReadOnly(): boolean {
    return (this.options & (ScopedItemOptions.ReadOnly | ScopedItemOptions.Constant)) !== 0;
  }
  get isConstant(): boolean {
    return (this.options & ScopedItemOptions.Constant) !== 0;
  }
  get isPrivate(): boolean {
    return (this.options & ScopedItemOptions.Private) !== 0;
  }
}

/**
 * A variable computed on first read ($PSCmdlet, $MyInvocation): most calls never look at them. `compute` gets
 * `arg`, so a caller can pass a function made once instead of a new closure per variable.
 */
export class LazyPSVariable<A = undefined> extends PSVariable {
  private compute: ((arg: A) => unknown) | undefined;
  private arg: A | undefined;

  constructor(name: string, compute: (arg: A) => unknown, arg?: A) {
    super(name, undefined);
    this.compute = compute;
    this.arg = arg;
  }

  override get value(): unknown {
    const compute = this.compute;
    if (compute) {
      this.current = compute(this.arg as A);
      this.compute = undefined;
      this.arg = undefined;
    }
    return this.current;
  }
  override set value(v: unknown) {
    this.compute = undefined;
    this.arg = undefined;
    this.current = v;
  }
}
