// PSVariable: a named slot in a scope, with PowerShell's options and an optional type constraint.
export const ScopedItemOptions = {
  None: 0,
  ReadOnly: 1,
  Constant: 2,
  Private: 4,
  AllScope: 8,
} as const;

export class PSVariable {
  /** Converts values assigned later, as `[int]$x = ...` constrains $x. */
  typeConstraint: ((value: unknown) => unknown) | undefined;
  constructor(
    readonly name: string,
    public value: unknown,
    public options: number = ScopedItemOptions.None,
    public description = '',
  ) {}

  get isReadOnly(): boolean {
    return (this.options & (ScopedItemOptions.ReadOnly | ScopedItemOptions.Constant)) !== 0;
  }
  get isPrivate(): boolean {
    return (this.options & ScopedItemOptions.Private) !== 0;
  }
}

/** A variable computed on first read ($PSCmdlet, $MyInvocation): most calls never look at them. */
export class LazyPSVariable extends PSVariable {
  constructor(name: string, compute: () => unknown) {
    super(name, undefined);
    let computed = false;
    let cached: unknown;
    Object.defineProperty(this, 'value', {
      get: () => {
        if (!computed) {
          cached = compute();
          computed = true;
        }
        return cached;
      },
      set: (v: unknown) => {
        cached = v;
        computed = true;
      },
      enumerable: true,
    });
  }
}
