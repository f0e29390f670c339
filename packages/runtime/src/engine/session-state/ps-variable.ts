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

/** A variable computed on first read ($PSCmdlet, $MyInvocation): most calls never look at them. */
export class LazyPSVariable extends PSVariable {
  private compute: (() => unknown) | undefined;

  constructor(name: string, compute: () => unknown) {
    super(name, undefined);
    this.compute = compute;
  }

  override get value(): unknown {
    if (this.compute) {
      this.current = this.compute();
      this.compute = undefined;
    }
    return this.current;
  }
  override set value(v: unknown) {
    this.compute = undefined;
    this.current = v;
  }
}
