// ParameterBindingException -> ErrorRecord, positioned at the offending argument.
import type { ParameterBindingException } from '@exosh/cmdlet-binding';
import type { Extent } from '@exosh/language';
import { ErrorRecord } from '../../errors/error-record.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import { positionOf } from '../evaluator/errors.js';

export function bindingErrorRecord(err: ParameterBindingException, extent: Extent): ErrorRecord {
  const position = positionOf(extent);
  const column = err.position?.column ?? position.column;
  const record = new ErrorRecord({
    message: err.message,
    errorId: err.fullyQualifiedErrorId,
    category: err.category as never,
    exceptionType: `System.Management.Automation.${err.exceptionType}`.replace(
      /^System\.Management\.Automation\.System\.Management\.Automation\./,
      'System.Management.Automation.',
    ),
    targetObject: err.parameterName,
    position: { ...position, column, line: err.position?.line ?? position.line },
  });
  record.setPosition({ ...position, column, line: err.position?.line ?? position.line }, err.commandName);
  return record;
}

export function bindingException(err: ParameterBindingException, extent: Extent): RuntimeException {
  return new RuntimeException(bindingErrorRecord(err, extent));
}
