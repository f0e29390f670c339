// Write-Output: sends objects down the pipeline (enumerated unless -NoEnumerate).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';

export const writeOutputMetadata: CommandMetadata = {
  name: 'Write-Output',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.WriteOutputCommand',
  parameters: [
    {
      name: 'InputObject',
      type: 'psobject',
      parameterSets: {
        __AllParameterSets: {
          mandatory: true,
          position: 0,
          valueFromPipeline: true,
          valueFromRemainingArguments: true,
        },
      },
      allowNull: true,
      allowEmptyCollection: true,
    },
    { name: 'NoEnumerate', type: 'switch' },
  ],
};

export const writeOutput: CmdletImplementation = {
  process(rt) {
    const value = rt.parameters['InputObject'];
    rt.writeObject(value, rt.parameters['NoEnumerate'] !== true);
  },
};
