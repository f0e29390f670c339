// RuntimeException: a terminating error travelling up the evaluator with its ErrorRecord (PowerShell's RuntimeException).
import { ErrorRecord, type ErrorCategory, type ScriptPosition } from './error-record.js';
import { PSRuntimeException } from '../values/ps-exception.js';

export class RuntimeException extends Error {
  override readonly name = 'RuntimeException';
  /** True once a trap/catch or the host has seen it, or when it was raised by `throw`. */
  wasThrownFromThrowStatement = false;
  /**
   * Set for -ErrorAction Stop errors (ActionPreferenceStopException) and once $ErrorActionPreference = 'Stop'
   * turned an error terminating: no statement may report, continue past or ignore it any more.
   */
  suppressPromptInInterpreter = false;
  /** A command's error under -ErrorAction Stop: pwsh throws it as an ActionPreferenceStopException over the record. */
  actionPreferenceStop = false;
  /**
   * `$PSCmdlet.ThrowTerminatingError()`: the command (processor) it ends. The error runs through that command's
   * remaining statements and becomes an ordinary statement-terminating error where the command was called.
   */
  terminatesCommand: object | undefined;
  /**
   * Thrown as pwsh's CmdletInvocationException: a cmdlet's terminating error (ThrowTerminatingError), or an
   * exception that escaped a cmdlet (CommandProcessorBase.ManageInvocationException). Such an error is never wrapped
   * again, and `catch [System.Management.Automation.CmdletInvocationException]` catches it.
   */
  cmdletInvocation = false;
  /** It ended a statement of script code (the only errors a cmdlet's script block can let escape it). */
  fromScript = false;
  /**
   * The pipe into the command further down a pipeline that raised it, re-marked at each pipe it travels back up
   * through: the command writing into that pipe does not wrap it (pwsh's downstream command records the failure and
   * its upstream neighbours see only that the pipeline stopped).
   */
  raisedDownstreamOf: object | undefined;
  constructor(readonly errorRecord: ErrorRecord) {
    super(errorRecord.exception.message);
  }
}

export interface ErrorContext {
  readonly commandName?: string;
  readonly position?: ScriptPosition;
}

/** Turns anything thrown inside the engine into an ErrorRecord, as PowerShell wraps .NET exceptions. */
export function toErrorRecord(err: unknown, context: ErrorContext = {}): ErrorRecord {
  if (err instanceof RuntimeException) return err.errorRecord;
  if (err instanceof PSRuntimeException) {
    return new ErrorRecord({
      message: err.message,
      errorId: err.errorId,
      category: err.category,
      exceptionType: err.exceptionType,
      ...(err.inner
        ? { innerExceptionType: err.inner.exceptionType, innerExceptionMessage: err.inner.message }
        : {}),
      ...context,
    });
  }
  const message = err instanceof Error ? err.message : String(err);
  const data = (err as { errorRecord?: unknown } | null)?.errorRecord;
  if (data instanceof ErrorRecord) return data;
  return new ErrorRecord({
    message,
    errorId: err instanceof Error ? err.name : 'RuntimeException',
    category: 'NotSpecified' satisfies ErrorCategory,
    exceptionType: 'System.Management.Automation.RuntimeException',
    ...context,
  });
}
