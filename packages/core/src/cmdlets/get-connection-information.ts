// Get-ConnectionInformation: the seed cmdlet, with its Default, ConnectionId and ModulePrefix parameter sets.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '@exosh/runtime';
import { connectionInformation } from '../connection/connection-information.js';
import type { ConnectionRegistry } from '../connection/registry.js';

export const getConnectionInformationMetadata: CommandMetadata = {
  name: 'Get-ConnectionInformation',
  commandType: 'Cmdlet',
  defaultParameterSetName: 'Default',
  parameters: [
    { name: 'ConnectionId', type: 'string[]', parameterSets: { ConnectionId: { mandatory: true } } },
    { name: 'ModulePrefix', type: 'string[]', parameterSets: { ModulePrefix: { mandatory: true } } },
  ],
};

export function getConnectionInformation(registry: ConnectionRegistry): CmdletImplementation {
  return {
    end(rt) {
      const p = rt.parameters;
      const selected =
        rt.parameterSetName === 'ConnectionId'
          ? registry.byConnectionId(p['ConnectionId'] as string[])
          : rt.parameterSetName === 'ModulePrefix'
            ? registry.byModulePrefix(p['ModulePrefix'] as string[])
            : registry.all();
      for (const c of selected) rt.writeObject(connectionInformation(c, registry));
    },
  };
}
