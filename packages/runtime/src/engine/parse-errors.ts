// Parse errors as PowerShell reports them when a script cannot run: one ParseException carrying the first error.
import type { ParseError } from '@exosh/language';
import { ErrorRecord } from '../errors/error-record.js';
import { RuntimeException } from '../errors/runtime-exception.js';
import { positionOf } from './evaluator/errors.js';

export function parseErrorRecord(error: ParseError): ErrorRecord {
  return new ErrorRecord({
    message: error.message,
    errorId: error.errorId,
    category: 'ParserError',
    exceptionType: 'System.Management.Automation.ParseException',
    position: positionOf(error.extent),
  });
}

export function parseErrorsToException(errors: readonly ParseError[]): RuntimeException {
  const rte = new RuntimeException(parseErrorRecord(errors[0] as ParseError));
  rte.wasThrownFromThrowStatement = true;
  return rte;
}
