// ConvertTo-Json (-Depth with pwsh's truncation warning, -Compress, -AsArray, -EnumsAsStrings) and ConvertFrom-Json.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { isScriptBlockLike } from '../../values/script-block-like.js';
import { objectToString } from '../../conversion/index.js';
import { PSDateTime } from '../../values/ps-datetime.js';
import { PSInt64 } from '../../values/ps-int64.js';
import { isUnsigned } from '../../values/ps-unsigned.js';
import { PSDouble } from '../../values/ps-double.js';
import { PSEnumValue } from '../../values/ps-enum.js';
import { PSGuid } from '../../values/ps-guid.js';
import { PSChar } from '../../values/ps-char.js';
import { PSDecimal } from '../../values/ps-decimal.js';
import { PSUri } from '../../values/ps-uri.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSList } from '../../values/ps-list.js';
import { PSObject } from '../../values/ps-object.js';
import { PSNullString } from '../../values/ps-null-string.js';
import { DBNullValue } from '../../types/builtin/dbnull-type.js';
import { propertyNamesOf, getMember } from '../../engine/semantics/index.js';
import { numberTypeName } from '../../values/type-names.js';
import { parseJsonKeepingIntegers } from './json-integers.js';
import { JsonNumber, JsonObject, jsonDecimal, jsonDouble, writeJson, type JsonValue } from './json-writer.js';

export const convertToJsonMetadata: CommandMetadata = {
  name: 'ConvertTo-Json',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToJsonCommand',
  parameters: [
    {
      name: 'InputObject',
      type: 'object',
      parameterSets: { __AllParameterSets: { mandatory: true, position: 0, valueFromPipeline: true } },
      allowNull: true,
    },
    { name: 'Depth', type: 'int', validation: [{ kind: 'ValidateRange', min: 0, max: 100 }] },
    { name: 'Compress', type: 'switch' },
    { name: 'EnumsAsStrings', type: 'switch' },
    { name: 'AsArray', type: 'switch' },
    {
      name: 'EscapeHandling',
      type: 'StringEscapeHandling',
      enumValues: ['Default', 'EscapeNonAscii', 'EscapeHtml'],
    },
  ],
};

interface JsonState {
  items: unknown[];
  truncated: boolean;
}

/** What JsonObject writes as a JSON value rather than as an object of properties. */
function isJsonScalar(v: unknown): boolean {
  return (
    ['string', 'number', 'boolean', 'bigint'].includes(typeof v) ||
    v instanceof PSInt64 ||
    isUnsigned(v) ||
    v instanceof PSDouble ||
    v instanceof PSDecimal ||
    v instanceof PSChar ||
    v instanceof PSDateTime ||
    v instanceof PSGuid ||
    v instanceof PSUri ||
    v instanceof PSEnumValue
  );
}

/**
 * A .NET value wrapped with extended members (Add-Member): a scalar becomes `{"value": ..., <extended>}`, an object
 * lists its .NET properties, then the extended ones (JsonObject's ProcessCustomObject, then AppendPSProperties).
 */
function wrappedToJson(
  rt: CommandRuntime,
  v: PSObject,
  depth: number,
  max: number,
  state: JsonState,
): JsonValue {
  const base = v.baseObject;
  const extended = v.properties().map((p) => p.name);
  const member = (owner: unknown, n: string): [string, JsonValue] => [
    n,
    toJsonValue(rt, getMember(rt.context, owner, n), depth + 1, max, state),
  ];
  if (extended.length === 0 || (!isJsonScalar(base) && !isPropertyBag(base)))
    return toJsonValue(rt, base, depth, max, state);
  if (isJsonScalar(base)) {
    const value = toJsonValue(rt, base, depth, max, state);
    return depth > max ? value : new JsonObject([['value', value], ...extended.map((n) => member(v, n))]);
  }
  if (depth > max) {
    state.truncated = true;
    return objectToString(v);
  }
  const own = new Set(extended.map((n) => n.toLowerCase()));
  const adapted = propertyNamesOf(base).filter((n) => !own.has(n.toLowerCase()));
  return new JsonObject([...adapted.map((n) => member(base, n)), ...extended.map((n) => member(v, n))]);
}

/** An object serialized as its properties (not a collection or dictionary, which keep their own shape). */
function isPropertyBag(v: unknown): boolean {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof PSList) &&
    !(v instanceof PSHashtable)
  );
}

function toJsonValue(
  rt: CommandRuntime,
  v: unknown,
  depth: number,
  max: number,
  state: JsonState,
): JsonValue {
  // JsonObject writes [NullString]::Value and [DBNull]::Value as null.
  if (v === null || v === undefined || v instanceof PSNullString || v instanceof DBNullValue) return null;
  if (v instanceof PSObject && !v.isCustomObject) return wrappedToJson(rt, v, depth, max, state);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  // A Double as Newtonsoft writes it (`2.5E-05`, `2147483648.0`, "NaN"); an Int32 as its digits.
  if (typeof v === 'number') return numberTypeName(v) === 'System.Double' ? jsonDouble(v) : v;
  // An Int64, UInt32, UInt64 or a BigInteger is a JSON number with all its digits.
  if (typeof v === 'bigint') return new JsonNumber(v.toString());
  if (v instanceof PSInt64 || isUnsigned(v)) return new JsonNumber(v.value.toString());
  if (v instanceof PSDouble) return jsonDouble(v.value);
  if (v instanceof PSDateTime) return isoOf(v);
  // JsonObject writes these .NET types as their text, not as objects.
  if (v instanceof PSGuid || v instanceof PSUri || v instanceof PSChar) return v.toString();
  if (v instanceof PSDecimal) return jsonDecimal(v.toString());
  if (v instanceof PSEnumValue) return rt.parameters['EnumsAsStrings'] === true ? v.name : v.value;
  if (isScriptBlockLike(v)) return v.toString();
  const items = Array.isArray(v) ? v : v instanceof PSList ? v.items : undefined;
  if (items) {
    if (depth > max) {
      state.truncated = true;
      return objectToString(v);
    }
    return items.map((i) => toJsonValue(rt, i, depth + 1, max, state));
  }
  if (depth > max) {
    state.truncated = true;
    return objectToString(v);
  }
  if (v instanceof PSHashtable) {
    return new JsonObject(
      v.entries().map(([k, x]) => [objectToString(k), toJsonValue(rt, x, depth + 1, max, state)]),
    );
  }
  const names = propertyNamesOf(v);
  if (names.length === 0) return objectToString(v);
  return new JsonObject(
    names.map((n) => [n, toJsonValue(rt, getMember(rt.context, v, n), depth + 1, max, state)]),
  );
}

/** Dates as .NET's JSON serializer writes them: ISO 8601 with the kind's offset. */
function isoOf(d: PSDateTime): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const frac = d.millisecond ? `.${String(d.millisecond).padStart(3, '0')}` : '';
  const base = `${d.year}-${two(d.month)}-${two(d.day)}T${two(d.hour)}:${two(d.minute)}:${two(d.second)}${frac}`;
  if (d.kind === 'Utc') return `${base}Z`;
  if (d.kind === 'Local') {
    const off = -new Date(Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute)).getTimezoneOffset();
    const sign = off >= 0 ? '+' : '-';
    return `${base}${sign}${two(Math.floor(Math.abs(off) / 60))}:${two(Math.abs(off) % 60)}`;
  }
  return base;
}

const states = new WeakMap<CommandRuntime, JsonState>();

export const convertToJson: CmdletImplementation = {
  begin: (rt) => void states.set(rt, { items: [], truncated: false }),
  process: (rt) => void states.get(rt)!.items.push(rt.parameters['InputObject'] ?? null),
  end(rt) {
    const state = states.get(rt)!;
    // pwsh's EndProcessing writes nothing without input (`@() | ConvertTo-Json`).
    if (state.items.length === 0) return;
    const max = (rt.parameters['Depth'] as number | undefined) ?? 2;
    const values = state.items.map((i) => toJsonValue(rt, i, 0, max, state));
    const single = values.length === 1 && rt.parameters['AsArray'] !== true;
    const json = writeJson(single ? (values[0] ?? null) : values, rt.parameters['Compress'] !== true);
    if (state.truncated)
      rt.writeWarning(`Resulting JSON is truncated as serialization has exceeded the set depth of ${max}.`);
    rt.writeObject(json);
  },
};

export const convertFromJsonMetadata: CommandMetadata = {
  name: 'ConvertFrom-Json',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
  parameters: [
    {
      name: 'InputObject',
      type: 'string',
      parameterSets: { __AllParameterSets: { mandatory: true, position: 0, valueFromPipeline: true } },
      allowEmptyString: true,
    },
    { name: 'AsHashtable', type: 'switch' },
    { name: 'Depth', type: 'int' },
    { name: 'NoEnumerate', type: 'switch' },
  ],
};

export function fromJson(v: unknown, asHashtable: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => fromJson(x, asHashtable));
  if (v !== null && typeof v === 'object' && !(v instanceof PSInt64) && !(v instanceof PSDouble)) {
    const entries = Object.entries(v as Record<string, unknown>).map(
      ([k, x]) => [k, fromJson(x, asHashtable)] as const,
    );
    return asHashtable ? PSHashtable.from(entries, { ordered: true }) : PSObject.fromEntries(entries);
  }
  return v;
}

/** Where JSON.parse stopped, as line and position for the error message. */
function position(text: string, err: Error): string {
  const m = /position (\d+)/.exec(err.message);
  if (!m) return '';
  const at = Number(m[1]);
  const before = text.slice(0, at).split('\n');
  return `, line ${before.length}, position ${(before[before.length - 1] ?? '').length + 1}`;
}

const texts = new WeakMap<CommandRuntime, string[]>();

export const convertFromJson: CmdletImplementation = {
  begin: (rt) => void texts.set(rt, []),
  process: (rt) => void texts.get(rt)!.push(String(rt.parameters['InputObject'] ?? '')),
  end(rt) {
    const text = texts.get(rt)!.join('\n');
    if (text.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      rt.throwTerminatingError(
        new ErrorRecord({
          message: `Conversion from JSON failed with error: ${(err as Error).message}${position(text, err as Error)}.`,
          errorId: 'System.ArgumentException',
          category: 'NotSpecified',
          exceptionType: 'System.ArgumentException',
          implementingType: 'Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
        }),
      );
    }
    // Valid JSON (the first parse gives JSON.parse's own error text); its integers read again as Newtonsoft's Int64.
    parsed = parseJsonKeepingIntegers(text);
    const value = fromJson(parsed, rt.parameters['AsHashtable'] === true);
    rt.writeObject(value, Array.isArray(value) && rt.parameters['NoEnumerate'] !== true);
  },
};
