// Measure-Object: Count, and Sum/Average/Maximum/Minimum of numbers or of a property.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { convertTo, getMember } from '../../engine/semantics/index.js';
import { PSObject } from '../../values/ps-object.js';

export const measureObjectMetadata: CommandMetadata = {
  name: 'Measure-Object',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.MeasureObjectCommand',
  defaultParameterSetName: 'GenericMeasure',
  parameters: [
    {
      name: 'InputObject',
      type: 'psobject',
      parameterSets: { __AllParameterSets: { valueFromPipeline: true } },
      allowNull: true,
    },
    { name: 'Property', type: 'string[]', parameterSets: { __AllParameterSets: { position: 0 } } },
    { name: 'Sum', type: 'switch', parameterSets: { GenericMeasure: {} } },
    { name: 'Average', type: 'switch', parameterSets: { GenericMeasure: {} } },
    { name: 'Maximum', type: 'switch', parameterSets: { GenericMeasure: {} } },
    { name: 'Minimum', type: 'switch', parameterSets: { GenericMeasure: {} } },
    { name: 'AllStats', type: 'switch', parameterSets: { GenericMeasure: {} } },
  ],
};

interface Stats {
  count: number;
  sum: number;
  max: number | null;
  min: number | null;
}

const stats = new WeakMap<CommandRuntime, Stats>();

export const measureObject: CmdletImplementation = {
  begin(rt) {
    stats.set(rt, { count: 0, sum: 0, max: null, min: null });
  },
  process(rt) {
    if (!rt.hasPipelineInput) return;
    const s = stats.get(rt) as Stats;
    let value = rt.parameters['InputObject'];
    const property = (rt.parameters['Property'] as string[] | undefined)?.[0];
    if (property !== undefined) {
      if (value === null || value === undefined) return;
      value = getMember(rt.context, value, property);
      if (value === null || value === undefined) return;
    }
    s.count++;
    const wantNumbers =
      rt.parameters['Sum'] ||
      rt.parameters['Average'] ||
      rt.parameters['Maximum'] ||
      rt.parameters['Minimum'] ||
      rt.parameters['AllStats'];
    if (!wantNumbers) return;
    const n = Number(convertTo(rt.context, value, 'double'));
    s.sum += n;
    s.max = s.max === null || n > s.max ? n : s.max;
    s.min = s.min === null || n < s.min ? n : s.min;
  },
  end(rt) {
    const s = stats.get(rt) as Stats;
    const p = rt.parameters;
    const all = p['AllStats'] === true;
    rt.writeObject(
      new PSObject({
        typeNames: [
          'Microsoft.PowerShell.Commands.GenericMeasureInfo',
          'Microsoft.PowerShell.Commands.MeasureInfo',
          'System.Object',
        ],
        properties: [
          ['Count', s.count],
          ['Average', all || p['Average'] ? (s.count ? s.sum / s.count : null) : null],
          ['Sum', all || p['Sum'] ? s.sum : null],
          ['Maximum', all || p['Maximum'] ? s.max : null],
          ['Minimum', all || p['Minimum'] ? s.min : null],
          ['StandardDeviation', null],
          ['Property', (p['Property'] as string[] | undefined)?.[0] ?? null],
        ],
      }),
    );
  },
};
