// A proxy cmdlet: binds locally with the service's metadata, then runs the cmdlet on the service per input.
import { ErrorRecord, type CmdletImplementation } from '@exosh/runtime';
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
  supportsShouldProcess = false,
): CmdletImplementation {
  return {
    process(rt) {
      const resultSize = resultSizeOf(rt.parameters['ResultSize']);
      const mode = supportsShouldProcess ? rt.shouldProcessMode() : 'Proceed';
      const parameters: Record<string, unknown> = { ...rt.parameters };
      if (mode !== 'Proceed') {
        // The module's confirmation flow: a validation call for the service's text, ShouldProcess, then the real call.
        const message = client.confirmationMessage(connection, serviceName, rt.parameters, mode === 'WhatIf');
        if (message instanceof ErrorRecord) {
          rt.writeError(message);
          return;
        }
        if (!rt.shouldProcessDescription(message)) return;
        parameters['Confirm'] = false;
      }
      client.invoke(connection, serviceName, parameters, {
        ...(resultSize !== undefined ? { resultSize } : {}),
        onObject: (obj) => rt.writeObject(obj),
        onWarning: (message) => rt.writeWarning(message),
        onError: (record) => rt.writeError(record),
      });
    },
  };
}
