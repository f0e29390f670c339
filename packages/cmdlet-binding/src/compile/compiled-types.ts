// CompiledCommand / CompiledParameter: everything the binder needs, computed once per command.
import type { CompiledValidator } from '../validation/compile-validators.js';
import type { CommandKind, ConversionContext } from '../conversion/type-converter.js';
import type { CommandMetadata, ParameterMetadata } from '../metadata/types.js';

/** One `[Parameter()]` record with its set turned into a bit (0 = all sets). */
export interface CompiledSetRecord {
  readonly setFlag: number;
  readonly mandatory: boolean;
  readonly position: number | undefined;
  readonly valueFromPipeline: boolean;
  readonly valueFromPipelineByPropertyName: boolean;
  readonly valueFromRemainingArguments: boolean;
  readonly helpMessage: string | undefined;
}

export interface CompiledParameter {
  /** Index in the bindable table (own parameters first, then common ones). */
  readonly index: number;
  readonly name: string;
  readonly type: string;
  /** .NET full name for messages (`System.String[]`). */
  readonly dotNetType: string;
  readonly isArray: boolean;
  readonly elementType: string;
  readonly isSwitch: boolean;
  readonly isBool: boolean;
  /** `[bool[]]`: each element follows the bool rules (only booleans and numbers). */
  readonly elementIsBool: boolean;
  /** object / psobject: anything binds unchanged. */
  readonly takesAnything: boolean;
  readonly isString: boolean;
  /** `string[]`: elements that already are strings skip the converter. */
  readonly elementIsString: boolean;
  readonly enumValues: readonly string[] | undefined;
  readonly aliases: readonly string[];
  readonly isCommon: boolean;
  /** Common parameters convert as compiled code even on functions. */
  readonly kind: CommandKind;
  /** OR of explicit set bits; 0 when the parameter is only in all sets. */
  readonly setFlags: number;
  readonly inAllSets: boolean;
  readonly records: readonly CompiledSetRecord[];
  readonly mandatoryInSomeSet: boolean;
  readonly pipelineInSomeSet: boolean;
  readonly remainingInSomeSet: boolean;
  readonly validate: CompiledValidator | undefined;
  readonly allowNull: boolean;
  readonly allowEmptyString: boolean;
  readonly allowEmptyCollection: boolean;
  readonly metadata: ParameterMetadata;
  /** What the TypeConverter is told, per kind (BindOptions.commandKind may override the metadata). */
  readonly conversionContexts: Readonly<Record<CommandKind, ConversionContext>>;
}

export type ParameterLookup =
  | { readonly parameter: CompiledParameter; readonly candidates?: undefined }
  | { readonly parameter?: undefined; readonly candidates: readonly CompiledParameter[] };

export interface PositionalEntry {
  readonly position: number;
  readonly parameter: CompiledParameter;
  readonly record: CompiledSetRecord;
}

export interface CompiledCommand {
  readonly metadata: CommandMetadata;
  readonly name: string;
  readonly kind: CommandKind;
  /** A simple function or script (`cmdletBinding: false`): leftovers go to `$args`. */
  readonly isSimple: boolean;
  /** Source part of FullyQualifiedErrorId. */
  readonly errorSource: string;
  /** The bindable table: own parameters in declaration order, then the common ones. */
  readonly parameters: readonly CompiledParameter[];
  readonly ownParameterCount: number;
  /** Lower-cased name, alias or prefix -> parameter or ambiguity (exact name > exact alias > prefix). */
  readonly lookup: {
    get(lowerName: string): ParameterLookup | undefined;
    /** Same answer for the name as typed (any case). */
    find(name: string): ParameterLookup | undefined;
  };
  readonly setNames: readonly string[];
  /** Bit of the default set, 0 when none is declared. */
  readonly defaultSetFlag: number;
  /** OR of every set bit named by some parameter. */
  readonly usedSetsMask: number;
  /** Every declared set, the default one included (PowerShell's AllParameterSetFlags). */
  readonly allSetsMask: number;
  /** Sorted by position, then table order. */
  readonly positional: readonly PositionalEntry[];
  readonly hasPipelineParameters: boolean;
  readonly hasRemainingArguments: boolean;
  readonly hasMandatory: boolean;
  /** Parameters mandatory in some set, in table order. */
  readonly mandatoryParameters: readonly CompiledParameter[];
  /** Parameters taking pipeline input in some set, in table order. */
  readonly pipelineParameters: readonly CompiledParameter[];
  readonly byName: ReadonlyMap<string, CompiledParameter>;
}

/** `currentSets` value meaning "not narrowed yet" (PowerShell's uint.MaxValue); real masks are >= 0. */
export const AllSets = -1;
