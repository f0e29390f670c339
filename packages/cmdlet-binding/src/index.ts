// @exosh/cmdlet-binding: CommandMetadata as data and PowerShell's parameter binder; pure, no Node APIs.
export {
  actionPreferenceValues,
  commonParameters,
  commonParametersFor,
  type CommonParameterInfo,
} from './common-parameters/index.js';
export {
  AllParameterSets,
  type CommandMetadata,
  type CommandType,
  type ConfirmImpact,
  type ParameterMetadata,
  type ParameterSetMetadata,
  type ParameterTypeName,
  type ValidationAttribute,
  type ValidateSetAttribute,
  type ValidateRangeAttribute,
  type ValidatePatternAttribute,
  type ValidateLengthAttribute,
  type ValidateCountAttribute,
  type ValidateNotNullAttribute,
  type ValidateNotNullOrEmptyAttribute,
  type ValidateNotNullOrWhiteSpaceAttribute,
  type ValidateScriptAttribute,
} from './metadata/types.js';
export { commandMetadataSchema } from './metadata/schema.js';
export { validateCommandMetadata, type MetadataValidationResult } from './metadata/validate.js';
export {
  arg,
  type ArgumentValue,
  type CommandArgument,
  type ParameterToken,
  type SourcePosition,
} from './arguments/types.js';
export {
  ConversionFailure,
  type CommandKind,
  type ConversionContext,
  type TypeConverter,
} from './conversion/type-converter.js';
export { defaultConverter } from './conversion/default-converter.js';
export { dotNetTypeName } from './conversion/type-names.js';
export {
  binderMessages,
  innerMessages,
  formatTemplate,
  type BinderErrorId,
  type BinderMessage,
  type ErrorCategory,
} from './errors/messages.js';
export {
  CommandMetadataException,
  ParameterBindingException,
  type ParameterBindingErrorDetails,
} from './errors/parameter-binding-exception.js';
export { compileCommand } from './compile/compile-command.js';
export {
  AllSets,
  type CompiledCommand,
  type CompiledParameter,
  type CompiledSetRecord,
  type ParameterLookup,
  type PositionalEntry,
} from './compile/compiled-types.js';
export { bindCommandLine, bindCommandLineAsync } from './binder/bind-command-line.js';
export { bindPipelineObject, type PropertyGetter } from './binder/pipeline.js';
export type {
  ActionPreferenceName,
  BindOptions,
  BindState,
  DelayBindHost,
  DelayedScriptBlock,
  CommonParameterValues,
  MandatoryPromptAnswers,
  MandatoryPromptField,
  MandatoryPromptRequest,
  PipelineBindResult,
  VariableTarget,
} from './binder/types.js';
export { staticBind, type StaticBindResult } from './static-binder/static-bind.js';
export { commandSyntax, withoutNamespaces, type ParameterSetSyntax } from './static-binder/syntax.js';
