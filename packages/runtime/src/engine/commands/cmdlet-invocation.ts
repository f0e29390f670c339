// CmdletInvocationException: how an error that escapes a cmdlet reaches its caller (pwsh's ManageInvocationException).
import { ErrorRecord, type ScriptPosition } from '../../errors/error-record.js';
import { RuntimeException } from '../../errors/runtime-exception.js';

/**
 * What a cmdlet lets escape when `err` leaves one of its begin/process/end steps. pwsh wraps every exception but
 * flow control, a pipeline stop, an -ErrorAction Stop error, a script's `throw` and another CmdletInvocationException
 * in a CmdletInvocationException whose record is the inner one's, re-pointed at the cmdlet: its id ends in the
 * cmdlet's class (`FormatException,Microsoft.PowerShell.Commands.InvokeExpressionCommand`), its InvocationInfo and
 * activity name the cmdlet. exosh wraps the errors that ended a statement of the cmdlet's script block (a
 * ForEach-Object body, Invoke-Expression's text); the cmdlet's own terminating errors already carry its class.
 */
export function escapedFromCmdlet(
  err: RuntimeException,
  commandName: string,
  implementingType: string,
  position: ScriptPosition,
  downstream: object,
): RuntimeException {
  if (err.cmdletInvocation || err.actionPreferenceStop || err.wasThrownFromThrowStatement) return err;
  // Raised by a command the cmdlet's output went to, not by the cmdlet's own work.
  if (err.raisedDownstreamOf !== undefined && err.raisedDownstreamOf === downstream) return err;
  if (!err.fromScript) {
    // The cmdlet's own error: pwsh threw it as a CmdletInvocationException already (ThrowTerminatingError).
    err.cmdletInvocation = true;
    return err;
  }
  const inner = err.errorRecord;
  const { message, typeName, innerTypeName, innerMessage, object } = inner.exception;
  // ErrorRecord(ErrorRecord, Exception) keeps the inner record's bare ErrorId; SetInvocationInfo adds the class.
  const bareId = inner.fullyQualifiedErrorId.split(',')[0] ?? '';
  const record = new ErrorRecord({
    message,
    errorId: bareId,
    category: inner.categoryInfo.category,
    exceptionType: typeName,
    ...(innerTypeName !== undefined ? { innerExceptionType: innerTypeName } : {}),
    ...(innerMessage !== undefined ? { innerExceptionMessage: innerMessage } : {}),
    ...(object !== undefined ? { exceptionObject: object } : {}),
    targetObject: inner.targetObject,
    commandName,
    implementingType,
    reason: inner.categoryInfo.reason,
    targetName: inner.categoryInfo.targetName,
    targetType: inner.categoryInfo.targetType,
    position,
  });
  record.errorDetails = inner.errorDetails;
  const wrapped = new RuntimeException(record);
  wrapped.cmdletInvocation = true;
  wrapped.suppressPromptInInterpreter = err.suppressPromptInInterpreter;
  return wrapped;
}
