// New-Guid: a new random Guid, Guid.Empty (-Empty), or the Guid a string spells (-InputObject, from the pipeline).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { PSGuid } from '../../values/ps-guid.js';
import { DotNetMessages } from '../../values/messages.js';

const implementingType = 'Microsoft.PowerShell.Commands.NewGuidCommand';

export const newGuidMetadata: CommandMetadata = {
  name: 'New-Guid',
  commandType: 'Cmdlet',
  implementingType,
  defaultParameterSetName: 'Default',
  parameters: [
    { name: 'Empty', type: 'switch', parameterSets: { Empty: {} } },
    {
      name: 'InputObject',
      type: 'string',
      parameterSets: { InputObject: { position: 0, valueFromPipeline: true } },
    },
  ],
};

export const newGuid: CmdletImplementation = {
  process(rt) {
    if (rt.parameterSetName !== 'InputObject') {
      rt.writeObject(rt.parameters['Empty'] ? PSGuid.empty : PSGuid.newGuid());
      return;
    }
    const text = rt.parameters['InputObject'];
    const guid = typeof text === 'string' ? PSGuid.tryParse(text) : undefined;
    if (!guid)
      rt.writeError(
        new ErrorRecord({
          message: DotNetMessages.FormatBadGuid,
          errorId: 'StringNotRecognizedAsGuid',
          category: 'InvalidArgument',
          exceptionType: 'System.FormatException',
          implementingType,
        }),
      );
    // pwsh writes its Guid? even when the text was not one: a $null follows the error.
    rt.writeObject(guid ?? null);
  },
};
