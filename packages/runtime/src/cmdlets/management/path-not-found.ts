// The provider cmdlets' PathNotFound error (ItemNotFoundException), one shape for every cmdlet that reports it.
import { ErrorRecord } from '../../errors/error-record.js';

/** "Cannot find path '<target>' because it does not exist.", raised by the cmdlet class `implementingType`. */
export function pathNotFound(target: string, implementingType: string): ErrorRecord {
  return new ErrorRecord({
    message: `Cannot find path '${target}' because it does not exist.`,
    errorId: 'PathNotFound',
    category: 'ObjectNotFound',
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
    targetObject: target,
    implementingType,
  });
}
