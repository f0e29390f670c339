// Evaluates an OPATH filter against a JSON property bag with Exchange's rules (case-insensitive, multi-valued, sizes, dates).
import type { ExchangeObject, JsonValue } from '../types.js';
import type { ComparisonOperator, FilterNode, FilterValue } from './ast.js';
import { parseByteSize } from '../shape/byte-size.js';
import { parseUtcDate } from '../shape/dates.js';

export function evaluateFilter(node: FilterNode, obj: ExchangeObject): boolean {
  switch (node.type) {
    case 'and':
      return evaluateFilter(node.left, obj) && evaluateFilter(node.right, obj);
    case 'or':
      return evaluateFilter(node.left, obj) || evaluateFilter(node.right, obj);
    case 'not':
      return !evaluateFilter(node.operand, obj);
    case 'comparison':
      return compare(lookup(obj, node.property), node.operator, node.value);
  }
}

/** Case-insensitive property lookup. */
export function lookup(obj: ExchangeObject, property: string): JsonValue | undefined {
  if (property in obj) return obj[property];
  const lower = property.toLowerCase();
  const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : obj[key];
}

function isEmpty(v: JsonValue | undefined): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

function compare(actual: JsonValue | undefined, op: ComparisonOperator, expected: FilterValue): boolean {
  if (expected.kind === 'null') {
    if (op === 'eq') return isEmpty(actual);
    if (op === 'ne') return !isEmpty(actual);
    return false;
  }
  const want = expected.kind === 'boolean' ? String(expected.value) : expected.text;
  const values = Array.isArray(actual) ? actual : [actual];
  const matchesAny = (test: (v: JsonValue | undefined) => boolean): boolean => values.some(test);
  switch (op) {
    case 'eq':
      return matchesAny((v) => equals(v, want));
    case 'ne':
      return !matchesAny((v) => equals(v, want));
    case 'like':
      return matchesAny(
        (v) => wildcard(want).test(text(v)) || wildcard(want).test(stripProxyPrefix(text(v))),
      );
    case 'notlike':
      return !matchesAny(
        (v) => wildcard(want).test(text(v)) || wildcard(want).test(stripProxyPrefix(text(v))),
      );
    default:
      return matchesAny((v) => ordered(v, want, op));
  }
}

function text(v: JsonValue | undefined): string {
  return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function stripProxyPrefix(s: string): string {
  return /^[a-z0-9]+:/i.test(s) && s.includes('@') ? s.slice(s.indexOf(':') + 1) : s;
}

function equals(v: JsonValue | undefined, want: string): boolean {
  const s = text(v);
  if (s.toLowerCase() === want.toLowerCase()) return true;
  if (stripProxyPrefix(s).toLowerCase() === stripProxyPrefix(want).toLowerCase() && s.includes('@'))
    return true;
  const a = comparable(v);
  const b = comparableLike(a, want);
  return a !== undefined && b !== undefined && a === b;
}

/** A number for numeric, size and date values; undefined for plain text. */
function comparable(v: JsonValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  if (/\([\d,]+ bytes\)$/.test(v)) return parseByteSize(v) as number;
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return Date.parse(v);
  return undefined;
}

/** Reads the filter's text as the same kind of quantity as the property value. */
function comparableLike(sample: number | undefined, want: string): number | undefined {
  if (sample === undefined) return undefined;
  if (/^-?\d+(\.\d+)?$/.test(want.trim())) return Number(want);
  const size = parseByteSize(want);
  if (typeof size === 'number') return size;
  const date = parseUtcDate(want);
  return Number.isNaN(date) ? undefined : date;
}

function ordered(v: JsonValue | undefined, want: string, op: ComparisonOperator): boolean {
  const a = comparable(v);
  const b = comparableLike(a, want);
  const cmp =
    a !== undefined && b !== undefined ? a - b : text(v).localeCompare(want, 'en', { sensitivity: 'accent' });
  switch (op) {
    case 'gt':
      return cmp > 0;
    case 'lt':
      return cmp < 0;
    case 'ge':
      return cmp >= 0;
    default:
      return cmp <= 0;
  }
}

const wildcardCache = new Map<string, RegExp>();

function wildcard(pattern: string): RegExp {
  let re = wildcardCache.get(pattern);
  if (!re) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 'is');
    wildcardCache.set(pattern, re);
  }
  return re;
}
