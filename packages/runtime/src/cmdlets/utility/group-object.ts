// Group-Object: GroupInfo objects (Count, Name, Group) in first-seen order, or a hashtable with -AsHashTable.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { getMember, toStr } from '../../engine/semantics/index.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSObject } from '../../values/ps-object.js';
import { inputObjectParameter } from '../input-object-parameter.js';

export const groupObjectMetadata: CommandMetadata = {
  name: 'Group-Object',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GroupObjectCommand',
  defaultParameterSetName: 'Default',
  parameters: [
    inputObjectParameter,
    { name: 'Property', type: 'object[]', parameterSets: { __AllParameterSets: { position: 0 } } },
    { name: 'NoElement', type: 'switch' },
    {
      name: 'AsHashTable',
      type: 'switch',
      aliases: ['AHT'],
      parameterSets: { HashTable: { mandatory: true } },
    },
    { name: 'AsString', type: 'switch', parameterSets: { HashTable: {} } },
    { name: 'CaseSensitive', type: 'switch' },
  ],
};

const state = new WeakMap<
  CommandRuntime,
  { keys: Map<string, { name: string; key: unknown; items: unknown[] }> }
>();

function keyOf(rt: CommandRuntime, item: unknown): unknown {
  const props = (rt.parameters['Property'] as unknown[] | undefined) ?? [];
  if (props.length === 0) return item;
  const values = props.map((p) => {
    if (p instanceof ScriptBlock) {
      const out = p.invokeWithDollarUnder(item);
      return out.length === 1 ? out[0] : out;
    }
    if (p instanceof PSHashtable) {
      const e = p.get('Expression') ?? p.get('E');
      if (e instanceof ScriptBlock) {
        const out = e.invokeWithDollarUnder(item);
        return out.length === 1 ? out[0] : out;
      }
      return getMember(rt.context, item, toStr(rt.context, e));
    }
    return item === null || item === undefined ? null : getMember(rt.context, item, toStr(rt.context, p));
  });
  return values.length === 1 ? values[0] : values;
}

export const groupObject: CmdletImplementation = {
  begin(rt) {
    state.set(rt, { keys: new Map() });
  },
  process(rt) {
    if (!rt.hasPipelineInput) return;
    const item = rt.parameters['InputObject'] ?? null;
    const key = keyOf(rt, item);
    const name = Array.isArray(key)
      ? key.map((k) => toStr(rt.context, k)).join(', ')
      : toStr(rt.context, key);
    const id = rt.parameters['CaseSensitive'] === true ? name : name.toLowerCase();
    const groups = state.get(rt)!.keys;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { name, key, items: [] }));
    g.items.push(item);
  },
  end(rt) {
    const groups = [...state.get(rt)!.keys.values()];
    if (rt.parameters['AsHashTable'] === true) {
      const table = new PSHashtable();
      for (const g of groups) table.set(rt.parameters['AsString'] === true ? g.name : g.key, g.items);
      rt.writeObject(table);
      return;
    }
    for (const g of groups) {
      const entries: [string, unknown][] = [
        ['Count', g.items.length],
        ['Name', g.name],
      ];
      if (rt.parameters['NoElement'] !== true) entries.push(['Group', g.items]);
      entries.push(['Values', Array.isArray(g.key) ? g.key : [g.key]]);
      rt.writeObject(
        new PSObject({
          typeNames: ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object'],
          properties: entries,
        }),
      );
    }
  },
};
