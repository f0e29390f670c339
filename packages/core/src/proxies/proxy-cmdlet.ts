// A proxy cmdlet: binds locally with the service's metadata, then runs the cmdlet on the service per input.
import type { CmdletImplementation } from '@exosh/runtime';
import type { Connection } from '../connection/connection.js';
import type { ExchangeClient } from '../rest/exchange-client.js';

function resultSizeOf(value: unknown): number | 'Unlimited' | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.toLowerCase() === 'unlimited') return 'Unlimited';
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export function proxyCmdlet(
  serviceName: string,
  connection: Connection,
  client: ExchangeClient,
): CmdletImplementation {
  return {
    process(rt) {
      const resultSize = resultSizeOf(rt.parameters['ResultSize']);
      client.invoke(connection, serviceName, rt.parameters, {
        ...(resultSize !== undefined ? { resultSize } : {}),
        onObject: (obj) => rt.writeObject(obj),
        onWarning: (message) => rt.writeWarning(message),
        onError: (record) => rt.writeError(record),
      });
    },
  };
}
