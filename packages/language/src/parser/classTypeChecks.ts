// Type names and attributes in a class or enum: SymbolResolver's TypeNotFound/CustomAttributeTypeNotFound (through the
// resolveType parse option) and SemanticChecks.VisitAttribute's checks of attributes on class declarations.
import { askResolver } from './askResolver.js';
import type { Ast } from '../ast/ast.js';
import type { AttributeAst, ParameterAst } from '../ast/blocks.js';
import type { ITypeName } from '../ast/typeName.js';
import type { ScriptBlockAst } from '../ast/blocks.js';
import type { TypeDefinitionAst } from '../ast/nodes.js';
import { walk } from '../ast/visit.js';
import { checkAttributeArguments } from './attributeArguments.js';
import { AttributeTargets, attributeTargetsText, attributeTypeInfo } from './attributeTypes.js';
import type { TypeResolution, TypeResolutionRequest } from './parseResult.js';
import type { ReportError } from './semanticChecks.js';

export interface ClassTypeContext {
  /** The classes and enums of the scopes around the type (SymbolTable.LookupType). */
  readonly lookupLocal: (lowerCaseName: string) => TypeDefinitionAst | undefined;
  readonly resolveType: ((request: TypeResolutionRequest) => TypeResolution) | undefined;
}

/**
 * A parameter SemanticChecks takes as a class method's (its member scope is the method): in the method's parameter
 * list, or in a param block of the method's body (itself an error, ParamBlockNotAllowedInMethod).
 */
export function isMethodParameter(parameter: ParameterAst): boolean {
  const parent = parameter.parent;
  if (parent?.type === 'FunctionMemberAst') return true;
  return parent?.type === 'ParamBlockAst' && parent.parent?.parent?.type === 'FunctionMemberAst';
}

/** The AttributeTargets of the declaration an attribute is on, or null when it is not on a class declaration. */
function declarationTargets(attribute: AttributeAst): number | null {
  const parent = attribute.parent;
  if (parent === null) return null;
  switch (parent.type) {
    case 'TypeDefinitionAst':
      return parent.typeAttributes === 'Class'
        ? AttributeTargets.Class
        : parent.typeAttributes === 'Enum'
          ? AttributeTargets.Enum
          : AttributeTargets.Interface;
    case 'PropertyMemberAst':
      return AttributeTargets.Property | AttributeTargets.Field;
    case 'FunctionMemberAst':
      return parent.isConstructor ? AttributeTargets.Constructor : AttributeTargets.Method;
    case 'ParameterAst':
      return isMethodParameter(parent) ? AttributeTargets.Parameter : null;
    default:
      return null;
  }
}

/** SemanticChecks.VisitAttribute for an attribute on a class, a member or a method parameter. */
function checkDeclarationAttribute(
  attribute: AttributeAst,
  targets: number,
  fullName: string | null,
  report: ReportError,
): void {
  const info = fullName === null ? undefined : attributeTypeInfo(fullName);
  if (info !== undefined) {
    if ((info.validOn & targets) === 0)
      report(
        attribute.extent,
        'AttributeNotAllowedOnDeclaration',
        info.displayName,
        attributeTargetsText(info.validOn),
      );
    for (const arg of attribute.namedArguments) {
      const key = arg.argumentName.toLowerCase();
      const property = info.properties.find((p) => p.name.toLowerCase() === key);
      if (property === undefined) {
        const settable = info.properties.filter((p) => p.settable).map((p) => p.name);
        report(
          arg.extent,
          'PropertyNotFoundForAttribute',
          arg.argumentName,
          info.displayName,
          settable.join(', '),
        );
      } else if (!property.settable) report(arg.extent, 'ReadOnlyProperty', arg.argumentName);
    }
  }
  checkAttributeArguments(attribute, true, report);
}

/** The `using namespace` names of the script, and whether it has `using module` (whose types are not known here). */
function usingsOf(type: TypeDefinitionAst): { namespaces: string[]; usesModules: boolean } {
  let root: Ast = type;
  while (root.parent !== null) root = root.parent;
  const namespaces: string[] = [];
  let usesModules = false;
  if (root.type === 'ScriptBlockAst')
    for (const u of (root as ScriptBlockAst).usingStatements) {
      if (u.usingStatementKind === 'Namespace' && u.name !== null) namespaces.push(u.name.value);
      else if (u.usingStatementKind === 'Module') usesModules = true;
    }
  return { namespaces, usesModules };
}

/** Checks the type names and attributes written in a class or enum (not in the classes nested in its methods). */
export function checkClassTypes(
  type: TypeDefinitionAst,
  context: ClassTypeContext,
  report: ReportError,
): void {
  const resolveType = context.resolveType;
  const usings = resolveType === undefined ? null : usingsOf(type);
  const answers = new Map<string, TypeResolution>();

  /** SymbolResolver.DispatchTypeName: the type's full name when found, null otherwise. */
  const dispatch = (name: ITypeName, genericArgumentCount: number, isAttribute: boolean): string | null => {
    if (name.kind === 'ArrayTypeName') {
      dispatch(name.elementType, 0, false);
      return null;
    }
    if (name.kind === 'GenericTypeName') {
      dispatch(name.typeName, name.genericArguments.length, false);
      for (const a of name.genericArguments) dispatch(a, 0, false);
      return null;
    }
    const local = context.lookupLocal(name.name.toLowerCase());
    if (local !== undefined && genericArgumentCount === 0) return local.name;
    // An assembly-qualified name is .NET's Type.GetType business: not judged here.
    if (resolveType === undefined || usings === null || name.assemblyName !== null) return null;
    const key = `${name.name.toLowerCase()}/${genericArgumentCount}/${isAttribute ? 'a' : ''}`;
    const answer = askResolver(resolveType, answers, key, () => ({
      name: name.name,
      genericArgumentCount,
      isAttribute,
      namespaces: usings.namespaces,
    }));
    if (typeof answer === 'object') return answer.fullName;
    // A type a `using module` module defines is not known here: only report what cannot come from one.
    if (answer === 'notFound' && !usings.usesModules && name.name.toLowerCase() !== 'ordered')
      report(name.extent, isAttribute ? 'CustomAttributeTypeNotFound' : 'TypeNotFound', name.name);
    return null;
  };

  walk(type, (node) => {
    switch (node.type) {
      case 'TypeDefinitionAst':
        return node === type; // a nested type is checked on its own
      case 'TypeConstraintAst':
      case 'TypeExpressionAst':
        dispatch(node.typeName, 0, false);
        break;
      case 'AttributeAst': {
        const fullName = dispatch(node.typeName, 0, true);
        const targets = declarationTargets(node);
        if (targets !== null) checkDeclarationAttribute(node, targets, fullName, report);
        break;
      }
    }
    return true;
  });
}
