// Post-parse checks PowerShell makes before running anything (SemanticChecks.cs): same ErrorIds and extents.
import type { Ast } from '../ast/ast.js';
import type { Extent } from '../ast/extent.js';
import { ScriptExtent } from '../ast/extent.js';
import type { ParameterAst, TypeConstraintAst } from '../ast/blocks.js';
import type { ExpressionAst } from '../ast/expressions.js';
import type { PipelineBaseAst } from '../ast/nodes.js';
import { ForEachFlags, SwitchFlags } from '../ast/nodes.js';
import { walk } from '../ast/visit.js';
import { tokenKindText } from '../tokenizer/tokenTraits.js';
import type { DiagnosticId } from '../diagnostics/index.js';
import { checkRestrictedLanguage } from './restrictedLanguage.js';
import { checkTypeDefinition, isVoidTypeName, typesInScope } from './classChecks.js';
import { checkDscResource } from './dscResourceCheck.js';
import { checkClassTypes, isMethodParameter } from './classTypeChecks.js';
import type { TypeDefinitionAst } from '../ast/nodes.js';
import type { ParseOptions, TypeResolution } from './parseResult.js';
import { checkCatchClauses, type CatchTypeContext } from './catchChecks.js';
import { checkAttributeArguments, isConstantAttributeArgument } from './attributeArguments.js';
import { checkAutomaticVariableAssignment } from './automaticVariables.js';
import { forEachRepeatedName, isNamed } from './names.js';

/**
 * A C# namespace: identifiers joined by dots (PowerShell's NamespacePattern). Built on first use: compiling its
 * Unicode classes costs a millisecond that start-up does not need.
 */
let namespaceRegex: RegExp | undefined;
const namespacePattern = (): RegExp =>
  (namespaceRegex ??=
    /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Nd}\p{Pc}\p{Mn}\p{Mc}\p{Cf}_]*(?:\.[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Nd}\p{Pc}\p{Mn}\p{Mc}\p{Cf}_]*)*$/u);

export type ReportError = (extent: Extent, errorId: DiagnosticId, ...args: string[]) => void;

/** What one parse's checks remember between nodes: the scopes whose type names were already compared. */
export interface SemanticCheckState {
  /** The classes and enums of each scope (a ScriptBlockAst) seen so far, by lower-case name. */
  readonly typeScopes: Map<Ast, Map<string, TypeDefinitionAst>>;
  /** The parse's type lookup (ParseOptions.resolveType), for the type names in classes and catch types. */
  readonly resolveType: ParseOptions['resolveType'];
  /** resolveType's answers for catch types, by lower-case name. */
  readonly catchTypeAnswers: Map<string, TypeResolution>;
}

export const newSemanticCheckState = (options: ParseOptions = {}): SemanticCheckState => ({
  typeScopes: new Map(),
  resolveType: options.resolveType,
  catchTypeAnswers: new Map(),
});

/** The types of the scopes around `node`, innermost first (SymbolTable.LookupType); computed once per scope. */
function typeLookup(
  node: Ast,
  report: ReportError,
  state: SemanticCheckState,
): (name: string) => TypeDefinitionAst | undefined {
  const scopes: Map<string, TypeDefinitionAst>[] = [];
  for (let scope: Ast | null = node.parent; scope !== null; scope = scope.parent) {
    if (scope.type !== 'ScriptBlockAst') continue;
    let types = state.typeScopes.get(scope);
    if (types === undefined) state.typeScopes.set(scope, (types = typesInScope(scope, report)));
    scopes.push(types);
  }
  return (name) => {
    for (const types of scopes) {
      const t = types.get(name);
      if (t !== undefined) return t;
    }
    return undefined;
  };
}

function isRefType(t: TypeConstraintAst): boolean {
  const name = t.typeName.fullName;
  return (
    isNamed(name, 'ref') ||
    isNamed(name, 'system.management.automation.psreference') ||
    isNamed(name, 'psreference')
  );
}

/** The single expression of a pipeline that is just an expression (PowerShell's GetPureExpression). */
function pureExpression(p: PipelineBaseAst): ExpressionAst | null {
  if (p.type !== 'PipelineAst' || p.pipelineElements.length !== 1) return null;
  const e = p.pipelineElements[0];
  return e !== undefined && e.type === 'CommandExpressionAst' && e.redirections.length === 0
    ? e.expression
    : null;
}

/** PowerShell's Ast.IsInWorkflow: the nearest function around it is a workflow (an InlineScript command stops). */
function isInWorkflow(ast: Ast): boolean {
  for (let current: Ast | null = ast; current !== null; current = current.parent) {
    if (current.type === 'ScriptBlockAst' && current.parent?.type === 'FunctionDefinitionAst')
      return current.parent.isWorkflow;
    if (current !== ast && current.type === 'CommandAst') {
      const name = current.commandElements[0];
      if (name?.type === 'StringConstantExpressionAst' && name.value.toLowerCase() === 'inlinescript')
        return false;
    }
  }
  return false;
}

/** The keyword that starts a statement: its first `length` characters. */
function keywordExtent(extent: Extent, length: number): Extent {
  return extent instanceof ScriptExtent
    ? extent.source.extent(extent.startOffset, extent.startOffset + length)
    : extent;
}

function checkDuplicateParameters(parameters: readonly ParameterAst[], report: ReportError): void {
  const names = parameters.map((p) => p.name.variablePath.userPath);
  const repeated = new Set<number>();
  forEachRepeatedName(names, (i) => repeated.add(i));
  for (let i = 0; i < parameters.length; i++) {
    const p = parameters[i] as ParameterAst;
    if (repeated.has(i)) report(p.name.extent, 'DuplicateFormalParameter', names[i] as string);
    for (const a of p.attributes) {
      if (a.type === 'TypeConstraintAst' && isVoidTypeName(a)) {
        report(a.extent, 'VoidTypeConstraintNotAllowed');
        break;
      }
    }
  }
}

function checkAssignmentTarget(
  ast: ExpressionAst,
  simple: boolean,
  report: ReportError,
  onError: (a: Ast) => void,
  state: SemanticCheckState | undefined,
): void {
  switch (ast.type) {
    case 'ArrayLiteralAst':
      if (simple) for (const e of ast.elements) checkAssignmentTarget(e, true, report, onError, state);
      else onError(ast);
      return;
    case 'ParenExpressionAst': {
      const expr = pureExpression(ast.pipeline);
      if (expr === null) onError(ast.pipeline);
      else checkAssignmentTarget(expr, simple, report, onError, state);
      return;
    }
    case 'VariableExpressionAst':
      return;
    case 'MemberExpressionAst':
    case 'IndexExpressionAst':
      if (ast.nullConditional) onError(ast);
      return;
    case 'InvokeMemberExpressionAst':
      if (ast.nullConditional) onError(ast);
      return;
    case 'AttributedExpressionAst':
    case 'ConvertExpressionAst': {
      let expr: ExpressionAst = ast;
      let converts = 0;
      let refPosition: Extent | null = null;
      let innermost: TypeConstraintAst | null = null;
      while (expr.type === 'AttributedExpressionAst' || expr.type === 'ConvertExpressionAst') {
        if (expr.type === 'ConvertExpressionAst') {
          converts++;
          innermost = expr.attribute;
          if (isRefType(expr.attribute)) refPosition = expr.attribute.extent;
          else if (isVoidTypeName(expr.attribute))
            report(expr.attribute.extent, 'VoidTypeConstraintNotAllowed');
        }
        expr = expr.child;
      }
      if (refPosition !== null && converts > 1)
        report(refPosition, 'ReferenceNeedsToBeByItselfInTypeConstraint');
      else {
        if (expr.type === 'VariableExpressionAst')
          checkAutomaticVariableAssignment(ast, expr, innermost, report, state);
        checkAssignmentTarget(expr, simple, report, onError, state);
      }
      return;
    }
    default:
      onError(ast);
  }
}

/** Walks up from a flow statement: leaving a finally block is an error (unless a matching labeled loop is inside). */
function checkFlowOutOfFinally(ast: Ast, label: string | null, report: ReportError): void {
  for (let parent = ast.parent; parent !== null; parent = parent.parent) {
    if (
      parent.type === 'NamedBlockAst' ||
      parent.type === 'TrapStatementAst' ||
      parent.type === 'ScriptBlockAst'
    )
      return;
    // A loop or switch (labeled or not) catches an unlabeled break/continue; a labeled one only its own label.
    if (
      label !== null &&
      'label' in parent &&
      (parent.label === null || typeof parent.label === 'string') &&
      (label === '' || parent.label?.toLowerCase() === label.toLowerCase())
    )
      return;
    if (
      parent.type === 'StatementBlockAst' &&
      parent.parent?.type === 'TryStatementAst' &&
      parent.parent.finally === parent
    ) {
      report(ast.extent, 'ControlLeavingFinally');
      return;
    }
  }
}

function flowLabel(label: ExpressionAst | null): string | null {
  if (label === null) return '';
  return label.type === 'StringConstantExpressionAst' ? label.value : null;
}

/** Checks one node; its ancestors must already be linked (children need not be). */
export function checkNode(node: Ast, report: ReportError, state?: SemanticCheckState): void {
  {
    switch (node.type) {
      case 'TypeDefinitionAst': {
        checkTypeDefinition(node, report, (member) => checkDuplicateParameters(member.parameters, report));
        const checkState = state ?? newSemanticCheckState();
        const lookup = typeLookup(node, report, checkState);
        if (node.attributes.length > 0) checkDscResource(node, lookup, report);
        checkClassTypes(node, { lookupLocal: lookup, resolveType: checkState.resolveType }, report);
        break;
      }
      case 'ParameterAst':
        for (const a of node.attributes) {
          if (a.type === 'TypeConstraintAst' && isNamed(a.typeName.fullName, 'ordered'))
            report(a.extent, 'OrderedAttributeOnlyOnHashLiteralNode', a.typeName.fullName);
        }
        // Then its attributes' arguments (VisitAttribute, on its children); a method's are checked with its class.
        if (!isMethodParameter(node))
          for (const a of node.attributes)
            if (a.type === 'AttributeAst') checkAttributeArguments(a, false, report);
        break;
      case 'ParamBlockAst':
        checkDuplicateParameters(node.parameters, report);
        for (const a of node.attributes) checkAttributeArguments(a, false, report);
        break;
      case 'FunctionDefinitionAst':
        if (node.parameters !== null && node.body.paramBlock !== null) {
          report(node.body.paramBlock.extent, 'OnlyOneParameterListAllowed');
        } else if (node.parameters !== null) checkDuplicateParameters(node.parameters, report);
        if (node.isWorkflow) report(node.extent, 'WorkflowNotSupportedInPowerShellCore');
        break;
      case 'BlockStatementAst':
        if (!isInWorkflow(node)) {
          const keyword = keywordExtent(node.extent, tokenKindText(node.kind).length);
          report(keyword, 'UnexpectedKeyword', keyword.text);
        }
        break;
      case 'SwitchStatementAst':
        if ((node.flags & SwitchFlags.Parallel) !== 0)
          report(node.extent, 'KeywordParameterReservedForFutureUse', 'switch', 'parallel');
        break;
      case 'ForEachStatementAst':
        if ((node.flags & ForEachFlags.Parallel) !== 0)
          report(node.extent, 'KeywordParameterReservedForFutureUse', 'foreach', 'parallel');
        if (node.throttleLimit !== null) {
          report(node.extent, 'KeywordParameterReservedForFutureUse', 'foreach', 'throttlelimit');
          if ((node.flags & ForEachFlags.Parallel) === 0)
            report(node.extent, 'ThrottleLimitRequiresParallelFlag');
        }
        break;
      case 'TryStatementAst':
        if (node.catchClauses.length > 1) {
          const checkState = state ?? newSemanticCheckState();
          let lookup: ((name: string) => TypeDefinitionAst | undefined) | null = null;
          const context: CatchTypeContext = {
            resolveType: checkState.resolveType,
            isLocalType: (name) => (lookup ??= typeLookup(node, report, checkState))(name) !== undefined,
            answers: checkState.catchTypeAnswers,
          };
          checkCatchClauses(node, context, report);
        }
        break;
      case 'BreakStatementAst':
      case 'ContinueStatementAst':
        checkFlowOutOfFinally(node, flowLabel(node.label), report);
        break;
      case 'ReturnStatementAst':
        checkFlowOutOfFinally(node, null, report);
        break;
      case 'AssignmentStatementAst':
        // Most assign to a plain variable, which is always valid: no reporter closure for them.
        if (node.left.type !== 'VariableExpressionAst')
          checkAssignmentTarget(
            node.left,
            node.operator === 'Equals',
            report,
            (a) => report(a.extent, 'InvalidLeftHandSide'),
            state,
          );
        break;
      case 'UnaryExpressionAst':
        if (
          node.tokenKind === 'PlusPlus' ||
          node.tokenKind === 'PostfixPlusPlus' ||
          node.tokenKind === 'MinusMinus' ||
          node.tokenKind === 'PostfixMinusMinus'
        ) {
          const text = tokenKindText(node.tokenKind);
          checkAssignmentTarget(
            node.child,
            false,
            report,
            (a) => report(a.extent, 'OperatorRequiresVariableOrProperty', text),
            state,
          );
        }
        break;
      case 'ConvertExpressionAst':
        checkConvert(node, report);
        break;
      case 'AttributedExpressionAst': {
        let e: ExpressionAst = node;
        let ok = false;
        while (e.type === 'AttributedExpressionAst' || e.type === 'ConvertExpressionAst') {
          if (e.child.type === 'VariableExpressionAst') {
            ok = true;
            break;
          }
          e = e.child;
        }
        if (!ok) report(node.attribute.extent, 'UnexpectedAttribute', node.attribute.typeName.fullName);
        checkAttributeArguments(node.attribute, false, report);
        break;
      }
      case 'VariableExpressionAst':
        if (
          node.splatted &&
          node.parent?.type !== 'CommandAst' &&
          node.parent?.type !== 'UsingExpressionAst'
        ) {
          const inList = node.parent?.type === 'ArrayLiteralAst' && node.parent.parent?.type === 'CommandAst';
          report(
            node.extent,
            inList ? 'SplattingNotPermittedInArgumentList' : 'SplattingNotPermitted',
            node.variablePath.userPath,
          );
        }
        break;
      case 'HashtableAst': {
        const pairs = node.keyValuePairs;
        const texts = pairs.map(([key]) =>
          key.type === 'StringConstantExpressionAst'
            ? key.value
            : key.type === 'ConstantExpressionAst'
              ? String(key.value)
              : null,
        );
        forEachRepeatedName(texts, (i) => {
          const key = (pairs[i] as (typeof pairs)[number])[0];
          report(key.extent, 'DuplicateKeyInHashLiteral', texts[i] as string);
        });
        break;
      }
      case 'UsingStatementAst': {
        const kind = node.usingStatementKind;
        if ((kind !== 'Namespace' && kind !== 'Assembly' && kind !== 'Module') || node.alias !== null) {
          report(node.extent, 'UsingStatementNotSupported');
        }
        if (kind === 'Namespace' && node.name !== null && !namespacePattern().test(node.name.value)) {
          report(node.name.extent, 'InvalidNamespaceValue');
        }
        break;
      }
      case 'DataStatementAst': {
        // ConvertFrom-StringData and the -SupportedCommand names; any command when one of them is not a constant.
        const names: string[] = ['ConvertFrom-StringData'];
        for (const c of node.commandsAllowed) {
          if (c.type !== 'StringConstantExpressionAst') {
            names.length = 0;
            break;
          }
          names.push(c.value);
        }
        checkRestrictedLanguage(node.body, { allowedCommands: names.length > 0 ? names : null }, report);
        break;
      }
      case 'UsingExpressionAst': {
        const bad = badUsingExpression(node.subExpression);
        if (bad !== null) report(bad.extent, 'InvalidUsingExpression');
        break;
      }
    }
  }
}

function badUsingExpression(expr: ExpressionAst): ExpressionAst | null {
  if (expr.type === 'VariableExpressionAst') return null;
  if (expr.type === 'MemberExpressionAst' && expr.member.type === 'StringConstantExpressionAst')
    return badUsingExpression(expr.expression);
  if (expr.type === 'IndexExpressionAst') {
    // CheckUsingExpression: the index must be what an attribute argument may be (`$using:a[0]`, not `$using:a[$i]`).
    if (!isConstantAttributeArgument(expr.index, false)) return expr.index;
    return badUsingExpression(expr.target);
  }
  return expr;
}

function checkConvert(node: Extract<Ast, { type: 'ConvertExpressionAst' }>, report: ReportError): void {
  if (isNamed(node.attribute.typeName.fullName, 'ordered')) {
    if (node.child.type !== 'HashtableAst')
      report(node.extent, 'OrderedAttributeOnlyOnHashLiteralNode', node.attribute.typeName.fullName);
    return;
  }
  if (!isRefType(node.attribute)) return;
  let multipleRefs = false;
  let child: ExpressionAst = node.child;
  while (child.type === 'AttributedExpressionAst' || child.type === 'ConvertExpressionAst') {
    if (child.type === 'ConvertExpressionAst' && isRefType(child.attribute)) {
      multipleRefs = true;
      report(child.attribute.extent, 'ReferenceNeedsToBeByItselfInTypeSequence');
    }
    child = child.child;
  }
  let parent: Ast | null = node.parent;
  while (
    parent !== null &&
    (parent.type === 'ConvertExpressionAst' || parent.type === 'AttributedExpressionAst')
  ) {
    if (parent.type === 'ConvertExpressionAst' && !multipleRefs) {
      if (isRefType(parent.attribute)) break;
      let skipError = false;
      for (let a: Ast | null = parent.parent; a !== null; a = a.parent) {
        if (a.type === 'AssignmentStatementAst') {
          skipError = contains(a.left, node);
          break;
        }
        if (a.type === 'CommandExpressionAst') break;
      }
      if (!skipError) report(node.attribute.extent, 'ReferenceNeedsToBeLastTypeInTypeConversion');
    }
    parent = parent.parent;
  }
}

function contains(root: Ast, target: Ast): boolean {
  let found = false;
  walk(root, (n) => {
    if (n === target) found = true;
    return !found;
  });
  return found;
}
