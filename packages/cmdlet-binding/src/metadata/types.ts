// CommandMetadata / ParameterMetadata: plain data describing a command's parameters, modelled on PowerShell's.

/** A PowerShell type name as a parameter declares it: `string`, `string[]`, `switch`, `int`, an enum name, ... */
export type ParameterTypeName = string;

export type CommandType = 'Cmdlet' | 'Function' | 'Filter' | 'ExternalScript';

export type ConfirmImpact = 'None' | 'Low' | 'Medium' | 'High';

/** One `[Parameter(...)]` attribute: the parameter's role in one parameter set. */
export interface ParameterSetMetadata {
  readonly mandatory?: boolean;
  /** Absent means named only. */
  readonly position?: number;
  readonly valueFromPipeline?: boolean;
  readonly valueFromPipelineByPropertyName?: boolean;
  readonly valueFromRemainingArguments?: boolean;
  readonly helpMessage?: string;
}

export interface ValidateSetAttribute {
  readonly kind: 'ValidateSet';
  readonly values: readonly string[];
  /** PowerShell's default is true. */
  readonly ignoreCase?: boolean;
  readonly errorMessage?: string;
}
export interface ValidateRangeAttribute {
  readonly kind: 'ValidateRange';
  readonly min?: number;
  readonly max?: number;
  /** `ValidateRange(Positive)` and friends; used instead of min/max. */
  readonly rangeKind?: 'Positive' | 'NonNegative' | 'Negative' | 'NonPositive';
}
export interface ValidatePatternAttribute {
  readonly kind: 'ValidatePattern';
  readonly pattern: string;
  /** PowerShell's default option is IgnoreCase. */
  readonly ignoreCase?: boolean;
  readonly errorMessage?: string;
}
export interface ValidateLengthAttribute {
  readonly kind: 'ValidateLength';
  readonly min: number;
  readonly max: number;
}
export interface ValidateCountAttribute {
  readonly kind: 'ValidateCount';
  readonly min: number;
  readonly max: number;
}
export interface ValidateNotNullAttribute {
  readonly kind: 'ValidateNotNull';
}
export interface ValidateNotNullOrEmptyAttribute {
  readonly kind: 'ValidateNotNullOrEmpty';
}
export interface ValidateNotNullOrWhiteSpaceAttribute {
  readonly kind: 'ValidateNotNullOrWhiteSpace';
}
/** The script runs in the runtime: the binder calls `BindOptions.validateScript` with `id`. */
export interface ValidateScriptAttribute {
  readonly kind: 'ValidateScript';
  readonly id: string;
  /** The script text, shown in the default message. */
  readonly scriptText?: string;
  readonly errorMessage?: string;
}

export type ValidationAttribute =
  | ValidateSetAttribute
  | ValidateRangeAttribute
  | ValidatePatternAttribute
  | ValidateLengthAttribute
  | ValidateCountAttribute
  | ValidateNotNullAttribute
  | ValidateNotNullOrEmptyAttribute
  | ValidateNotNullOrWhiteSpaceAttribute
  | ValidateScriptAttribute;

export interface ParameterMetadata {
  readonly name: string;
  readonly type: ParameterTypeName;
  /** Allowed names when `type` is an enum (not needed for the built-in ActionPreference). */
  readonly enumValues?: readonly string[];
  readonly aliases?: readonly string[];
  /** Set name -> role; `__AllParameterSets` for "in every set". Empty or absent means all sets. */
  readonly parameterSets?: Readonly<Record<string, ParameterSetMetadata>>;
  readonly validation?: readonly ValidationAttribute[];
  readonly allowNull?: boolean;
  readonly allowEmptyString?: boolean;
  readonly allowEmptyCollection?: boolean;
}

export interface CommandMetadata {
  readonly name: string;
  readonly commandType: CommandType;
  /** For error sources: FullyQualifiedErrorId uses it for cmdlets (else the command name). */
  readonly implementingType?: string;
  readonly defaultParameterSetName?: string;
  readonly supportsShouldProcess?: boolean;
  readonly confirmImpact?: ConfirmImpact;
  readonly supportsPaging?: boolean;
  /** `[CmdletBinding(PositionalBinding=$false)]`; only matters for functions (automatic positions). */
  readonly positionalBinding?: boolean;
  /**
   * False for a simple (non-advanced) function or script: no common parameters, no sets or mandatory
   * check, and unknown names or extra values go to `$args` (`BindState.unboundArguments`). Default true.
   */
  readonly cmdletBinding?: boolean;
  readonly parameters: readonly ParameterMetadata[];
}

export const AllParameterSets = '__AllParameterSets';
