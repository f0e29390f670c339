// PowerShell's DscResourceChecker: a [DscResource()] class needs Get, Set, Test, a key property and a default ctor.
import type { AttributeAst } from '../ast/blocks.js';
import type { FunctionMemberAst, PropertyMemberAst, TypeDefinitionAst } from '../ast/nodes.js';
import { MemberAttributes } from '../ast/nodes.js';
import type { ITypeName } from '../ast/typeName.js';
import { constantValue, notConstant } from './constantValue.js';
import type { ReportError } from './semanticChecks.js';
import { isVoidTypeName } from './classChecks.js';

/** A class or enum of the script, by name (PowerShell's TypeName._typeDefinitionAst). */
export type TypeLookup = (name: string) => TypeDefinitionAst | undefined;

const isAttribute = (a: AttributeAst, name: string): boolean => {
  const n = a.typeName.fullName.toLowerCase();
  return [name, `${name}attribute`].some((x) => n === x || n === `system.management.automation.${x}`);
};

const simpleName = (t: ITypeName): string | null => (t.kind === 'TypeName' ? t.name.toLowerCase() : null);
const integerTypes = ['byte', 'sbyte', 'int16', 'short', 'uint16', 'ushort', 'int', 'int32', 'uint', 'uint32']
  .concat(['long', 'int64', 'ulong', 'uint64'])
  .flatMap((n) => [n, `system.${n}`]);

interface Found {
  set: boolean;
  get: boolean;
  test: boolean;
  key: boolean;
}

function checkGet(
  member: FunctionMemberAst,
  type: TypeDefinitionAst,
  lookup: TypeLookup,
  report: ReportError,
): boolean {
  if (member.name.toLowerCase() !== 'get' || member.parameters.length !== 0) return false;
  const t = member.returnType?.typeName;
  const element = t?.kind === 'ArrayTypeName' ? t.elementType : t;
  const name = element === undefined ? null : simpleName(element);
  if (name === null || lookup(name) !== type) report(member.extent, 'DscResourceInvalidGetMethod', type.name);
  return true;
}

function checkKey(property: PropertyMemberAst, lookup: TypeLookup, report: ReportError): boolean {
  for (const attr of property.attributes) {
    if (!isAttribute(attr, 'dscproperty')) continue;
    for (const na of attr.namedArguments) {
      if (na.argumentName.toLowerCase() !== 'key') continue;
      const value = constantValue(na.argument);
      if (value === notConstant || !(value === true || (typeof value === 'number' && value !== 0))) continue;
      const name = property.propertyType === null ? null : simpleName(property.propertyType.typeName);
      const allowed =
        name !== null &&
        (name === 'string' ||
          name === 'system.string' ||
          integerTypes.includes(name) ||
          lookup(name)?.typeAttributes === 'Enum');
      if (!allowed) report(property.extent, 'DscResourceInvalidKeyProperty');
      return true;
    }
  }
  return false;
}

function lookFor(type: TypeDefinitionAst, found: Found, lookup: TypeLookup, report: ReportError): void {
  for (const member of type.members) {
    if (member.type === 'FunctionMemberAst') {
      const name = member.name.toLowerCase();
      if (!found.set)
        found.set =
          name === 'set' &&
          member.parameters.length === 0 &&
          (member.returnType === null || isVoidTypeName(member.returnType));
      if (!found.get) found.get = checkGet(member, type, lookup, report);
      if (!found.test) {
        const r = member.returnType === null ? null : simpleName(member.returnType.typeName);
        found.test =
          name === 'test' &&
          member.parameters.length === 0 &&
          (r === 'bool' || r === 'boolean' || r === 'system.boolean');
      }
    } else if (checkKey(member, lookup, report)) found.key = true;
  }
}

export function checkDscResource(type: TypeDefinitionAst, lookup: TypeLookup, report: ReportError): void {
  const attribute = type.attributes.find((a) => isAttribute(a, 'dscresource'));
  if (attribute === undefined) return;
  const found: Found = { set: false, get: false, test: false, key: false };
  lookFor(type, found, lookup, report);
  let defaultCtor = false;
  let otherCtor = false;
  for (const m of type.members) {
    if (
      m.type !== 'FunctionMemberAst' ||
      !m.isConstructor ||
      (m.methodAttributes & MemberAttributes.Static) !== 0
    )
      continue;
    if (m.parameters.length === 0) defaultCtor = true;
    else otherCtor = true;
  }
  // LookupRequiredMembers: the base classes defined in the script, depth first.
  const seen = new Set<TypeDefinitionAst>([type]);
  const searchBases = (t: TypeDefinitionAst): void => {
    for (const b of t.baseTypes) {
      if (found.set && found.get && found.test && found.key) return;
      const name = simpleName(b.typeName);
      const base = name === null ? undefined : lookup(name);
      if (base === undefined || base.typeAttributes !== 'Class' || seen.has(base)) continue;
      seen.add(base);
      lookFor(base, found, lookup, report);
      searchBases(base);
    }
  };
  searchBases(type);
  const at = attribute.extent;
  if (!found.set) report(at, 'DscResourceMissingSetMethod', type.name);
  if (!found.get) report(at, 'DscResourceMissingGetMethod', type.name);
  if (!found.test) report(at, 'DscResourceMissingTestMethod', type.name);
  if (!defaultCtor && otherCtor) report(at, 'DscResourceMissingDefaultConstructor', type.name);
  if (!found.key) report(at, 'DscResourceMissingKeyProperty', type.name);
}
