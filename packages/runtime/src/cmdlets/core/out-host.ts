// Out-Host and Out-Default: their input formatted as the console shows it (views, tables, lists at the host's
// width), written to the host line by line; nothing goes down the pipeline.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { formatEnumerationLimit, formatOutput } from '../../format/index.js';
import { writeHostLine } from '../../engine/host-output.js';
import { hostRendering } from './host-rendering.js';
import { inputObjectParameter } from '../input-object-parameter.js';

export const outHostMetadata: CommandMetadata = {
  name: 'Out-Host',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.OutHostCommand',
  // -Paging is accepted and ignored: the host shows everything at once.
  parameters: [inputObjectParameter, { name: 'Paging', type: 'switch' }],
};

export const outDefaultMetadata: CommandMetadata = {
  name: 'Out-Default',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.OutDefaultCommand',
  parameters: [inputObjectParameter, { name: 'Transcript', type: 'switch' }],
};

/**
 * Formats `objects` as the console does (the runspace's views, the host's width, VT decorations where the host shows
 * them) and shows the lines on the host's UI, as pwsh's Out-Host does: not the information stream, so `6>&1` or
 * `*>$null` neither captures nor hides them.
 */
export function writeFormattedToHost(rt: CommandRuntime, objects: readonly unknown[]): void {
  const text = formatOutput(objects, {
    width: rt.context.host.width ?? 120,
    views: rt.context.formatViews,
    enumerationLimit: formatEnumerationLimit(rt.context),
    rendering: hostRendering(rt.context),
  });
  if (text === '') return;
  for (const line of text.replace(/\n$/, '').split('\n')) writeHostLine(rt.context, line);
}

const buffers = new WeakMap<CommandRuntime, unknown[]>();

/** Collects the input (formatting needs the whole run of like objects), shows it at the end. */
export const outHost: CmdletImplementation = {
  begin: (rt) => void buffers.set(rt, []),
  process(rt) {
    if (rt.hasPipelineInput || rt.parameters['InputObject'] !== undefined)
      buffers.get(rt)!.push(rt.parameters['InputObject']);
  },
  end(rt) {
    // Out-Default -Transcript is pwsh's transcript-only output; exosh's transcript records what the host shows,
    // so it writes nothing.
    if (rt.parameters['Transcript'] === true) return;
    writeFormattedToHost(rt, buffers.get(rt)!);
  },
};
