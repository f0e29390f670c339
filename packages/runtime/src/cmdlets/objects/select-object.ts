// Select-Object: properties (calculated too), -ExpandProperty, -First/-Last/-Skip/-Index/-Unique; -First stops upstream.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { StopUpstreamSignal } from '../../engine/flow/flow-control.js';
import { ScriptBlock } from '../../engine/script-block.js';
import {
  enumerate,
  equalsForUnique,
  getMember,
  propertyNamesOf,
  toStr,
} from '../../engine/semantics/index.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSObject } from '../../values/ps-object.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { matchesWildcard } from '../../engine/semantics/index.js';
import { inputObjectParameter } from '../input-object-parameter.js';

export const selectObjectMetadata: CommandMetadata = {
  name: 'Select-Object',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.SelectObjectCommand',
  defaultParameterSetName: 'DefaultParameter',
  parameters: [
    inputObjectParameter,
    {
      name: 'Property',
      type: 'object[]',
      parameterSets: { DefaultParameter: { position: 0 }, SkipLastParameter: { position: 0 } },
    },
    {
      name: 'ExcludeProperty',
      type: 'string[]',
      parameterSets: { DefaultParameter: {}, SkipLastParameter: {} },
    },
    {
      name: 'ExpandProperty',
      type: 'string',
      parameterSets: { DefaultParameter: {}, SkipLastParameter: {} },
    },
    { name: 'Unique', type: 'switch' },
    {
      name: 'Last',
      type: 'int',
      parameterSets: { DefaultParameter: {} },
      validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }],
    },
    {
      name: 'First',
      type: 'int',
      parameterSets: { DefaultParameter: {} },
      validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }],
    },
    {
      name: 'Skip',
      type: 'int',
      parameterSets: { DefaultParameter: {} },
      validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }],
    },
    { name: 'SkipLast', type: 'int', parameterSets: { SkipLastParameter: {} } },
    { name: 'Index', type: 'int[]', parameterSets: { IndexParameter: {} } },
  ],
};

type Selector = { name: string; get: (rt: CommandRuntime, input: unknown) => unknown } | { wildcard: string };

function selectorsOf(rt: CommandRuntime): Selector[] | undefined {
  const props = rt.parameters['Property'] as unknown[] | undefined;
  if (!props) return undefined;
  return props.map((p): Selector => {
    if (p instanceof PSHashtable) {
      const name = toStr(rt.context, p.get('Name') ?? p.get('N') ?? p.get('Label') ?? p.get('L') ?? '');
      const expr = p.get('Expression') ?? p.get('E');
      if (expr instanceof ScriptBlock)
        return { name, get: (_rt, input) => collapse(expr.invokeWithDollarUnder(input)) };
      const prop = toStr(rt.context, expr);
      return { name: name || prop, get: (r, input) => getMember(r.context, input, prop) };
    }
    const name = toStr(rt.context, p);
    if (/[*?[]/.test(name)) return { wildcard: name };
    return { name, get: (r, input) => getMember(r.context, input, name) };
  });
}

function collapse(items: unknown[]): unknown {
  return items.length === 0 ? null : items.length === 1 ? items[0] : items;
}

interface State {
  seen: number;
  emitted: number;
  buffer: unknown[];
  unique: unknown[];
  selectors: Selector[] | undefined;
}

const states = new WeakMap<CommandRuntime, State>();

function project(rt: CommandRuntime, s: State, input: unknown): unknown {
  const expand = rt.parameters['ExpandProperty'] as string | undefined;
  const exclude = (rt.parameters['ExcludeProperty'] as string[] | undefined) ?? [];
  if (!s.selectors && expand === undefined) return input;
  const out = new PSObject({
    typeNames: [
      'Selected.' + 'System.Management.Automation.PSCustomObject',
      'System.Management.Automation.PSCustomObject',
      'System.Object',
    ],
  });
  for (const sel of s.selectors ?? []) {
    if ('wildcard' in sel) {
      for (const name of propertyNamesOf(input)) {
        if (matchesWildcard(name, sel.wildcard) && !exclude.some((e) => matchesWildcard(name, e)))
          out.setNote(name, getMember(rt.context, input, name));
      }
    } else if (!exclude.some((e) => matchesWildcard(sel.name, e))) out.setNote(sel.name, sel.get(rt, input));
  }
  if (expand !== undefined) {
    if (
      input instanceof PSObject &&
      !propertyNamesOf(input).some((n) => n.toLowerCase() === expand.toLowerCase())
    ) {
      rt.writeError(
        new ErrorRecord({
          message: `Property "${expand}" cannot be found.`,
          errorId: 'ExpandPropertyNotFound',
          category: 'InvalidArgument',
          exceptionType: 'System.Management.Automation.PSArgumentException',
          targetObject: input,
          implementingType: 'Microsoft.PowerShell.Commands.SelectObjectCommand',
        }),
      );
      return undefined;
    }
    return getMember(rt.context, input, expand);
  }
  return out;
}

function emit(rt: CommandRuntime, s: State, value: unknown): void {
  if (value === undefined) return;
  if (rt.parameters['Unique'] === true) {
    if (s.unique.some((u) => equalsForUnique(rt.context, u, value))) return;
    s.unique.push(value);
  }
  const expand = rt.parameters['ExpandProperty'] as string | undefined;
  if (expand !== undefined && enumerate(value)) rt.writeObject(value, true);
  else rt.writeObject(value);
}

export const selectObject: CmdletImplementation = {
  begin(rt) {
    states.set(rt, { seen: 0, emitted: 0, buffer: [], unique: [], selectors: selectorsOf(rt) });
  },
  process(rt) {
    if (!rt.hasPipelineInput && rt.parameters['InputObject'] === undefined) return;
    const s = states.get(rt) as State;
    const input = rt.parameters['InputObject'] ?? null;
    const p = rt.parameters;
    const index = s.seen++;
    if (p['Index'] !== undefined) {
      if ((p['Index'] as number[]).includes(index)) emit(rt, s, project(rt, s, input));
      return;
    }
    const skip = (p['Skip'] as number | undefined) ?? 0;
    if (index < skip) return;
    const first = p['First'] as number | undefined;
    if (p['Last'] !== undefined || p['SkipLast'] !== undefined) {
      // PowerShell's SelectObjectQueue: after -Skip, -First objects stream out; the rest wait for -Last/-SkipLast.
      if (first !== undefined && s.emitted < first) {
        s.emitted++;
        emit(rt, s, project(rt, s, input));
      } else s.buffer.push(input);
      return;
    }
    if (first !== undefined && s.emitted >= first) throw new StopUpstreamSignal(rt);
    s.emitted++;
    emit(rt, s, project(rt, s, input));
    if (first !== undefined && s.emitted >= first) throw new StopUpstreamSignal(rt);
  },
  end(rt) {
    const s = states.get(rt) as State;
    const p = rt.parameters;
    if (p['Last'] === undefined && p['SkipLast'] === undefined) return;
    let items = s.buffer;
    if (p['SkipLast'] !== undefined)
      items = items.slice(0, Math.max(0, items.length - (p['SkipLast'] as number)));
    if (p['Last'] !== undefined)
      items = (p['Last'] as number) === 0 ? [] : items.slice(-(p['Last'] as number));
    for (const item of items) emit(rt, s, project(rt, s, item));
  },
};
