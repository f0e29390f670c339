// Out-Null: consumes its input and writes nothing.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';

export const outNullMetadata: CommandMetadata = {
  name: 'Out-Null',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.OutNullCommand',
  parameters: [
    {
      name: 'InputObject',
      type: 'psobject',
      parameterSets: { __AllParameterSets: { valueFromPipeline: true } },
      allowNull: true,
    },
  ],
};

export const outNull: CmdletImplementation = {};
