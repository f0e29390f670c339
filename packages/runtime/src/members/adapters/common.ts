// Members every .NET object has: ToString(), Equals(), GetHashCode(), GetType().
import { numberToDotNetString } from '../../conversion/double-format.js';
import { objectToString, toStringForDisplay } from '../../conversion/to-string.js';
import { equalsValues } from '../../conversion/compare.js';
import { formatValue } from '../../text/format-value.js';
import { adapter, instanceMethod as m, type InstanceAdapter } from '../adapter.js';
import { typeInfoOf } from '../type-of.js';

/** A stable 32-bit hash (FNV-1a over the display text): equal values hash equally within a session. */
export function hashOf(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value | 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  let h = 0x811c9dc5;
  for (const ch of toStringForDisplay(value)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h | 0;
}

export const CommonAdapter: InstanceAdapter<unknown> = adapter<unknown>(
  [],
  [
    m<unknown>('ToString', ['string ToString()', (r) => objectToString(r.self, 'en-US', r.ctx.conversion)]),
    m<unknown>('Equals', [
      'bool Equals(System.Object obj)',
      (r, a) => equalsValues(r.self, a[0], { ignoreCase: false }),
    ]),
    m<unknown>('GetHashCode', ['int GetHashCode()', (r) => hashOf(r.self)]),
    m<unknown>('GetType', ['type GetType()', (r) => typeInfoOf(r.self, r.ctx.types)]),
  ],
);

/** ToString() and ToString(format) with .NET formatting (RV1's text layer unless the context overrides it). */
export function formatted<T>(name = 'ToString') {
  return m<T>(
    name,
    [
      'string ToString()',
      (r) => (typeof r.self === 'number' ? numberToDotNetString(r.self) : objectToString(r.self)),
    ],
    [
      'string ToString(string format)',
      (r, a) => (r.ctx.formatValue ?? formatValue)(r.self, a[0] === null ? '' : String(a[0])),
    ],
    [
      'string ToString(string format, System.IFormatProvider provider)',
      (r, a) => (r.ctx.formatValue ?? formatValue)(r.self, a[0] === null ? '' : String(a[0])),
    ],
    [
      'string ToString(System.IFormatProvider provider)',
      (r) => (typeof r.self === 'number' ? numberToDotNetString(r.self) : objectToString(r.self)),
    ],
  );
}
