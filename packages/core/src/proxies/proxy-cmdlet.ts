// A proxy cmdlet: binds locally with the service's metadata, then runs the cmdlet on the service per input.
import { ErrorRecord, type CmdletImplementation, type CommandRuntime } from '@exosh/runtime';
import type { Connection } from '../connection/connection.js';
import type { ExchangeClient } from '../rest/exchange-client.js';
import { batchesPipelineInput, ExchangeBatch, type BatchSink } from '../rest/exchange-batch.js';
import { parameterRoutingHeaders } from '../rest/routing-hint.js';

function resultSizeOf(value: unknown): number | 'Unlimited' | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.toLowerCase() === 'unlimited') return 'Unlimited';
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Populate-Headers' per-call headers: -WarningAction (Ignore sent as SilentlyContinue), $PSUICulture, routing. */
function callHeaders(
  rt: CommandRuntime,
  serviceName: string,
  connection: Connection,
): Record<string, string> {
  const warningAction = rt.parameters['WarningAction'];
  const culture = rt.context.sessionState.lookup('PSUICulture')?.value;
  const action = warningAction === undefined || warningAction === null ? '' : String(warningAction);
  return {
    WarningAction: action.toLowerCase() === 'ignore' ? 'SilentlyContinue' : action,
    ...(culture ? { 'Accept-Language': String(culture) } : {}),
    ...parameterRoutingHeaders(serviceName, rt.parameters, connection.tenantId),
  };
}

const sinkOf = (rt: CommandRuntime): BatchSink => ({
  onObject: (obj) => rt.writeObject(obj),
  onWarning: (message) => rt.writeWarning(message),
  onError: (record) => rt.writeError(record),
  onWhatIf: (text) => rt.writeHost(text),
});

export function proxyCmdlet(
  serviceName: string,
  connection: Connection,
  client: ExchangeClient,
  supportsShouldProcess = false,
): CmdletImplementation {
  // Pipeline input is sent in $batch requests of 10 (one batch per invocation, keyed by its runtime).
  const batches = new WeakMap<CommandRuntime, ExchangeBatch>();
  const batching = batchesPipelineInput(serviceName);
  const started = new WeakMap<CommandRuntime, number>();
  return {
    begin(rt) {
      // -EnableErrorReporting's log: one start and end per invocation, the requests between them (exchange-client).
      if (!connection.log) return;
      started.set(rt, Date.now());
      connection.log.write({ event: 'CmdletStart', cmdletName: serviceName });
    },
    process(rt) {
      const resultSize = resultSizeOf(rt.parameters['ResultSize']);
      const mode = supportsShouldProcess ? rt.shouldProcessMode() : 'Proceed';
      const parameters: Record<string, unknown> = { ...rt.parameters };
      if (batching && rt.hasPipelineInput && mode !== 'Confirm') {
        let batch = batches.get(rt);
        if (!batch) batches.set(rt, (batch = new ExchangeBatch(client, connection, serviceName)));
        batch.add(
          parameters,
          resultSize,
          sinkOf(rt),
          mode === 'WhatIf',
          callHeaders(rt, serviceName, connection),
        );
        return;
      }
      // A call that is not batched goes after the ones already queued, so output keeps the input's order.
      batches.get(rt)?.flush(sinkOf(rt));
      if (mode !== 'Proceed') {
        // The module's confirmation flow: a validation call for the service's text, ShouldProcess, then the real call.
        const message = client.confirmationMessage(
          connection,
          serviceName,
          rt.parameters,
          mode === 'WhatIf',
          callHeaders(rt, serviceName, connection),
        );
        if (message instanceof ErrorRecord) {
          rt.writeError(message);
          return;
        }
        if (!rt.shouldProcessDescription(message)) return;
        parameters['Confirm'] = false;
      }
      client.invoke(connection, serviceName, parameters, {
        ...(resultSize !== undefined ? { resultSize } : {}),
        ...sinkOf(rt),
        extraHeaders: callHeaders(rt, serviceName, connection),
      });
    },
    end(rt) {
      batches.get(rt)?.flush(sinkOf(rt));
      batches.delete(rt);
      const since = started.get(rt);
      if (since !== undefined)
        connection.log?.write({
          event: 'CmdletEnd',
          cmdletName: serviceName,
          durationMs: Date.now() - since,
        });
    },
  };
}
