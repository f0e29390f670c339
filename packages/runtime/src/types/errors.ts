// Error construction for type resolution and member access, on the runtime's shared PSRuntimeException.
import { PSRuntimeException } from '../values/ps-exception.js';
import { MemberMessages, fillTemplate, type MemberErrorId } from './messages.js';

/** A PowerShell error from the member/type table: `memberError('MethodNotFound', 'System.String', 'Foo')`. */
export function memberError(errorId: MemberErrorId, ...args: unknown[]): PSRuntimeException {
  const entry = MemberMessages[errorId];
  return new PSRuntimeException(
    errorId,
    fillTemplate(entry.template, args),
    entry.category,
    entry.exceptionType,
  );
}

/**
 * A .NET exception raised inside an emulated method (`System.ArgumentOutOfRangeException`, ...).
 * invokeMethod wraps it as PowerShell does: `Exception calling "X" with "n" argument(s): "..."`.
 */
export function dotNetError(exceptionType: string, message: string): PSRuntimeException {
  const shortName = exceptionType.slice(exceptionType.lastIndexOf('.') + 1);
  return new PSRuntimeException(shortName, message, 'NotSpecified', exceptionType);
}

/** Wraps an exception thrown by a method body into PowerShell's MethodInvocationException. */
export function methodInvocationError(
  methodName: string,
  argCount: number,
  inner: PSRuntimeException,
): PSRuntimeException {
  const entry = MemberMessages.MethodInvocationException;
  const message = fillTemplate(entry.template, [methodName, argCount, inner.message]);
  // PowerShell reports the inner exception's short type name as the FullyQualifiedErrorId.
  const errorId = inner.exceptionType.startsWith('System.Management.Automation.')
    ? inner.errorId
    : inner.exceptionType.slice(inner.exceptionType.lastIndexOf('.') + 1);
  return new PSRuntimeException(errorId, message, entry.category, entry.exceptionType, inner);
}
