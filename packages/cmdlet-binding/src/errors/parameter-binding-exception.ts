// ParameterBindingException: PowerShell's ErrorId, FullyQualifiedErrorId, category and English message.
import type { SourcePosition } from '../arguments/types.js';
import { binderMessages, formatTemplate, type BinderErrorId, type ErrorCategory } from './messages.js';

export interface ParameterBindingErrorDetails {
  /** `{0}`: the command name. */
  readonly commandName: string;
  /** The source part of FullyQualifiedErrorId: implementing type for cmdlets, name for functions. */
  readonly errorSource: string;
  /** `{1}`: the parameter name (or the argument text for PositionalParameterNotFound). */
  readonly parameterName?: string;
  /** `{2}`: the parameter's .NET type full name. */
  readonly parameterType?: string;
  /** `{6}`, `{7}`: extra message arguments. */
  readonly extra?: readonly string[];
  readonly position?: SourcePosition;
  /** Id of the inner error (ValidateSetFailure, ...), like PowerShell's inner exception ErrorId. */
  readonly innerErrorId?: string;
}

export class ParameterBindingException extends Error {
  readonly errorId: BinderErrorId;
  readonly fullyQualifiedErrorId: string;
  readonly category: ErrorCategory;
  /** .NET exception type name (ParameterBindingException, ParameterBindingValidationException, ...). */
  readonly exceptionType: string;
  readonly commandName: string;
  readonly parameterName: string | undefined;
  readonly position: SourcePosition | undefined;
  readonly innerErrorId: string | undefined;

  constructor(errorId: BinderErrorId, details: ParameterBindingErrorDetails) {
    const entry = binderMessages[errorId];
    const extra = details.extra ?? [];
    super(
      formatTemplate(entry.template, [
        details.commandName,
        details.parameterName ?? '',
        details.parameterType ?? '',
        '',
        '',
        '',
        extra[0] ?? '',
        extra[1] ?? '',
      ]),
    );
    this.name = 'ParameterBindingException';
    this.errorId = errorId;
    this.fullyQualifiedErrorId = `${errorId},${details.errorSource}`;
    this.category = entry.category;
    this.exceptionType = entry.exceptionType;
    this.commandName = details.commandName;
    this.parameterName = details.parameterName;
    this.position = details.position;
    this.innerErrorId = details.innerErrorId;
  }
}

/** Metadata that cannot describe a valid command (duplicate names, too many sets, schema violations). */
export class CommandMetadataException extends Error {
  readonly errorId: BinderErrorId;
  readonly fullyQualifiedErrorId: string;
  readonly category: ErrorCategory;

  constructor(errorId: BinderErrorId, args: readonly string[]) {
    super(formatTemplate(binderMessages[errorId].template, args));
    this.name = 'MetadataException';
    this.errorId = errorId;
    this.fullyQualifiedErrorId = errorId;
    this.category = binderMessages[errorId].category;
  }
}
