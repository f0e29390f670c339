// TypeConverter: the injected conversion rules (the runtime supplies PowerShell's LanguagePrimitives).
import type { ParameterTypeName } from '../metadata/types.js';

export type CommandKind = 'Cmdlet' | 'Function';

export interface ConversionContext {
  readonly commandName: string;
  readonly parameterName: string;
  /** Names of the enum when the type is an enum (ActionPreference included). */
  readonly enumValues?: readonly string[];
  /** Common parameters are compiled code even on functions. */
  readonly commandKind: CommandKind;
}

/**
 * Scalar conversions only: the binder itself wraps scalars into arrays, copies lists element by element,
 * rejects lists for scalar parameters and applies the switch/bool rules, as ParameterBinderBase does.
 */
export interface TypeConverter {
  /** True when `value` already is a `type` (the binder's "without coercion" passes). */
  isInstanceOf(value: unknown, type: ParameterTypeName, context: ConversionContext): boolean;
  /** Converts or throws `ConversionFailure` with PowerShell's inner message (`Cannot convert value ...`). */
  convert(value: unknown, type: ParameterTypeName, context: ConversionContext): unknown;
  /** True when a list converts to this scalar type as a whole (a [Flags] enum: `-Option ReadOnly,AllScope`). */
  convertsList?(type: ParameterTypeName): boolean;
  /**
   * The number a value stands for when it is not a plain JS number (a boxed Double or Int64, a PSObject around a
   * number such as the `0x1` argument), or undefined: [bool] and [switch] parameters accept numbers.
   */
  numberOf?(value: unknown): number | undefined;
  /** The boolean a value stands for when it is not a plain JS boolean (a SwitchParameter: `-Force:$Force`). */
  booleanOf?(value: unknown): boolean | undefined;
}

/** A conversion that failed; `message` is PowerShell's PSInvalidCastException text. */
export class ConversionFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConversionFailure';
  }
}
