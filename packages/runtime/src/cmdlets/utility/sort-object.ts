// Sort-Object: a stable sort by properties, script blocks or {Expression; Descending} hashtables; -Unique.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { getMember, isTrue, toStr } from '../../engine/semantics/index.js';
import { compareValues } from '../../conversion/index.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { inputObjectParameter } from '../input-object-parameter.js';

export const sortObjectMetadata: CommandMetadata = {
  name: 'Sort-Object',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.SortObjectCommand',
  defaultParameterSetName: 'Default',
  parameters: [
    inputObjectParameter,
    { name: 'Property', type: 'object[]', parameterSets: { __AllParameterSets: { position: 0 } } },
    { name: 'Descending', type: 'switch' },
    { name: 'Unique', type: 'switch' },
    { name: 'CaseSensitive', type: 'switch' },
    { name: 'Stable', type: 'switch' },
    { name: 'Top', type: 'int', parameterSets: { Top: { mandatory: true } } },
    { name: 'Bottom', type: 'int', parameterSets: { Bottom: { mandatory: true } } },
  ],
};

interface Key {
  readonly get: (item: unknown) => unknown;
  readonly descending: boolean;
}

function keysOf(rt: CommandRuntime): Key[] {
  const descending = rt.parameters['Descending'] === true;
  const props = rt.parameters['Property'] as unknown[] | undefined;
  if (!props || props.length === 0) return [{ get: (x) => x, descending }];
  return props.map((p): Key => {
    if (p instanceof ScriptBlock) return { get: (x) => collapse(p.invokeWithDollarUnder(x)), descending };
    if (p instanceof PSHashtable) {
      const expr = p.get('Expression') ?? p.get('E');
      const desc = p.get('Descending') ?? p.get('Desc');
      const asc = p.get('Ascending') ?? p.get('Asc');
      const d = desc !== undefined ? isTrue(desc) : asc !== undefined ? !isTrue(asc) : descending;
      if (expr instanceof ScriptBlock)
        return { get: (x) => collapse(expr.invokeWithDollarUnder(x)), descending: d };
      const name = toStr(rt.context, expr);
      return { get: (x) => getMember(rt.context, x, name), descending: d };
    }
    const name = toStr(rt.context, p);
    return {
      get: (x) => (x === null || x === undefined ? null : getMember(rt.context, x, name)),
      descending,
    };
  });
}

function collapse(items: unknown[]): unknown {
  return items.length === 0 ? null : items.length === 1 ? items[0] : items;
}

const buffers = new WeakMap<CommandRuntime, unknown[]>();

export const sortObject: CmdletImplementation = {
  begin(rt) {
    buffers.set(rt, []);
  },
  process(rt) {
    if (rt.hasPipelineInput) buffers.get(rt)?.push(rt.parameters['InputObject'] ?? null);
  },
  end(rt) {
    const items = buffers.get(rt) ?? [];
    const keys = keysOf(rt);
    const ignoreCase = rt.parameters['CaseSensitive'] !== true;
    const rows = items.map((item, index) => ({ item, index, values: keys.map((k) => k.get(item)) }));
    const options = { ignoreCase };
    // Two plain numbers (not NaN) compare as numbers whatever their .NET types: the common case, without the
    // general conversion rules.
    const compare = (x: unknown, y: unknown): number =>
      typeof x === 'number' && typeof y === 'number' && x === x && y === y
        ? x < y
          ? -1
          : x > y
            ? 1
            : 0
        : compareValues(x, y, options);
    rows.sort((a, b) => {
      for (let i = 0; i < keys.length; i++) {
        const c = compare(a.values[i], b.values[i]);
        if (c !== 0) return (keys[i] as Key).descending ? -c : c;
      }
      return a.index - b.index;
    });
    let sorted = rows;
    if (rt.parameters['Unique'] === true) {
      sorted = rows.filter(
        (r, i) =>
          i === 0 || keys.some((_, k) => compare(r.values[k], (rows[i - 1] as typeof r).values[k]) !== 0),
      );
    }
    let out = sorted.map((r) => r.item);
    if (rt.parameters['Top'] !== undefined) out = out.slice(0, rt.parameters['Top'] as number);
    if (rt.parameters['Bottom'] !== undefined) out = out.slice(-(rt.parameters['Bottom'] as number));
    for (const item of out) rt.writeObject(item);
  },
};
