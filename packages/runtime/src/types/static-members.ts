// Static member access: `[T]::Name`, `[T]::Name = v`, `[T]::Method(...)`, `[T]::new(...)` / New-Object.
import { memberError } from './errors.js';
import { PSMethodValue } from './method-value.js';
import { invokeMethodDef } from './invoke-overload.js';
import { methodDefinition } from './method-def.js';
import type { TypeInfo } from './type-info.js';

/** `[T]::Name`: a static property's value; a method name gives its PSMethod-like info; missing -> null (strict mode off). */
export function getStaticMember(type: TypeInfo, name: string): unknown {
  const p = type.staticProperty(name);
  if (p) return p.get();
  const m = type.staticMethod(name);
  if (m)
    return new PSMethodValue(
      m.name,
      m.overloads.map((o) => o.signature),
      (args) => invokeMethodDef(m, null, args),
      true,
    );
  return null;
}

/** Whether `[T]::Name` names something (for strict mode and tab completion). */
export function hasStaticMember(type: TypeInfo, name: string): boolean {
  return type.staticProperty(name) !== undefined || type.staticMethod(name) !== undefined;
}

/** `[T]::Name = value`. */
export function setStaticMember(type: TypeInfo, name: string, value: unknown): void {
  const p = type.staticProperty(name);
  if (!p) throw memberError('PropertyAssignmentException', name);
  if (!p.set) throw memberError('PropertyIsReadOnly', p.name);
  p.set(value);
}

/** `[T]::Method(args)`; `new` constructs. */
export function invokeStaticMethod(type: TypeInfo, name: string, args: readonly unknown[]): unknown {
  if (name.toLowerCase() === 'new') return constructInstance(type, args);
  const m = type.staticMethod(name);
  if (!m) throw memberError('MethodNotFound', type.fullName, name);
  return invokeMethodDef(m, null, args);
}

/** `[T]::new(args)` and `New-Object T -ArgumentList args`. */
export function constructInstance(type: TypeInfo, args: readonly unknown[]): unknown {
  if (!type.constructors) throw memberError('MethodNotFound', type.fullName, 'new');
  // Exceptions thrown by constructors name the method `.ctor`, as PowerShell reports them.
  return invokeMethodDef(type.constructors, null, args, '.ctor');
}

export interface StaticMemberDescriptor {
  readonly name: string;
  readonly memberType: 'Property' | 'Method';
  /** As `Get-Member -Static` prints it: `static double PI {get;}`, `static double Round(double a), ...`. */
  readonly definition: string;
}

/** Static members of a type, for `Get-Member -Static` and `[T]::` tab completion (properties, then methods). */
export function listStaticMembers(type: TypeInfo): StaticMemberDescriptor[] {
  const props = type.staticProperties().map((p) => ({
    name: p.name,
    memberType: 'Property' as const,
    definition: `static ${p.type} ${p.name} {get;${p.set ? 'set;' : ''}}`,
  }));
  const methods = type
    .staticMethods()
    .map((m) => ({ name: m.name, memberType: 'Method' as const, definition: methodDefinition(m) }));
  const ctor = type.constructors
    ? [{ name: 'new', memberType: 'Method' as const, definition: methodDefinition(type.constructors) }]
    : [];
  return [...props, ...methods, ...ctor];
}
