// The parse-time checks PowerShell makes on class definitions (SemanticChecks.cs, SymbolResolver.cs): same ids, extents.
import type { Ast } from '../ast/ast.js';
import type { ScriptBlockAst, TypeConstraintAst } from '../ast/blocks.js';
import type { FunctionMemberAst, PropertyMemberAst, TypeDefinitionAst } from '../ast/nodes.js';
import { MemberAttributes } from '../ast/nodes.js';
import { forEachChild } from '../ast/children.js';
import type { ExpressionAst } from '../ast/expressions.js';
import type { ReportError } from './semanticChecks.js';
import { analyzeMemberFunction } from './memberFlowAnalysis.js';
import { isNamed } from './names.js';
import { anchorAtScopeEntry } from './semanticOrder.js';

export function isVoidTypeName(t: TypeConstraintAst): boolean {
  const name = t.typeName.fullName;
  return t.typeName.kind === 'TypeName' && (isNamed(name, 'void') || isNamed(name, 'system.void'));
}

const isStatic = (member: FunctionMemberAst | PropertyMemberAst): boolean =>
  ((member.type === 'FunctionMemberAst' ? member.methodAttributes : member.propertyAttributes) &
    MemberAttributes.Static) !==
  0;

interface MemberContext {
  readonly type: TypeDefinitionAst;
  readonly member: FunctionMemberAst | PropertyMemberAst;
  /** Still in the member's own scope (not in a nested script block or function). */
  readonly inMemberScope: boolean;
  /** Inside a function defined in the method: labels are that function's business. */
  readonly inNestedFunction: boolean;
  /** Labels of the loops around, innermost last (lower-case; '' for unlabeled). */
  readonly loopLabels: readonly string[];
}

/** The variables an assignment writes (PowerShell's GetAssignmentTargets), converts around them removed. */
function assignedVariables(left: ExpressionAst): ExpressionAst[] {
  const targets = left.type === 'ArrayLiteralAst' ? [...left.elements] : [left];
  return targets.map((t) => {
    let e = t;
    while (e.type === 'ConvertExpressionAst') e = e.child;
    return e;
  });
}

function checkAssignment(left: ExpressionAst, ctx: MemberContext, report: ReportError): void {
  for (const target of assignedVariables(left)) {
    if (target.type !== 'VariableExpressionAst' || target.variablePath.isDriveQualified) continue;
    const name = target.variablePath.userPath.toLowerCase();
    const property = ctx.type.members.find(
      (m): m is PropertyMemberAst => m.type === 'PropertyMemberAst' && m.name.toLowerCase() === name,
    );
    if (property === undefined) continue;
    if (isStatic(property))
      report(target.extent, 'MissingTypeInStaticPropertyAssignment', `[${ctx.type.name}]::`, property.name);
    else report(target.extent, 'MissingThis', '$this.', property.name);
  }
}

function visitInMember(node: Ast, ctx: MemberContext, report: ReportError): void {
  let inner = ctx;
  switch (node.type) {
    case 'ScriptBlockAst':
      inner = { ...ctx, inMemberScope: false };
      break;
    case 'FunctionDefinitionAst':
      inner = { ...ctx, inMemberScope: false, inNestedFunction: true };
      break;
    case 'TypeDefinitionAst':
      return; // checked on its own
    case 'ForEachStatementAst':
    case 'ForStatementAst':
    case 'WhileStatementAst':
    case 'DoWhileStatementAst':
    case 'DoUntilStatementAst':
      inner = { ...ctx, loopLabels: [...ctx.loopLabels, (node.label ?? '').toLowerCase()] };
      break;
    case 'ReturnStatementAst':
      if (ctx.inMemberScope && ctx.member.type === 'FunctionMemberAst') {
        const isVoid = ctx.member.returnType === null || isVoidTypeName(ctx.member.returnType);
        if (node.pipeline !== null && isVoid) report(node.extent, 'VoidMethodHasReturn');
        else if (node.pipeline === null && !isVoid) report(node.extent, 'NonVoidMethodMissingReturnValue');
      }
      break;
    case 'BreakStatementAst':
    case 'ContinueStatementAst':
      if (!ctx.inNestedFunction && node.label?.type === 'StringConstantExpressionAst') {
        const label = node.label.value;
        if (label !== '' && !ctx.loopLabels.includes(label.toLowerCase()))
          report(node.extent, 'LabelNotFound', label);
      }
      break;
    case 'VariableExpressionAst':
      if (ctx.inMemberScope && isStatic(ctx.member) && node.variablePath.userPath.toLowerCase() === 'this')
        report(node.extent, 'NonStaticMemberAccessInStaticMember', node.variablePath.userPath);
      break;
    case 'AssignmentStatementAst':
      if (ctx.inMemberScope && ctx.member.type === 'FunctionMemberAst')
        checkAssignment(node.left, ctx, report);
      break;
  }
  forEachChild(node, (child) => visitInMember(child, inner, report));
}

function checkFunctionMember(
  type: TypeDefinitionAst,
  member: FunctionMemberAst,
  report: ReportError,
  checkParameters: (member: FunctionMemberAst) => void,
): void {
  const body: ScriptBlockAst = member.body;
  if (body.paramBlock !== null) report(body.paramBlock.extent, 'ParamBlockNotAllowedInMethod');
  if (
    body.beginBlock !== null ||
    body.processBlock !== null ||
    body.cleanBlock !== null ||
    body.dynamicParamBlock !== null ||
    (body.endBlock !== null && !body.endBlock.unnamed)
  ) {
    const first = body.dynamicParamBlock ?? body.beginBlock ?? body.processBlock ?? body.endBlock;
    if (first !== null) report(first.extent, 'NamedBlockNotAllowedInMethod');
  }
  if (member.isConstructor && member.returnType !== null)
    report(member.returnType.extent, 'ConstructorCantHaveReturnType');
  checkParameters(member);
  for (const p of member.parameters) {
    let typed = false;
    for (const a of p.attributes) {
      if (a.type !== 'TypeConstraintAst' || isNamed(a.typeName.fullName, 'ordered')) continue;
      if (typed) report(a.extent, 'MultipleTypeConstraintsOnMethodParam');
      typed = true;
    }
  }
  const analysis = analyzeMemberFunction(member);
  if (!analysis.allPathsReturn && member.returnType !== null && !isVoidTypeName(member.returnType))
    report(member.nameExtent, 'MethodHasCodePathNotReturn');
  for (const v of analysis.unassignedReads) report(v.extent, 'VariableNotLocal');
  const ctx: MemberContext = { type, member, inMemberScope: true, inNestedFunction: false, loopLabels: [] };
  // The body is the method's own scope: its statements are visited as the member's, not as a nested script block.
  forEachChild(member, (child) =>
    child === body
      ? forEachChild(body, (c) => visitInMember(c, ctx, report))
      : visitInMember(child, ctx, report),
  );
}

/** Checks a class or enum and its members. `checkParameters` is the general duplicate/[void] parameter check. */
export function checkTypeDefinition(
  type: TypeDefinitionAst,
  report: ReportError,
  checkParameters: (member: FunctionMemberAst) => void,
): void {
  for (const member of type.members) {
    if (member.type === 'FunctionMemberAst') {
      checkFunctionMember(type, member, report, checkParameters);
      continue;
    }
    if (member.propertyType !== null && isVoidTypeName(member.propertyType))
      report(member.propertyType.extent, 'TypeNotAllowedForProperty', member.propertyType.typeName.fullName);
    const ctx: MemberContext = { type, member, inMemberScope: true, inNestedFunction: false, loopLabels: [] };
    forEachChild(member, (child) => visitInMember(child, ctx, report));
  }
}

/**
 * SymbolResolver's AddTypesInScope: the types defined in a scope (not in nested script blocks) by name; a second
 * type of the same name is MemberAlreadyDefined, at its extent, reported as the resolver enters the scope (the
 * script, a function definition or a script block expression: before the errors of anything inside it).
 */
export function typesInScope(scope: ScriptBlockAst, report: ReportError): Map<string, TypeDefinitionAst> {
  const types = new Map<string, TypeDefinitionAst>();
  const entered = scope.parent?.type === 'FunctionDefinitionAst' ? scope.parent.extent : scope.extent;
  const visitScope = (node: Ast): void => {
    if (node.type === 'TypeDefinitionAst') {
      const key = node.name.toLowerCase();
      if (types.has(key)) {
        anchorAtScopeEntry(node.extent, entered);
        report(node.extent, 'MemberAlreadyDefined', node.name);
      } else types.set(key, node);
    }
    forEachChild(node, (child) => {
      if (child.type !== 'ScriptBlockAst') visitScope(child);
    });
  };
  visitScope(scope);
  return types;
}
