// Measure-Object: Count, Sum/Average/Maximum/Minimum/StandardDeviation of numbers or of properties (one result
// per property), and -Line/-Word/-Character of text (TextMeasureInfo).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { convertTo, getMember, toStr } from '../../engine/semantics/index.js';
import { PSObject } from '../../values/ps-object.js';
import { doubleValue } from '../../values/ps-double.js';
import { inputObjectParameter } from '../input-object-parameter.js';

const generic = { GenericMeasure: {} };
const text = { TextMeasure: {} };

export const measureObjectMetadata: CommandMetadata = {
  name: 'Measure-Object',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.MeasureObjectCommand',
  defaultParameterSetName: 'GenericMeasure',
  parameters: [
    inputObjectParameter,
    { name: 'Property', type: 'string[]', parameterSets: { __AllParameterSets: { position: 0 } } },
    { name: 'Sum', type: 'switch', parameterSets: generic },
    { name: 'Average', type: 'switch', parameterSets: generic },
    { name: 'Maximum', type: 'switch', parameterSets: generic },
    { name: 'Minimum', type: 'switch', parameterSets: generic },
    { name: 'StandardDeviation', type: 'switch', parameterSets: generic },
    { name: 'AllStats', type: 'switch', parameterSets: generic },
    { name: 'Line', type: 'switch', parameterSets: text },
    { name: 'Word', type: 'switch', parameterSets: text },
    { name: 'Character', type: 'switch', parameterSets: text },
    { name: 'IgnoreWhiteSpace', type: 'switch', parameterSets: text },
  ],
};

/** Running figures for one property (or for the objects themselves). */
interface Stats {
  count: number;
  sum: number;
  /** Sum of squares, for the standard deviation. */
  squares: number;
  max: number | null;
  min: number | null;
  lines: number;
  words: number;
  characters: number;
}

const newStats = (): Stats => ({
  count: 0,
  sum: 0,
  squares: 0,
  max: null,
  min: null,
  lines: 0,
  words: 0,
  characters: 0,
});

const states = new WeakMap<CommandRuntime, Map<string, Stats>>();

function nullableDouble(n: number | null): unknown {
  return n === null ? null : doubleValue(n);
}

/** PowerShell's AnalyzeString: lines end at `\n` (a last unterminated line counts), words are runs of non-space. */
function measureText(s: Stats, value: string, ignoreWhiteSpace: boolean): void {
  let inWhiteSpace = true;
  for (const c of value) {
    const white = /\s/.test(c);
    if (!(ignoreWhiteSpace && white)) s.characters++;
    if (c === '\n') s.lines++;
    if (white) inWhiteSpace = true;
    else {
      if (inWhiteSpace) s.words++;
      inWhiteSpace = false;
    }
  }
  if (value.length > 0 && !value.endsWith('\n')) s.lines++;
}

const isTextMeasure = (p: Record<string, unknown>): boolean =>
  p['Line'] === true || p['Word'] === true || p['Character'] === true;

export const measureObject: CmdletImplementation = {
  begin(rt) {
    const properties = (rt.parameters['Property'] as string[] | undefined) ?? [''];
    states.set(rt, new Map(properties.map((name) => [name, newStats()])));
  },
  process(rt) {
    if (!rt.hasPipelineInput) return;
    const p = rt.parameters;
    const input = p['InputObject'];
    const wantNumbers =
      p['Sum'] || p['Average'] || p['Maximum'] || p['Minimum'] || p['StandardDeviation'] || p['AllStats'];
    for (const [property, s] of states.get(rt)!) {
      let value = input;
      if (property !== '') {
        if (value === null || value === undefined) continue;
        value = getMember(rt.context, value, property);
        if (value === null || value === undefined) continue;
      }
      s.count++;
      if (isTextMeasure(p)) {
        if (value !== null && value !== undefined)
          measureText(s, toStr(rt.context, value), p['IgnoreWhiteSpace'] === true);
        continue;
      }
      if (!wantNumbers) continue;
      const n = Number(convertTo(rt.context, value, 'double'));
      s.sum += n;
      s.squares += n * n;
      s.max = s.max === null || n > s.max ? n : s.max;
      s.min = s.min === null || n < s.min ? n : s.min;
    }
  },
  end(rt) {
    const p = rt.parameters;
    const all = p['AllStats'] === true;
    for (const [property, s] of states.get(rt)!) {
      const name = property === '' ? null : property;
      if (isTextMeasure(p)) {
        rt.writeObject(
          new PSObject({
            typeNames: [
              'Microsoft.PowerShell.Commands.TextMeasureInfo',
              'Microsoft.PowerShell.Commands.MeasureInfo',
              'System.Object',
            ],
            properties: [
              ['Lines', p['Line'] ? s.lines : null],
              ['Words', p['Word'] ? s.words : null],
              ['Characters', p['Character'] ? s.characters : null],
              ['Property', name],
            ],
          }),
        );
        continue;
      }
      const variance = s.count > 1 ? (s.squares - (s.sum * s.sum) / s.count) / (s.count - 1) : 0;
      rt.writeObject(
        new PSObject({
          typeNames: [
            'Microsoft.PowerShell.Commands.GenericMeasureInfo',
            'Microsoft.PowerShell.Commands.MeasureInfo',
            'System.Object',
          ],
          properties: [
            ['Count', s.count],
            // GenericMeasureInfo's statistics are Nullable<double>: Sum of 1,2,3 is the Double 6.
            ['Average', all || p['Average'] ? nullableDouble(s.count ? s.sum / s.count : null) : null],
            ['Sum', all || p['Sum'] ? nullableDouble(s.sum) : null],
            ['Maximum', all || p['Maximum'] ? nullableDouble(s.max) : null],
            ['Minimum', all || p['Minimum'] ? nullableDouble(s.min) : null],
            [
              'StandardDeviation',
              all || p['StandardDeviation'] ? nullableDouble(Math.sqrt(Math.max(0, variance))) : null,
            ],
            ['Property', name],
          ],
        }),
      );
    }
  },
};
