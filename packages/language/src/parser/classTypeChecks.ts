// Type names and attributes in a class or enum: SymbolResolver's TypeNotFound/CustomAttributeTypeNotFound (through the
// resolveType parse option) and SemanticChecks.VisitAttribute's checks of attributes on class declarations.
import type { Ast } from '../ast/ast.js';
import type { AttributeAst } from '../ast/blocks.js';
import type { ExpressionAst } from '../ast/expressions.js';
import type { ITypeName } from '../ast/typeName.js';
import type { ScriptBlockAst } from '../ast/blocks.js';
import type { TypeDefinitionAst } from '../ast/nodes.js';
import { walk } from '../ast/visit.js';
import { TokenFlags } from '../tokenizer/tokenFlags.js';
import { hasTrait } from '../tokenizer/tokenTraits.js';
import { AttributeTargets, attributeTargetsText, attributeTypeInfo } from './attributeTypes.js';
import type { TypeResolution, TypeResolutionRequest } from './parseResult.js';
import type { ReportError } from './semanticChecks.js';

export interface ClassTypeContext {
  /** The classes and enums of the scopes around the type (SymbolTable.LookupType). */
  readonly lookupLocal: (lowerCaseName: string) => TypeDefinitionAst | undefined;
  readonly resolveType: ((request: TypeResolutionRequest) => TypeResolution) | undefined;
}

/** The primitive types (IsSafePrimitive: primitives but IntPtr/UIntPtr) a constant attribute argument may be cast to. */
const safePrimitives = new Set(
  [
    'bool',
    'boolean',
    'byte',
    'sbyte',
    'char',
    'short',
    'int16',
    'ushort',
    'uint16',
    'int',
    'int32',
    'uint',
    'uint32',
    'long',
    'int64',
    'ulong',
    'uint64',
    'double',
    'float',
    'single',
  ].flatMap((n) => [n, `system.${n}`]),
);

/**
 * PowerShell's IsConstantValueVisitor for an attribute argument on or in a class (CheckingClassAttributeArguments):
 * constants, `$true`/`$false`/`$null`, constant-folding operators over constants, casts to primitive types, arrays,
 * type literals; never a script block. A static member of a type is taken as constant (PowerShell asks whether it is
 * a literal field, which needs the .NET type).
 */
function isConstantClassAttributeArgument(ast: Ast): boolean {
  switch (ast.type) {
    case 'ConstantExpressionAst':
    case 'StringConstantExpressionAst':
    case 'TypeExpressionAst':
      return true;
    case 'VariableExpressionAst': {
      const name = ast.variablePath.unqualifiedPath.toLowerCase();
      // VariablePath.IsVariable: a scope may qualify it (`$global:true`), a drive may not.
      return !ast.variablePath.isDriveQualified && (name === 'true' || name === 'false' || name === 'null');
    }
    case 'TernaryExpressionAst':
      return (
        isConstantClassAttributeArgument(ast.condition) &&
        isConstantClassAttributeArgument(ast.ifTrue) &&
        isConstantClassAttributeArgument(ast.ifFalse)
      );
    case 'BinaryExpressionAst':
      return (
        hasTrait(ast.operator, TokenFlags.CanConstantFold) &&
        isConstantClassAttributeArgument(ast.left) &&
        isConstantClassAttributeArgument(ast.right) &&
        !isNullDivisor(ast.operator, ast.right)
      );
    case 'UnaryExpressionAst':
      return (
        hasTrait(ast.tokenKind, TokenFlags.CanConstantFold) && isConstantClassAttributeArgument(ast.child)
      );
    case 'ConvertExpressionAst':
      return (
        ast.attribute.typeName.kind === 'TypeName' &&
        safePrimitives.has(ast.attribute.typeName.name.toLowerCase()) &&
        isConstantClassAttributeArgument(ast.child)
      );
    case 'MemberExpressionAst':
      return (
        ast.static &&
        ast.expression.type === 'TypeExpressionAst' &&
        ast.member.type === 'StringConstantExpressionAst'
      );
    case 'ArrayLiteralAst':
      return ast.elements.every(isConstantClassAttributeArgument);
    case 'SubExpressionAst': {
      const block = ast.subExpression;
      if (block.traps.length > 0 || block.statements.length !== 1) return false;
      return isConstantClassAttributeArgument(block.statements[0] as Ast);
    }
    case 'UsingExpressionAst':
      return isConstantClassAttributeArgument(ast.subExpression);
    case 'ParenExpressionAst':
      return isConstantClassAttributeArgument(ast.pipeline);
    case 'PipelineAst': {
      const only = ast.pipelineElements.length === 1 ? ast.pipelineElements[0] : undefined;
      return (
        only !== undefined &&
        only.type === 'CommandExpressionAst' &&
        only.redirections.length === 0 &&
        isConstantClassAttributeArgument(only.expression)
      );
    }
    default:
      return false;
  }
}

/** `/ $null`, `% $false`: not folded (the division would throw). */
function isNullDivisor(operator: string, right: ExpressionAst): boolean {
  if (right.type !== 'VariableExpressionAst') return false;
  if (
    operator !== 'Divide' &&
    operator !== 'DivideEquals' &&
    operator !== 'Rem' &&
    operator !== 'RemainderEquals'
  )
    return false;
  const name = right.variablePath.unqualifiedPath.toLowerCase();
  return name === 'false' || name === 'null';
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
      return parent.parent?.type === 'FunctionMemberAst' ? AttributeTargets.Parameter : null;
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
  // A repeated name is the parser's DuplicateNamedArgument; only its first use is checked.
  const names = new Set<string>();
  for (const arg of attribute.namedArguments) {
    const key = arg.argumentName.toLowerCase();
    if (names.has(key)) continue;
    names.add(key);
    if (!arg.expressionOmitted && !isConstantClassAttributeArgument(arg.argument))
      report(arg.argument.extent, 'ParameterAttributeArgumentNeedsToBeConstant');
  }
  for (const arg of attribute.positionalArguments)
    if (!isConstantClassAttributeArgument(arg))
      report(arg.extent, 'ParameterAttributeArgumentNeedsToBeConstant');
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
    let answer = answers.get(key);
    if (answer === undefined) {
      try {
        answer = resolveType({
          name: name.name,
          genericArgumentCount,
          isAttribute,
          namespaces: usings.namespaces,
        });
      } catch {
        answer = 'unknown';
      }
      answers.set(key, answer);
    }
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
