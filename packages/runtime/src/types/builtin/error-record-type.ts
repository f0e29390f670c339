// [System.Management.Automation.ErrorRecord]: scripts build their own (`throw`, $PSCmdlet.ThrowTerminatingError).
import { ErrorRecord, type ErrorCategory } from '../../errors/error-record.js';
import { PSObject } from '../../values/ps-object.js';
import { unwrap } from '../argument-conversion.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { ExceptionValue, exceptionTypeName } from './exceptions.js';

const FULL_NAME = 'System.Management.Automation.ErrorRecord';

function messageOf(exception: unknown): string {
  if (exception instanceof ExceptionValue) return exception.Message;
  const m = (exception as { Message?: unknown; message?: unknown } | null) ?? {};
  return String(m.Message ?? m.message ?? '');
}

function newErrorRecord(args: readonly unknown[]): ErrorRecord {
  const exception = unwrap(args[0]);
  const targetObject = unwrap(args[3]);
  return new ErrorRecord({
    message: messageOf(exception),
    errorId: args[1] === null || args[1] === undefined ? '' : String(args[1]),
    category: String(args[2] ?? 'NotSpecified') as ErrorCategory,
    exceptionType: exceptionTypeName(exception) ?? 'System.Exception',
    ...(exception instanceof ExceptionValue ? { exceptionObject: exception } : {}),
    targetObject: targetObject === undefined ? null : targetObject,
  });
}

export const ErrorRecordType: TypeInfoInit = {
  fullName: FULL_NAME,
  isInstance: (v) =>
    v instanceof ErrorRecord || (v instanceof PSObject && v.baseObject instanceof ErrorRecord),
  constructors: method<null>('new', [
    `${FULL_NAME} new(System.Exception exception, string errorId, System.Management.Automation.ErrorCategory errorCategory, System.Object targetObject)`,
    (_t, a) => newErrorRecord(a),
  ]),
};
