// Get-Host ($Host) and Get-Culture (en-US, the culture exosh formats and compares in).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { cultureInfo, cultureName } from './culture-info.js';

export const getHostMetadata: CommandMetadata = {
  name: 'Get-Host',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetHostCommand',
  parameters: [],
};

export const getHost: CmdletImplementation = {
  end(rt) {
    rt.writeObject(rt.context.sessionState.global.variables.get('host')?.value ?? null);
  },
};

export const getCultureMetadata: CommandMetadata = {
  name: 'Get-Culture',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetCultureCommand',
  defaultParameterSetName: 'CurrentCulture',
  parameters: [
    {
      name: 'Name',
      type: 'string[]',
      parameterSets: { Name: { position: 0, valueFromPipeline: true } },
      validation: [{ kind: 'ValidateNotNull' }],
    },
    { name: 'NoUserOverrides', type: 'switch', parameterSets: { CurrentCulture: {}, Name: {} } },
    { name: 'ListAvailable', type: 'switch', parameterSets: { ListAvailable: {} } },
  ],
};

/** The current culture (en-US), a culture by name, or the cultures exosh knows by LCID (-ListAvailable). */
export const getCulture: CmdletImplementation = {
  process(rt) {
    if (rt.parameterSetName === 'CurrentCulture') return rt.writeObject(cultureInfo('en-US'));
    if (rt.parameterSetName === 'ListAvailable') {
      for (const name of ['', 'en-US']) rt.writeObject(cultureInfo(name));
      return;
    }
    for (const raw of (rt.parameters['Name'] as string[] | undefined) ?? []) {
      const name = cultureName(String(raw));
      // pwsh's [ValidateSet(typeof(ValidateCultureNamesGenerator))]: the set is every culture name of the system.
      if (name === undefined)
        return rt.throwTerminatingError(
          new ErrorRecord({
            message: `Cannot validate argument on parameter 'Name'. The argument "${raw}" does not belong to the set of culture names of this system specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
            errorId: 'ParameterArgumentValidationError',
            category: 'InvalidData',
            exceptionType: 'System.Management.Automation.ParameterBindingValidationException',
            targetObject: raw,
            implementingType: 'Microsoft.PowerShell.Commands.GetCultureCommand',
          }),
        );
      rt.writeObject(cultureInfo(name));
    }
  },
};
