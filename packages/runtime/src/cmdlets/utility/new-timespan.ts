// New-TimeSpan: the span between -Start and -End, or one made of -Days..-Milliseconds.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { invokeMethod } from '../../engine/semantics/index.js';
import { PSDateTime } from '../../values/ps-datetime.js';
import { PSTimeSpan } from '../../values/ps-timespan.js';

export const newTimeSpanMetadata: CommandMetadata = {
  name: 'New-TimeSpan',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.NewTimeSpanCommand',
  defaultParameterSetName: 'Date',
  parameters: [
    {
      name: 'Start',
      type: 'datetime',
      aliases: ['LastWriteTime'],
      parameterSets: { Date: { position: 0, valueFromPipelineByPropertyName: true } },
    },
    {
      name: 'End',
      type: 'datetime',
      parameterSets: { Date: { position: 1, valueFromPipelineByPropertyName: true } },
    },
    { name: 'Days', type: 'int', parameterSets: { Time: {} } },
    { name: 'Hours', type: 'int', parameterSets: { Time: {} } },
    { name: 'Minutes', type: 'int', parameterSets: { Time: {} } },
    { name: 'Seconds', type: 'int', parameterSets: { Time: {} } },
    { name: 'Milliseconds', type: 'int', parameterSets: { Time: {} } },
  ],
};

export const newTimeSpan: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    if (rt.parameterSetName === 'Time') {
      const n = (k: string) => (p[k] as number | undefined) ?? 0;
      const ms =
        (((n('Days') * 24 + n('Hours')) * 60 + n('Minutes')) * 60 + n('Seconds')) * 1000 + n('Milliseconds');
      rt.writeObject(new PSTimeSpan(BigInt(ms) * 10_000n));
      return;
    }
    const start = (p['Start'] as PSDateTime | undefined) ?? PSDateTime.now();
    const end = (p['End'] as PSDateTime | undefined) ?? PSDateTime.now();
    rt.writeObject(invokeMethod(rt.context, end, 'Subtract', [start]));
  },
};
