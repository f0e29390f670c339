// Out-GridView without a GUI: the input is shown on the host as the console formats it, and -PassThru or
// -OutputMode Single/Multiple pass the objects on (there is no window to pick them in, so all of them).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { writeFormattedToHost } from '../core/out-host.js';
import { inputObjectParameter } from '../input-object-parameter.js';

export const outGridViewMetadata: CommandMetadata = {
  name: 'Out-GridView',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.OutGridViewCommand',
  defaultParameterSetName: 'PassThru',
  parameters: [
    inputObjectParameter,
    { name: 'Title', type: 'string', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
    { name: 'Wait', type: 'switch', parameterSets: { Wait: {} } },
    {
      name: 'OutputMode',
      type: 'OutputModeOption',
      enumValues: ['None', 'Single', 'Multiple'],
      parameterSets: { OutputMode: {} },
    },
    { name: 'PassThru', type: 'switch', parameterSets: { PassThru: {} } },
  ],
};

const buffers = new WeakMap<CommandRuntime, unknown[]>();

export const outGridView: CmdletImplementation = {
  begin: (rt) => void buffers.set(rt, []),
  process(rt) {
    if (rt.hasPipelineInput || rt.parameters['InputObject'] !== undefined)
      buffers.get(rt)!.push(rt.parameters['InputObject']);
  },
  end(rt) {
    const objects = buffers.get(rt)!;
    const title = rt.parameters['Title'] as string | undefined;
    if (title !== undefined) rt.writeHost(title);
    writeFormattedToHost(rt, objects);
    const mode = String(rt.parameters['OutputMode'] ?? 'None').toLowerCase();
    if (rt.parameters['PassThru'] === true || mode === 'multiple') for (const o of objects) rt.writeObject(o);
    // -OutputMode Single: the one row a user would pick; without a window, the first.
    else if (mode === 'single' && objects.length > 0) rt.writeObject(objects[0]);
  },
};
