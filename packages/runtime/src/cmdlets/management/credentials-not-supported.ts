// The FileSystem provider's answer to -Credential: pwsh's PSNotSupportedException (NotSupported) from its credential check.
import { ErrorRecord } from '../../errors/error-record.js';

/** A provider cmdlet given -Credential on the FileSystem provider; the exception's own id, no command suffix. */
export function credentialsNotSupported(): ErrorRecord {
  return new ErrorRecord({
    message:
      'The FileSystem provider supports credentials only on the New-PSDrive cmdlet. Perform the operation again without specifying credentials.',
    errorId: 'NotSupported',
    category: 'NotImplemented',
    exceptionType: 'System.Management.Automation.PSNotSupportedException',
  });
}
