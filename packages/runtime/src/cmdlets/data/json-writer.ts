// ConvertTo-Json's text as Newtonsoft.Json writes it (pwsh 7.4): two-space indentation (or none with -Compress), and
// numbers in .NET's form: a Double with "R" digits and always a decimal point or exponent (`2.0`, `1E+20`).
import { formatDouble } from '../../conversion/index.js';

/** A number already in its JSON text. */
export class JsonNumber {
  constructor(readonly text: string) {}
}

/** An object's members in their order (a JS object would put integer-like keys first). */
export class JsonObject {
  constructor(readonly entries: readonly (readonly [string, JsonValue])[]) {}
}

/** Newtonsoft's EnsureDecimalPlace: a whole number gets `.0` (a decimal keeps its own scale: `1.50`). */
function ensureDecimalPlace(text: string): string {
  return /[.E]/.test(text) ? text : `${text}.0`;
}

/** JsonConvert.ToString(decimal): its invariant text, with a decimal point. */
export function jsonDecimal(text: string): JsonNumber {
  return new JsonNumber(ensureDecimalPlace(text));
}

/** JsonConvert.ToString(double): "R" text, `.0` added to a whole number; NaN and infinities as strings. */
export function jsonDouble(n: number): JsonNumber | string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return new JsonNumber(ensureDecimalPlace(formatDouble(n)));
}

export type JsonValue = null | boolean | number | string | JsonNumber | JsonObject | readonly JsonValue[];

/** The JSON text of a value tree; `indent` as Formatting.Indented (two spaces), else compact. */
export function writeJson(value: JsonValue, indent: boolean, level = 0): string {
  if (value === null) return 'null';
  if (value instanceof JsonNumber) return value.text;
  if (typeof value !== 'object') return JSON.stringify(value);
  const inner = indent ? '\n' + '  '.repeat(level + 1) : '';
  const outer = indent ? '\n' + '  '.repeat(level) : '';
  if (Array.isArray(value)) {
    const items = (value as readonly JsonValue[]).map((v) => writeJson(v, indent, level + 1));
    return items.length === 0 ? '[]' : `[${inner}${items.join(`,${inner}`)}${outer}]`;
  }
  const entries = (value as JsonObject).entries.map(
    ([k, v]) => `${JSON.stringify(k)}:${indent ? ' ' : ''}${writeJson(v, indent, level + 1)}`,
  );
  return entries.length === 0 ? '{}' : `{${inner}${entries.join(`,${inner}`)}${outer}}`;
}
