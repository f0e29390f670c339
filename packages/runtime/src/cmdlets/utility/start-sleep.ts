// Start-Sleep: blocks the engine thread (Ctrl+C still stops it through the bridge's cancel slot).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { PipelineStoppedSignal } from '../../engine/flow/flow-control.js';
import { BridgeCancelledError } from '../../host/sync-bridge/index.js';

export const startSleepMetadata: CommandMetadata = {
  name: 'Start-Sleep',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.StartSleepCommand',
  defaultParameterSetName: 'Seconds',
  parameters: [
    {
      name: 'Seconds',
      type: 'double',
      parameterSets: {
        Seconds: {
          mandatory: true,
          position: 0,
          valueFromPipeline: true,
          valueFromPipelineByPropertyName: true,
        },
      },
      validation: [{ kind: 'ValidateRange', min: 0, max: 2147483 }],
    },
    {
      name: 'Milliseconds',
      type: 'int',
      aliases: ['ms'],
      parameterSets: { Milliseconds: { mandatory: true, valueFromPipelineByPropertyName: true } },
    },
    {
      name: 'Duration',
      type: 'timespan',
      aliases: ['ts'],
      parameterSets: {
        FromTimeSpan: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
      },
    },
  ],
};

export const startSleep: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    const ms =
      p['Seconds'] !== undefined
        ? (p['Seconds'] as number) * 1000
        : p['Milliseconds'] !== undefined
          ? (p['Milliseconds'] as number)
          : Number((p['Duration'] as { ticks: bigint }).ticks / 10_000n);
    try {
      rt.context.bridge.sleep(ms);
    } catch (err) {
      if (err instanceof BridgeCancelledError) throw new PipelineStoppedSignal();
      throw err;
    }
  },
};
