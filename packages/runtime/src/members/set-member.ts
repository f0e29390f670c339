// setMember: `$x.Name = value` (note properties, script property setters, dictionary keys, settable adapted members).
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { memberError } from '../types/errors.js';
import { adapterFor } from './adapter-for.js';
import { findHostName, hostPropertyNames } from './host-reflection.js';
import { runScript, type MemberContext } from './member-context.js';

export function setMember(target: unknown, name: string, value: unknown, ctx: MemberContext): void {
  if (target === null || target === undefined) throw memberError('PropertyNotFound', name);
  if (target instanceof PSObject) {
    const member = target.getMember(name);
    if (member) {
      switch (member.memberType) {
        case 'NoteProperty':
          member.value = value;
          return;
        case 'ScriptProperty':
          if (!member.setterScript) throw memberError('PropertyIsReadOnly', member.name);
          runScript(ctx, member.setterScript, target, [value]);
          return;
        case 'AliasProperty':
          setMember(target, member.referencedMemberName, value, ctx);
          return;
        case 'CodeProperty':
          if (!member.set) throw memberError('PropertyIsReadOnly', member.name);
          member.set(target, value);
          return;
        default:
          throw memberError('PropertyAssignmentException', name);
      }
    }
    if (!target.isCustomObject) {
      setMember(target.baseObject, name, value, ctx);
      return;
    }
    throw memberError('PropertyAssignmentException', name);
  }
  // `$h.Name = v` adds or replaces the key.
  if (target instanceof PSHashtable) {
    target.set(name, value);
    return;
  }
  const adapter = adapterFor(target);
  const prop = adapter?.properties.get(name.toLowerCase());
  if (prop) {
    if (!prop.set) throw memberError('PropertyIsReadOnly', prop.name);
    prop.set(target as never, value, ctx);
    return;
  }
  if (!adapter && typeof target === 'object') {
    const key = findHostName(hostPropertyNames(target), name);
    const descriptor = key === undefined ? undefined : findDescriptor(target, key);
    if (key !== undefined && descriptor && (descriptor.writable || descriptor.set)) {
      (target as Record<string, unknown>)[key] = value;
      return;
    }
    if (key !== undefined) throw memberError('PropertyIsReadOnly', key);
  }
  throw memberError('PropertyAssignmentException', name);
}

function findDescriptor(target: object, key: string): PropertyDescriptor | undefined {
  let o: object | null = target;
  while (o) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d) return d;
    o = Object.getPrototypeOf(o);
  }
  return undefined;
}
