// itemByKey: name lookups on collections PowerShell indexes by string (`$m.Groups['user']`, `.Properties['Name']`).
import { RegexGroupCollection } from '../types/builtin/regex-type.js';
import { PSMemberCollection } from './adapters/psobject-view.js';

/**
 * For the evaluator's indexer: when `value` is a collection that .NET indexes by name and `key` is not a number,
 * returns the item (found = true); otherwise found = false and normal array indexing applies.
 */
export function itemByKey(
  value: unknown,
  key: unknown,
): { readonly found: boolean; readonly value: unknown } {
  if (typeof key === 'number') return { found: false, value: null };
  if (value instanceof RegexGroupCollection) return { found: true, value: value.item(String(key)) };
  if (value instanceof PSMemberCollection) return { found: true, value: value.item(key) };
  return { found: false, value: null };
}
