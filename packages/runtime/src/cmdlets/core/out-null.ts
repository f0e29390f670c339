// Out-Null: consumes its input and writes nothing.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { inputObjectParameter } from '../input-object-parameter.js';

export const outNullMetadata: CommandMetadata = {
  name: 'Out-Null',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.OutNullCommand',
  parameters: [inputObjectParameter],
};

export const outNull: CmdletImplementation = {};
