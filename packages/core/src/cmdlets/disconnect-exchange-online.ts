// Disconnect-ExchangeOnline: all connections, or those picked by -ConnectionId / -ModulePrefix; confirms (High impact).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '@exosh/runtime';
import type { Connection } from '../connection/connection.js';
import type { ExchangeOnlineModule } from '../module/exchange-online-module.js';

export const disconnectExchangeOnlineMetadata: CommandMetadata = {
  name: 'Disconnect-ExchangeOnline',
  commandType: 'Cmdlet',
  defaultParameterSetName: 'DefaultParameterSet',
  supportsShouldProcess: true,
  confirmImpact: 'High',
  parameters: [
    {
      name: 'ConnectionId',
      type: 'string[]',
      parameterSets: { ConnectionId: { mandatory: true, valueFromPipelineByPropertyName: true } },
    },
    { name: 'ModulePrefix', type: 'string[]', parameterSets: { ModulePrefix: { mandatory: true } } },
  ],
};

export function disconnectExchangeOnline(module: ExchangeOnlineModule): CmdletImplementation {
  const selected = new Map<object, Connection[]>();
  return {
    begin(rt) {
      selected.set(rt, []);
    },
    process(rt) {
      const p = rt.parameters;
      const r = module.registry;
      const picked =
        rt.parameterSetName === 'ConnectionId'
          ? r.byConnectionId(p['ConnectionId'] as string[])
          : rt.parameterSetName === 'ModulePrefix'
            ? r.byModulePrefix(p['ModulePrefix'] as string[])
            : r.all();
      selected.get(rt)?.push(...picked);
    },
    end(rt) {
      const picked = [...new Set(selected.get(rt) ?? [])];
      selected.delete(rt);
      const target =
        picked.length === module.registry.all().length
          ? 'all Exchange Online connections'
          : picked.map((c) => c.name).join(', ');
      if (!rt.shouldProcess(target, 'Disconnect-ExchangeOnline')) return;
      // As the module, each connection's log records the Disconnect that closes it.
      for (const c of picked) {
        c.log?.write({ event: 'CmdletStart', cmdletName: rt.commandName });
        module.disconnect(c);
        c.log?.write({ event: 'CmdletEnd', cmdletName: rt.commandName });
      }
      rt.writeHost('Disconnected successfully !');
    },
  };
}
