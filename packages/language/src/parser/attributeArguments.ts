// Attribute arguments must be constants (SemanticChecks.VisitAttribute with IsConstantValueVisitor): on or in a class
// ParameterAttributeArgumentNeedsToBeConstant, elsewhere (param blocks, parameters, attributed expressions)
// ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock.
import type { Ast } from '../ast/ast.js';
import type { AttributeAst } from '../ast/blocks.js';
import type { ExpressionAst } from '../ast/expressions.js';
import { TokenFlags } from '../tokenizer/tokenFlags.js';
import { hasTrait } from '../tokenizer/tokenTraits.js';
import type { ReportError } from './semanticChecks.js';
import { forEachRepeatedName, isNamed } from './names.js';

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
 * PowerShell's IsConstantValueVisitor for an attribute argument (CheckingAttributeArgument): constants,
 * `$true`/`$false`/`$null`, constant-folding operators over constants, casts to primitive types, arrays, type literals,
 * and script blocks except on or in a class (CheckingClassAttributeArguments: .NET metadata cannot hold one). A static
 * member of a type is taken as constant (PowerShell asks whether it is a literal field, which needs the .NET type).
 */
export function isConstantAttributeArgument(ast: Ast, inClass: boolean): boolean {
  switch (ast.type) {
    case 'ScriptBlockExpressionAst':
      return !inClass;
    case 'ConstantExpressionAst':
    case 'StringConstantExpressionAst':
    case 'TypeExpressionAst':
      return true;
    case 'VariableExpressionAst': {
      const name = ast.variablePath.unqualifiedPath;
      // VariablePath.IsVariable: a scope may qualify it (`$global:true`), a drive may not.
      return (
        !ast.variablePath.isDriveQualified &&
        (isNamed(name, 'true') || isNamed(name, 'false') || isNamed(name, 'null'))
      );
    }
    case 'TernaryExpressionAst':
      return (
        isConstantAttributeArgument(ast.condition, inClass) &&
        isConstantAttributeArgument(ast.ifTrue, inClass) &&
        isConstantAttributeArgument(ast.ifFalse, inClass)
      );
    case 'BinaryExpressionAst':
      return (
        hasTrait(ast.operator, TokenFlags.CanConstantFold) &&
        isConstantAttributeArgument(ast.left, inClass) &&
        isConstantAttributeArgument(ast.right, inClass) &&
        !isNullDivisor(ast.operator, ast.right)
      );
    case 'UnaryExpressionAst':
      return (
        hasTrait(ast.tokenKind, TokenFlags.CanConstantFold) && isConstantAttributeArgument(ast.child, inClass)
      );
    case 'ConvertExpressionAst':
      return (
        ast.attribute.typeName.kind === 'TypeName' &&
        safePrimitives.has(ast.attribute.typeName.name.toLowerCase()) &&
        isConstantAttributeArgument(ast.child, inClass)
      );
    case 'MemberExpressionAst':
      return (
        ast.static &&
        ast.expression.type === 'TypeExpressionAst' &&
        ast.member.type === 'StringConstantExpressionAst'
      );
    case 'ArrayLiteralAst':
      return ast.elements.every((e) => isConstantAttributeArgument(e, inClass));
    case 'SubExpressionAst': {
      const block = ast.subExpression;
      if (block.traps.length > 0 || block.statements.length !== 1) return false;
      return isConstantAttributeArgument(block.statements[0] as Ast, inClass);
    }
    case 'UsingExpressionAst':
      return isConstantAttributeArgument(ast.subExpression, inClass);
    case 'ParenExpressionAst':
      return isConstantAttributeArgument(ast.pipeline, inClass);
    case 'PipelineAst': {
      const only = ast.pipelineElements.length === 1 ? ast.pipelineElements[0] : undefined;
      return (
        only !== undefined &&
        only.type === 'CommandExpressionAst' &&
        only.redirections.length === 0 &&
        isConstantAttributeArgument(only.expression, inClass)
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
  const name = right.variablePath.unqualifiedPath;
  return isNamed(name, 'false') || isNamed(name, 'null');
}

/**
 * SemanticChecks.VisitAttribute's argument loops: each named argument (a repeated name is the parser's
 * DuplicateNamedArgument; only its first use is checked) then each positional one, on the argument's extent.
 */
export function checkAttributeArguments(
  attribute: AttributeAst,
  inClass: boolean,
  report: ReportError,
): void {
  const errorId = inClass
    ? 'ParameterAttributeArgumentNeedsToBeConstant'
    : 'ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock';
  const named = attribute.namedArguments;
  const repeated = new Set<number>();
  if (named.length > 1)
    forEachRepeatedName(
      named.map((arg) => arg.argumentName),
      (i) => repeated.add(i),
    );
  for (let i = 0; i < named.length; i++) {
    const arg = named[i] as (typeof named)[number];
    if (repeated.has(i)) continue;
    if (!arg.expressionOmitted && !isConstantAttributeArgument(arg.argument, inClass))
      report(arg.argument.extent, errorId);
  }
  for (const arg of attribute.positionalArguments)
    if (!isConstantAttributeArgument(arg, inClass)) report(arg.extent, errorId);
}
