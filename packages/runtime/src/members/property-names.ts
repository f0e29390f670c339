// propertyNamesOf: an object's properties as `.psobject.Properties` lists them (Select-Object *, Format-List *, JSON, CSV).
import { PSHashtable } from '../values/ps-hashtable.js';
import { listMembers, type MemberType } from './list-members.js';

const PROPERTY_KINDS: ReadonlySet<MemberType> = new Set<MemberType>([
  'NoteProperty',
  'AliasProperty',
  'CodeProperty',
  'ScriptProperty',
  'Property',
]);

/**
 * Property names in pwsh's order: extended members (notes, script, alias and code properties) first, then the
 * adapted .NET properties of the base object (a class's adapter, or a host object's public getters).
 */
export function propertyNamesOf(value: unknown): string[] {
  // A dictionary lists its own members, not its keys (pwsh's Hashtable properties).
  if (value instanceof PSHashtable)
    return ['Count', 'Keys', 'Values', 'IsReadOnly', 'IsFixedSize', 'IsSynchronized', 'SyncRoot'];
  if (typeof value === 'string') return ['Length'];
  return listMembers(value)
    .filter((d) => PROPERTY_KINDS.has(d.memberType))
    .map((d) => d.name);
}
