// PSRuntimeException: the error thrown by value/conversion/operator code; the evaluator turns it into an ErrorRecord.
import type { ErrorCategory } from '../errors/error-record.js';
import { ValueMessages, formatTemplate, type MessageEntry, type ValueErrorId } from './messages.js';

export class PSRuntimeException extends Error {
  readonly errorId: string;
  readonly category: ErrorCategory;
  /** The .NET exception type name PowerShell reports (`$_.Exception.GetType().FullName`). */
  readonly exceptionType: string;
  readonly inner?: PSRuntimeException;

  constructor(
    errorId: string,
    message: string,
    category: ErrorCategory,
    exceptionType: string,
    inner?: PSRuntimeException,
  ) {
    super(message);
    this.name = exceptionType.slice(exceptionType.lastIndexOf('.') + 1);
    this.errorId = errorId;
    this.category = category;
    this.exceptionType = exceptionType;
    if (inner) this.inner = inner;
  }

  static of(errorId: ValueErrorId, ...args: unknown[]): PSRuntimeException {
    const entry: MessageEntry = ValueMessages[errorId];
    const message = formatTemplate(entry.template, args);
    const inner = entry.innerExceptionType
      ? new PSRuntimeException(errorId, message, entry.category, entry.innerExceptionType)
      : undefined;
    return new PSRuntimeException(
      entry.errorId ?? errorId,
      message,
      entry.category,
      entry.exceptionType,
      inner,
    );
  }
}

/** Thrown by LanguagePrimitives.ConvertTo failures; PowerShell's errorId for casts is usually 'InvalidCastFromStringToInteger' etc. */
export class PSInvalidCastException extends PSRuntimeException {
  constructor(errorId: string, message: string) {
    super(errorId, message, 'InvalidArgument', 'System.Management.Automation.PSInvalidCastException');
  }

  static override of(errorId: ValueErrorId, ...args: unknown[]): PSInvalidCastException {
    return new PSInvalidCastException(errorId, formatTemplate(ValueMessages[errorId].template, args));
  }
}
