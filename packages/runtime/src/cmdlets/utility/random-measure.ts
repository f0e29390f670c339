// Get-Random (numbers, or picks from -InputObject) and Measure-Command (a TimeSpan of the block's run).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { invokeScriptBlock } from '../../engine/invocation/invoke-script-block.js';
import { nullPipe } from '../../engine/pipeline/pipe.js';
import type { ScriptBlock } from '../../engine/script-block.js';
import { PSTimeSpan } from '../../values/ps-timespan.js';
import { doubleValue, isDouble } from '../../values/ps-double.js';
import { baseObject } from '../../conversion/convert-to.js';

export const getRandomMetadata: CommandMetadata = {
  name: 'Get-Random',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetRandomCommand',
  defaultParameterSetName: 'RandomNumberParameterSet',
  parameters: [
    { name: 'Maximum', type: 'object', parameterSets: { RandomNumberParameterSet: { position: 0 } } },
    { name: 'Minimum', type: 'object', parameterSets: { RandomNumberParameterSet: {} } },
    {
      name: 'InputObject',
      type: 'object[]',
      parameterSets: {
        RandomListItemParameterSet: { mandatory: true, position: 0, valueFromPipeline: true },
        ShuffleParameterSet: { mandatory: true, position: 0, valueFromPipeline: true },
      },
      allowNull: true,
    },
    {
      name: 'Count',
      type: 'int',
      parameterSets: { RandomNumberParameterSet: {}, RandomListItemParameterSet: {} },
    },
    { name: 'Shuffle', type: 'switch', parameterSets: { ShuffleParameterSet: { mandatory: true } } },
    { name: 'SetSeed', type: 'int' },
  ],
};

const pools = new WeakMap<CommandRuntime, unknown[]>();

function pick<T>(items: T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

export const getRandom: CmdletImplementation = {
  begin: (rt) => void pools.set(rt, []),
  process(rt) {
    if (rt.parameterSetName !== 'RandomNumberParameterSet')
      pools.get(rt)!.push(...((rt.parameters['InputObject'] as unknown[] | undefined) ?? []));
  },
  end(rt) {
    const p = rt.parameters;
    if (rt.parameterSetName !== 'RandomNumberParameterSet') {
      const items = pools.get(rt)!;
      const count =
        rt.parameterSetName === 'ShuffleParameterSet'
          ? items.length
          : ((p['Count'] as number | undefined) ?? 1);
      for (const item of pick(items, count)) rt.writeObject(item);
      return;
    }
    const min = p['Minimum'] === undefined ? 0 : Number(baseObject(p['Minimum']));
    const max = p['Maximum'] === undefined ? 2147483647 : Number(baseObject(p['Maximum']));
    // GetRandomCommand: integers give an integer; any other bound (a Double, even 1.0) a Double.
    const integralBound = (v: unknown): boolean =>
      v === undefined || (!isDouble(baseObject(v)) && Number.isInteger(Number(baseObject(v))));
    const integral = integralBound(p['Minimum']) && integralBound(p['Maximum']);
    for (let i = 0; i < ((p['Count'] as number | undefined) ?? 1); i++) {
      const r = min + Math.random() * (max - min);
      rt.writeObject(integral ? Math.floor(r) : doubleValue(r));
    }
  },
};

export const measureCommandMetadata: CommandMetadata = {
  name: 'Measure-Command',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.MeasureCommandCommand',
  parameters: [
    {
      name: 'Expression',
      type: 'scriptblock',
      parameterSets: { __AllParameterSets: { mandatory: true, position: 0 } },
    },
    {
      name: 'InputObject',
      type: 'psobject',
      parameterSets: { __AllParameterSets: { valueFromPipeline: true } },
    },
  ],
};

/** The block's output is discarded, as in pwsh; only the elapsed time comes out. */
export const measureCommand: CmdletImplementation = {
  end(rt) {
    const start = process.hrtime.bigint();
    invokeScriptBlock(rt.context, rt.parameters['Expression'] as ScriptBlock, {
      newScope: false,
      output: nullPipe,
    });
    rt.writeObject(new PSTimeSpan((process.hrtime.bigint() - start) / 100n));
  },
};
