// PSMethodValue: what reading a method without calling it gives (`'a'.ToUpper`, `[math]::Round`): a PSMethod.
import { PS_TYPE_NAMES } from '../values/type-names.js';

export class PSMethodValue {
  readonly #invoke: (args: readonly unknown[]) => unknown;
  constructor(
    readonly Name: string,
    readonly OverloadDefinitions: readonly string[],
    invoke: (args: readonly unknown[]) => unknown,
    readonly IsStatic = false,
  ) {
    this.#invoke = invoke;
  }
  get MemberType(): string {
    return 'Method';
  }
  get TypeNameOfValue(): string {
    return 'System.Management.Automation.PSMethod';
  }
  get IsInstance(): boolean {
    return !this.IsStatic;
  }
  get [PS_TYPE_NAMES](): string[] {
    return [
      'System.Management.Automation.PSMethod',
      'System.Management.Automation.PSMethodInfo',
      'System.Management.Automation.PSMemberInfo',
      'System.Object',
    ];
  }
  /** `$m.Invoke(args)` / `$m.Invoke.Invoke(...)`: calls the method. */
  Invoke(...args: unknown[]): unknown {
    return this.#invoke(args);
  }
  /** PowerShell displays a PSMethod as its overload definitions, one per line. */
  toString(): string {
    return this.OverloadDefinitions.join('\n');
  }
}
