// Format-Custom: the type's custom view (pwsh's CustomControl), else each object as a `class <Type> { ... }` tree to
// -Depth (format/complex-writer.ts); emits the rendered lines, as the other Format-* cmdlets.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { defaultPropertyReader, formatEnumerationLimit, plainRendering } from '../../format/index.js';
import { writeComplex } from '../../format/complex-writer.js';
import { columnsOf } from './format-cmdlets.js';
import { checkViewAndProperty, namedView } from './format-view-selection.js';
import { inputObjectParameter } from '../input-object-parameter.js';

const implementingType = 'Microsoft.PowerShell.Commands.FormatCustomCommand';

export const formatCustomMetadata: CommandMetadata = {
  name: 'Format-Custom',
  commandType: 'Cmdlet',
  implementingType,
  parameters: [
    inputObjectParameter,
    { name: 'Property', type: 'object[]', parameterSets: { __AllParameterSets: { position: 0 } } },
    { name: 'Depth', type: 'int', validation: [{ kind: 'ValidateRange', min: 1, max: 2147483647 }] },
    { name: 'View', type: 'string' },
  ],
};

const buffers = new WeakMap<CommandRuntime, unknown[]>();

export const formatCustom: CmdletImplementation = {
  begin(rt) {
    checkViewAndProperty(rt, implementingType);
    buffers.set(rt, []);
  },
  process(rt) {
    if (rt.hasPipelineInput || rt.parameters['InputObject'] !== undefined)
      buffers.get(rt)!.push(rt.parameters['InputObject']);
  },
  end(rt) {
    const rows = buffers.get(rt)!.filter((r) => r !== null && r !== undefined);
    const properties = columnsOf(rt, rows);
    const views = rt.context.formatViews;
    // -View names the custom view; else the type's own, unless -Property asks for properties.
    const view =
      properties || rows.length === 0
        ? undefined
        : (namedView(rt, rows[0], 'custom', implementingType) ?? views.findKindFor(rows[0], 'custom'));
    const options = {
      depth: (rt.parameters['Depth'] as number | undefined) ?? 5,
      reader: views.properties ?? defaultPropertyReader,
      enumerationLimit: formatEnumerationLimit(rt.context),
      width: rt.context.host.width ?? 120,
      ...(properties ? { properties } : {}),
    };
    // pwsh's format start and end each add a blank line around the entries.
    const lines = rows.flatMap((r) => (view ? view.lines(r, plainRendering()) : writeComplex(r, options)));
    for (const l of ['', ...lines, '']) rt.writeObject(l);
  },
};
