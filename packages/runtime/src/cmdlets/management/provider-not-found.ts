// Get-Location -PSProvider / -PSDrive naming nothing: pwsh's ProviderNotFound and DriveNotFound records.
import { ErrorRecord } from '../../errors/error-record.js';

const implementingType = 'Microsoft.PowerShell.Commands.GetLocationCommand';

/** "Cannot find a provider with the name '<name>'." (ProviderNotFoundException). */
export function providerNotFound(name: string): ErrorRecord {
  return new ErrorRecord({
    message: `Cannot find a provider with the name '${name}'.`,
    errorId: 'ProviderNotFound',
    category: 'ObjectNotFound',
    exceptionType: 'System.Management.Automation.ProviderNotFoundException',
    targetObject: name,
    implementingType,
  });
}

/** "Cannot find drive. A drive with the name '<name>' does not exist." (DriveNotFoundException). */
export function driveNotFound(name: string): ErrorRecord {
  return new ErrorRecord({
    message: `Cannot find drive. A drive with the name '${name}' does not exist.`,
    errorId: 'DriveNotFound',
    category: 'ObjectNotFound',
    exceptionType: 'System.Management.Automation.DriveNotFoundException',
    targetObject: name,
    implementingType,
  });
}
