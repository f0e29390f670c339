// Bound parameters -> the InvokeCommand JSON, as the module's Transform-Parameters does.
import { PSDateTime, PSDouble, PSHashtable, PSInt64, PSObject, convertToString } from '@exosh/runtime';

const clientOnly = new Set(['usecustomrouting', 'resultsize']);
const common = new Set([
  'verbose',
  'debug',
  'erroraction',
  'warningaction',
  'informationaction',
  'progressaction',
  'errorvariable',
  'warningvariable',
  'informationvariable',
  'outvariable',
  'outbuffer',
  'pipelinevariable',
  'whatif',
]);
const filterParameters = new Set(['filter', 'recipientfilter', 'recipientpreviewfilter']);

function value(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PSInt64) return v.toNumber();
  // A whole Double ([double]5, 2.0) is a JSON number, not its text.
  if (v instanceof PSDouble) return v.value;
  if (v instanceof PSDateTime) {
    const u = v.toUniversalTime();
    const two = (n: number) => String(n).padStart(2, '0');
    return `${u.year}-${two(u.month)}-${two(u.day)}T${two(u.hour)}:${two(u.minute)}:${two(u.second)}`;
  }
  if (Array.isArray(v)) return v.map(value);
  if (v instanceof PSHashtable) {
    const out: Record<string, unknown> = { '@odata.type': '#Exchange.GenericHashTable' };
    for (const [k, x] of v.entries()) out[convertToString(k)] = value(x);
    return out;
  }
  if (v instanceof PSObject && !v.isCustomObject) return value(v.baseObject);
  return convertToString(v);
}

export function serializeParameters(bound: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(bound)) {
    const lower = name.toLowerCase();
    if (clientOnly.has(lower) || common.has(lower)) continue;
    if (filterParameters.has(lower) && typeof v === 'string') {
      out[name] = v.replace(/\$true/gi, "'True'").replace(/\$false/gi, "'False'");
      continue;
    }
    if (Array.isArray(v) && v.length > 0 && v.every((x) => x instanceof PSHashtable)) {
      out[`${name}@odata.type`] = '#Collection(Exchange.GenericHashTable)';
    }
    out[name] = value(v);
  }
  return out;
}
