// Server-side parameter binding from the one declaration: names/aliases, type conversion, ValidateSet, parameter sets, mandatory.
import type { CmdletDeclaration, ParameterDeclaration, ParameterType } from '../catalog/types.js';
import { COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from '../catalog/types.js';
import { ExchangeError } from '../errors/exchange-error.js';
import { parseByteSize } from '../shape/byte-size.js';
import { parseUtcDate } from '../shape/dates.js';
import type { JsonValue } from '../types.js';
import type { BoundParameters, BoundValue, MultiValuedEdit } from './bound-parameters.js';

const ALL_SETS = '__AllParameterSets';

/** .NET type names used in conversion errors, as PowerShell prints them. */
const dotNetType: Readonly<Record<ParameterType, string>> = {
  String: 'System.String',
  'String[]': 'System.String[]',
  SwitchParameter: 'System.Management.Automation.SwitchParameter',
  Boolean: 'System.Boolean',
  Int32: 'System.Int32',
  Unlimited: 'Microsoft.Exchange.Data.Unlimited`1[System.UInt32]',
  DateTime: 'System.DateTime',
  ByteQuantifiedSize: 'Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.ByteQuantifiedSize]',
  MultiValuedProperty: 'Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]',
  Hashtable: 'System.Collections.Hashtable',
  Object: 'System.Object',
};

export function bindParameters(
  cmdlet: CmdletDeclaration,
  raw: Readonly<Record<string, JsonValue>>,
): BoundParameters {
  const values = new Map<string, BoundValue>();
  const common = new Map<string, JsonValue>();
  const commonNames = [
    ...COMMON_PARAMETERS,
    ...(cmdlet.supportsShouldProcess ? SHOULD_PROCESS_PARAMETERS : []),
  ];
  for (const [key, value] of Object.entries(raw)) {
    if (key.includes('@')) continue; // OData annotations such as "Param@odata.type" describe a sibling value
    const declared = findParameter(cmdlet, key);
    if (declared) {
      values.set(declared.name, convert(declared, value));
      continue;
    }
    const commonName = commonNames.find((c) => c.toLowerCase() === key.toLowerCase());
    if (commonName) common.set(commonName, value);
    else throw new ExchangeError('NamedParameterNotFound', [key], key);
  }
  const parameterSet = resolveParameterSet(cmdlet, values);
  const missing = cmdlet.parameters
    .filter((p) => isMandatoryIn(p, parameterSet) && !values.has(p.name))
    .map((p) => p.name);
  if (missing.length > 0)
    throw new ExchangeError('MissingMandatoryParameter', [missing.join(' ')], missing.join(' '));
  return { parameterSet, values, common };
}

function findParameter(cmdlet: CmdletDeclaration, key: string): ParameterDeclaration | undefined {
  const k = key.toLowerCase();
  return cmdlet.parameters.find(
    (p) => p.name.toLowerCase() === k || p.aliases?.some((a) => a.toLowerCase() === k),
  );
}

function setsOf(p: ParameterDeclaration): string[] {
  return p.sets?.map((s) => s.set) ?? [ALL_SETS];
}

function isMandatoryIn(p: ParameterDeclaration, set: string): boolean {
  return (p.sets ?? []).some((s) => s.mandatory === true && (s.set === set || s.set === ALL_SETS));
}

/** All named sets a cmdlet declares (a cmdlet with none has only the all-sets set). */
export function declaredSets(cmdlet: CmdletDeclaration): string[] {
  const names = new Set<string>();
  if (cmdlet.defaultParameterSet) names.add(cmdlet.defaultParameterSet);
  for (const p of cmdlet.parameters) for (const s of setsOf(p)) if (s !== ALL_SETS) names.add(s);
  return names.size ? [...names] : [ALL_SETS];
}

function resolveParameterSet(cmdlet: CmdletDeclaration, values: ReadonlyMap<string, BoundValue>): string {
  let candidates = declaredSets(cmdlet);
  for (const name of values.keys()) {
    const p = cmdlet.parameters.find((x) => x.name === name);
    const sets = p ? setsOf(p) : [ALL_SETS];
    if (sets.includes(ALL_SETS)) continue;
    candidates = candidates.filter((c) => sets.includes(c));
  }
  if (candidates.length === 0) throw new ExchangeError('AmbiguousParameterSet');
  if (candidates.length === 1) return candidates[0] as string;
  if (cmdlet.defaultParameterSet && candidates.includes(cmdlet.defaultParameterSet))
    return cmdlet.defaultParameterSet;
  const satisfied = candidates.filter((set) =>
    cmdlet.parameters.every((p) => !isMandatoryIn(p, set) || values.has(p.name)),
  );
  if (satisfied.length === 1) return satisfied[0] as string;
  throw new ExchangeError('AmbiguousParameterSet');
}

function display(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function convert(p: ParameterDeclaration, value: JsonValue): BoundValue {
  const fail = (reason: string): never => {
    throw new ExchangeError(
      'CannotConvertArgument',
      [p.name, display(value), dotNetType[p.type], reason],
      p.name,
    );
  };
  if (value === null) {
    if (p.type === 'SwitchParameter' || p.type === 'Int32') fail('Null value is not allowed.');
    return null;
  }
  const converted = convertValue(p.type, value, fail);
  if (p.validateSet && converted !== null) {
    const items = Array.isArray(converted) ? (converted as string[]) : [String(converted)];
    for (const item of items)
      if (!p.validateSet.some((v) => v.toLowerCase() === item.toLowerCase()))
        throw new ExchangeError('ValidateSetFailure', [p.name, item, p.validateSet.join(',')], p.name);
    // ValidateSet normalises case to the declared spelling, as PowerShell's binder does not but Exchange's enums do.
    const canon = (s: string): string => p.validateSet?.find((v) => v.toLowerCase() === s.toLowerCase()) ?? s;
    return Array.isArray(converted) ? (converted as string[]).map(canon) : canon(String(converted));
  }
  return converted;
}

function scalarText(value: JsonValue): string | undefined {
  return typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;
}

function convertValue(type: ParameterType, value: JsonValue, fail: (reason: string) => never): BoundValue {
  switch (type) {
    case 'String': {
      const s = scalarText(value);
      return (
        s ??
        (Array.isArray(value)
          ? value.map((v) => scalarText(v) ?? '').join(' ')
          : fail('Specified method is not supported.'))
      );
    }
    case 'String[]': {
      const list = Array.isArray(value) ? value : [value];
      return list.map((v) => scalarText(v) ?? fail('Specified method is not supported.'));
    }
    case 'SwitchParameter':
    case 'Boolean': {
      if (typeof value === 'boolean') return value;
      if (typeof value === 'number') return value !== 0;
      if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
      return fail(`String "${display(value)}" was not recognized as a valid Boolean.`);
    }
    case 'Int32': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
            ? Number(value)
            : NaN;
      if (!Number.isInteger(n) || n > 2147483647 || n < -2147483648)
        fail('Input string was not in a correct format.');
      return n;
    }
    case 'Unlimited': {
      if (typeof value === 'string' && /^unlimited$/i.test(value.trim())) return 'Unlimited';
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && /^\s*\d+\s*$/.test(value)
            ? Number(value)
            : NaN;
      if (!Number.isInteger(n) || n < 0 || n > 4294967295) fail('Input string was not in a correct format.');
      return n;
    }
    case 'DateTime': {
      const t = typeof value === 'string' ? parseUtcDate(value) : NaN;
      if (Number.isNaN(t)) fail(`String '${display(value)}' was not recognized as a valid DateTime.`);
      return t;
    }
    case 'ByteQuantifiedSize': {
      const size =
        typeof value === 'number' ? value : typeof value === 'string' ? parseByteSize(value) : undefined;
      if (size === undefined) fail(`The value "${display(value)}" isn't a valid byte quantified size.`);
      return size as number | 'Unlimited';
    }
    case 'MultiValuedProperty':
      return toMultiValuedEdit(value, fail);
    case 'Hashtable':
      if (typeof value !== 'object' || Array.isArray(value)) fail('Cannot convert the value to a hashtable.');
      return value;
    case 'Object':
      return value;
  }
}

function toMultiValuedEdit(value: JsonValue, fail: (reason: string) => never): MultiValuedEdit {
  const list = (v: JsonValue | undefined): string[] =>
    v === undefined || v === null
      ? []
      : (Array.isArray(v) ? v : [v]).map((x) => scalarText(x) ?? fail('Specified method is not supported.'));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value).filter(([k]) => !k.startsWith('@'));
    const pick = (name: string): JsonValue | undefined =>
      entries.find(([k]) => k.toLowerCase() === name)?.[1];
    if (entries.some(([k]) => !['add', 'remove'].includes(k.toLowerCase())))
      fail('The hashtable may contain only the keys Add and Remove.');
    return { add: list(pick('add')), remove: list(pick('remove')) };
  }
  return { replace: list(value) };
}
