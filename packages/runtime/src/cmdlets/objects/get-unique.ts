// Get-Unique: drops adjacent duplicates of a sorted stream (as objects, as strings, or by type).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { compareStrings, compareValues, objectToString, stringsEqual } from '../../conversion/index.js';
import { PSObject } from '../../values/ps-object.js';
import { typeNameOf } from '../../values/type-names.js';
import { inputObjectParameter } from '../input-object-parameter.js';

export const getUniqueMetadata: CommandMetadata = {
  name: 'Get-Unique',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetUniqueCommand',
  defaultParameterSetName: 'AsString',
  parameters: [
    inputObjectParameter,
    { name: 'AsString', type: 'switch', parameterSets: { AsString: {} } },
    { name: 'OnType', type: 'switch', parameterSets: { UniqueByType: {} } },
    { name: 'CaseInsensitive', type: 'switch' },
  ],
};

interface State {
  seen: boolean;
  last: unknown;
  lastText: string | undefined;
}

const states = new WeakMap<CommandRuntime, State>();

/** The first type name pwsh's PSObject reports (InternalTypeNames[0]). */
function firstTypeName(value: unknown): string {
  if (value instanceof PSObject) return value.typeNames[0] ?? 'System.Object';
  return typeNameOf(value);
}

/** ObjectCommandComparer: LanguagePrimitives comparison, falling back to the ToString() texts. */
function differ(a: unknown, b: unknown, ignoreCase: boolean): boolean {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return false;
  try {
    return compareValues(a, b, { ignoreCase }) !== 0;
  } catch {
    return compareStrings(objectToString(a), objectToString(b), ignoreCase) !== 0;
  }
}

export const getUnique: CmdletImplementation = {
  begin(rt) {
    states.set(rt, { seen: false, last: undefined, lastText: undefined });
  },
  process(rt) {
    // Without input (a bare `Get-Unique`) there is nothing to write.
    if (!rt.hasPipelineInput && !('InputObject' in rt.parameters)) return;
    const state = states.get(rt)!;
    const input = rt.parameters['InputObject'] ?? null;
    const ignoreCase = rt.parameters['CaseInsensitive'] === true;
    let unique = true;
    if (state.seen) {
      if (rt.parameters['OnType'] === true) {
        unique = firstTypeName(input) !== firstTypeName(state.last);
      } else if (rt.parameters['AsString'] === true) {
        const text = objectToString(input);
        state.lastText ??= objectToString(state.last);
        if (stringsEqual(text, state.lastText, ignoreCase)) unique = false;
        else state.lastText = text;
      } else {
        unique = differ(input, state.last, ignoreCase);
      }
    }
    if (!unique) return;
    rt.writeObject(input);
    state.seen = true;
    state.last = input;
  },
};
