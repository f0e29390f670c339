// Compare-Object: pwsh's sync-window diff of two object lists, emitting SideIndicator objects (<=, =>, ==).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { getMember, toStr } from '../../engine/semantics/index.js';
import { compareStrings, compareValues, objectToString } from '../../conversion/index.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSObject } from '../../values/ps-object.js';
import { typeNameOf } from '../../values/type-names.js';

export const compareObjectMetadata: CommandMetadata = {
  name: 'Compare-Object',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.CompareObjectCommand',
  parameters: [
    {
      name: 'ReferenceObject',
      type: 'psobject[]',
      parameterSets: { __AllParameterSets: { mandatory: true, position: 0 } },
      allowEmptyCollection: true,
    },
    {
      name: 'DifferenceObject',
      type: 'psobject[]',
      parameterSets: { __AllParameterSets: { mandatory: true, position: 1, valueFromPipeline: true } },
      allowEmptyCollection: true,
    },
    {
      name: 'SyncWindow',
      type: 'int',
      validation: [{ kind: 'ValidateRange', min: 0, max: 2147483647 }],
    },
    { name: 'Property', type: 'object[]' },
    { name: 'ExcludeDifferent', type: 'switch' },
    { name: 'IncludeEqual', type: 'switch' },
    { name: 'PassThru', type: 'switch' },
    { name: 'Culture', type: 'string' },
    { name: 'CaseSensitive', type: 'switch' },
  ],
};

/** One input object with the values it is compared by (its properties, or itself). */
interface Entry {
  readonly input: unknown;
  readonly keys: readonly unknown[];
}

/** A -Property item: how to read its value and the name the output property gets. */
interface Key {
  readonly name: string;
  readonly get: (input: unknown) => unknown;
}

interface State {
  keys: Key[] | undefined;
  reference: Entry[] | undefined;
  referenceIndex: number;
  referenceBacklog: Entry[];
  differenceBacklog: Entry[];
  includeEqual: boolean;
}

const states = new WeakMap<CommandRuntime, State>();

/** The hashtable entry whose key is an unambiguous prefix of `name` (`E`, `Expr`, `Expression`). */
function hashEntry(table: PSHashtable, name: string): unknown {
  for (const [k, v] of table.entries()) {
    const key = String(k).toLowerCase();
    if (key.length > 0 && name.toLowerCase().startsWith(key)) return v;
  }
  return undefined;
}

function collapse(items: unknown[]): unknown {
  return items.length === 0 ? null : items.length === 1 ? items[0] : items;
}

function keysOf(rt: CommandRuntime): Key[] | undefined {
  const props = rt.parameters['Property'] as unknown[] | undefined;
  if (!props || props.length === 0) return undefined;
  return props.map((p): Key => {
    const expr = p instanceof PSHashtable ? hashEntry(p, 'Expression') : p;
    if (expr instanceof ScriptBlock)
      return { name: expr.toString(), get: (x) => collapse(expr.invokeWithDollarUnder(x)) };
    const name = toStr(rt.context, expr);
    return {
      name,
      get: (x) => (x === null || x === undefined ? null : getMember(rt.context, x, name)),
    };
  });
}

function entryOf(keys: Key[] | undefined, input: unknown): Entry {
  return { input, keys: keys ? keys.map((k) => k.get(input)) : [input] };
}

/** ObjectCommandComparer: LanguagePrimitives comparison, falling back to the ToString() texts. */
function sameValue(a: unknown, b: unknown, ignoreCase: boolean): boolean {
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  if (an && bn) return true;
  try {
    return compareValues(a, b, { ignoreCase }) === 0;
  } catch {
    return compareStrings(objectToString(a), objectToString(b), ignoreCase) === 0;
  }
}

function emit(rt: CommandRuntime, state: State, entry: Entry, side: '<=' | '=>' | '=='): void {
  let out: PSObject;
  if (rt.parameters['PassThru'] === true) {
    const input = entry.input;
    out = input instanceof PSObject ? input : PSObject.wrap(input, [typeNameOf(input), 'System.Object']);
  } else if (!state.keys) {
    out = new PSObject({ properties: [['InputObject', entry.input]] });
  } else {
    out = new PSObject();
    // A repeated -Property name keeps its first value, as pwsh's duplicate add is ignored.
    state.keys.forEach((k, i) => {
      if (!out.hasMember(k.name)) out.setNote(k.name, entry.keys[i] ?? null);
    });
  }
  out.removeMember('SideIndicator');
  out.setNote('SideIndicator', side);
  rt.writeObject(out);
}

function emitMatch(rt: CommandRuntime, state: State, entry: Entry): void {
  if (state.includeEqual) emit(rt, state, entry, '==');
}

function emitDifferent(rt: CommandRuntime, state: State, entry: Entry, side: '<=' | '=>'): void {
  if (rt.parameters['ExcludeDifferent'] !== true) emit(rt, state, entry, side);
}

function syncWindow(rt: CommandRuntime): number {
  return (rt.parameters['SyncWindow'] as number | undefined) ?? 2147483647;
}

/** pwsh's matching step for one difference entry (or none, when draining the reference list). */
function step(rt: CommandRuntime, state: State, incoming: Entry | undefined): void {
  const ignoreCase = rt.parameters['CaseSensitive'] !== true;
  const equal = (a: Entry, b: Entry): boolean => a.keys.every((k, i) => sameValue(k, b.keys[i], ignoreCase));
  const takeMatch = (match: Entry | undefined, list: Entry[]): Entry | undefined => {
    if (!match) return undefined;
    const i = list.findIndex((e) => equal(match, e));
    return i < 0 ? undefined : list.splice(i, 1)[0];
  };
  const reference = state.reference ?? [];
  let referenceEntry =
    state.referenceIndex < reference.length ? reference[state.referenceIndex++] : undefined;
  let differenceEntry = incoming;
  if (referenceEntry && differenceEntry && equal(referenceEntry, differenceEntry)) {
    emitMatch(rt, state, referenceEntry);
    return;
  }
  const backlogMatch = takeMatch(differenceEntry, state.referenceBacklog);
  if (backlogMatch) {
    emitMatch(rt, state, backlogMatch);
    differenceEntry = undefined;
  }
  if (takeMatch(referenceEntry, state.differenceBacklog) && referenceEntry) {
    emitMatch(rt, state, referenceEntry);
    referenceEntry = undefined;
  }
  const window = syncWindow(rt);
  const park = (entry: Entry, backlog: Entry[], side: '<=' | '=>'): void => {
    if (window === 0) {
      emitDifferent(rt, state, entry, side);
      return;
    }
    while (backlog.length >= window) emitDifferent(rt, state, backlog.shift() as Entry, side);
    backlog.push(entry);
  };
  if (differenceEntry) park(differenceEntry, state.differenceBacklog, '=>');
  if (referenceEntry) park(referenceEntry, state.referenceBacklog, '<=');
}

export const compareObject: CmdletImplementation = {
  begin(rt) {
    // -ExcludeDifferent turns -IncludeEqual on unless it was given as $false.
    const includeEqual =
      rt.parameters['IncludeEqual'] === true ||
      (rt.parameters['ExcludeDifferent'] === true && rt.parameters['IncludeEqual'] === undefined);
    states.set(rt, {
      keys: keysOf(rt),
      reference: undefined,
      referenceIndex: 0,
      referenceBacklog: [],
      differenceBacklog: [],
      includeEqual,
    });
  },
  process(rt) {
    const state = states.get(rt)!;
    const reference = (rt.parameters['ReferenceObject'] as unknown[] | null | undefined) ?? [];
    const difference = (rt.parameters['DifferenceObject'] as unknown[] | null | undefined) ?? [];
    if (reference.length === 0) {
      for (const d of difference) emitDifferent(rt, state, entryOf(state.keys, d), '=>');
      return;
    }
    state.reference ??= reference.map((r) => entryOf(state.keys, r));
    if (difference.length === 0) {
      step(rt, state, undefined);
      return;
    }
    for (const d of difference) step(rt, state, entryOf(state.keys, d));
  },
  end(rt) {
    const state = states.get(rt)!;
    if (state.reference) while (state.referenceIndex < state.reference.length) step(rt, state, undefined);
    for (const e of state.differenceBacklog) emitDifferent(rt, state, e, '=>');
    state.differenceBacklog = [];
    for (const e of state.referenceBacklog) emitDifferent(rt, state, e, '<=');
    state.referenceBacklog = [];
  },
};
