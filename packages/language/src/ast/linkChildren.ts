// Parent linking, specialised per node type: reading each child field by name keeps the property loads fast
// (a loop over `childFields` reads them by computed key, which is megamorphic over ~70 node shapes).
// The cases follow `childFields` (children.ts) field for field; tests/walker.test.ts checks they agree.
import type { Ast } from './ast.js';

/** Links one child value (a node, null, an array of nodes, or an array of tuples) and queues the nodes. */
function link(value: unknown, parent: Ast, stack: Ast[] | null): void {
  if (value === null || value === undefined) return;
  if (!Array.isArray(value)) {
    (value as Ast).parent = parent;
    if (stack !== null) stack.push(value as Ast);
    return;
  }
  for (const item of value as unknown[]) {
    if (item === null || item === undefined) continue;
    if (Array.isArray(item)) {
      // Tuples: if/elseif clauses, switch clauses, hashtable pairs.
      for (const inner of item as Ast[]) {
        inner.parent = parent;
        if (stack !== null) stack.push(inner);
      }
    } else {
      (item as Ast).parent = parent;
      if (stack !== null) stack.push(item as Ast);
    }
  }
}

/** Sets `parent` on the direct children of `node` (the parser does this as it builds each node). */
export function adoptChildren(node: Ast): void {
  linkChildren(node, null);
}

/** Sets `parent` on the direct children of `node` and pushes them on `stack` (when given). */
export function linkChildren(node: Ast, stack: Ast[] | null): void {
  switch (node.type) {
    case 'ScriptBlockAst':
      link(node.usingStatements, node, stack);
      link(node.attributes, node, stack);
      link(node.paramBlock, node, stack);
      link(node.dynamicParamBlock, node, stack);
      link(node.beginBlock, node, stack);
      link(node.processBlock, node, stack);
      link(node.endBlock, node, stack);
      link(node.cleanBlock, node, stack);
      break;
    case 'NamedBlockAst':
      link(node.traps, node, stack);
      link(node.statements, node, stack);
      break;
    case 'StatementBlockAst':
      link(node.traps, node, stack);
      link(node.statements, node, stack);
      break;
    case 'ParamBlockAst':
      link(node.attributes, node, stack);
      link(node.parameters, node, stack);
      break;
    case 'ParameterAst':
      link(node.attributes, node, stack);
      link(node.name, node, stack);
      link(node.defaultValue, node, stack);
      break;
    case 'AttributeAst':
      link(node.positionalArguments, node, stack);
      link(node.namedArguments, node, stack);
      break;
    case 'NamedAttributeArgumentAst':
      link(node.argument, node, stack);
      break;
    case 'PipelineAst':
      link(node.pipelineElements, node, stack);
      break;
    case 'PipelineChainAst':
      link(node.lhsPipelineChain, node, stack);
      link(node.rhsPipeline, node, stack);
      break;
    case 'AssignmentStatementAst':
      link(node.left, node, stack);
      link(node.right, node, stack);
      break;
    case 'IfStatementAst':
      link(node.clauses, node, stack);
      link(node.elseClause, node, stack);
      break;
    case 'SwitchStatementAst':
      link(node.condition, node, stack);
      link(node.clauses, node, stack);
      link(node.default, node, stack);
      break;
    case 'ForEachStatementAst':
      link(node.variable, node, stack);
      link(node.throttleLimit, node, stack);
      link(node.condition, node, stack);
      link(node.body, node, stack);
      break;
    case 'ForStatementAst':
      link(node.initializer, node, stack);
      link(node.condition, node, stack);
      link(node.iterator, node, stack);
      link(node.body, node, stack);
      break;
    case 'WhileStatementAst':
      link(node.condition, node, stack);
      link(node.body, node, stack);
      break;
    case 'DoWhileStatementAst':
      link(node.body, node, stack);
      link(node.condition, node, stack);
      break;
    case 'DoUntilStatementAst':
      link(node.body, node, stack);
      link(node.condition, node, stack);
      break;
    case 'TryStatementAst':
      link(node.body, node, stack);
      link(node.catchClauses, node, stack);
      link(node.finally, node, stack);
      break;
    case 'CatchClauseAst':
      link(node.catchTypes, node, stack);
      link(node.body, node, stack);
      break;
    case 'TrapStatementAst':
      link(node.trapType, node, stack);
      link(node.body, node, stack);
      break;
    case 'BreakStatementAst':
      link(node.label, node, stack);
      break;
    case 'ContinueStatementAst':
      link(node.label, node, stack);
      break;
    case 'ReturnStatementAst':
      link(node.pipeline, node, stack);
      break;
    case 'ExitStatementAst':
      link(node.pipeline, node, stack);
      break;
    case 'ThrowStatementAst':
      link(node.pipeline, node, stack);
      break;
    case 'FunctionDefinitionAst':
      link(node.parameters, node, stack);
      link(node.body, node, stack);
      break;
    case 'DataStatementAst':
      link(node.commandsAllowed, node, stack);
      link(node.body, node, stack);
      break;
    case 'BlockStatementAst':
      link(node.body, node, stack);
      break;
    case 'UsingStatementAst':
      link(node.name, node, stack);
      link(node.alias, node, stack);
      link(node.moduleSpecification, node, stack);
      break;
    case 'TypeDefinitionAst':
      link(node.attributes, node, stack);
      link(node.baseTypes, node, stack);
      link(node.members, node, stack);
      break;
    case 'PropertyMemberAst':
      link(node.attributes, node, stack);
      link(node.propertyType, node, stack);
      link(node.initialValue, node, stack);
      break;
    case 'FunctionMemberAst':
      link(node.attributes, node, stack);
      link(node.returnType, node, stack);
      link(node.parameters, node, stack);
      link(node.baseCtorArguments, node, stack);
      link(node.body, node, stack);
      break;
    case 'ErrorStatementAst':
      link(node.nestedAst, node, stack);
      break;
    case 'CommandAst':
      link(node.commandElements, node, stack);
      link(node.redirections, node, stack);
      break;
    case 'CommandExpressionAst':
      link(node.expression, node, stack);
      link(node.redirections, node, stack);
      break;
    case 'CommandParameterAst':
      link(node.argument, node, stack);
      break;
    case 'FileRedirectionAst':
      link(node.location, node, stack);
      break;
    case 'BinaryExpressionAst':
      link(node.left, node, stack);
      link(node.right, node, stack);
      break;
    case 'UnaryExpressionAst':
      link(node.child, node, stack);
      break;
    case 'TernaryExpressionAst':
      link(node.condition, node, stack);
      link(node.ifTrue, node, stack);
      link(node.ifFalse, node, stack);
      break;
    case 'ConvertExpressionAst':
      link(node.attribute, node, stack);
      link(node.child, node, stack);
      break;
    case 'AttributedExpressionAst':
      link(node.attribute, node, stack);
      link(node.child, node, stack);
      break;
    case 'MemberExpressionAst':
      link(node.expression, node, stack);
      link(node.member, node, stack);
      break;
    case 'InvokeMemberExpressionAst':
      link(node.expression, node, stack);
      link(node.member, node, stack);
      link(node.arguments, node, stack);
      break;
    case 'IndexExpressionAst':
      link(node.target, node, stack);
      link(node.index, node, stack);
      break;
    case 'ArrayLiteralAst':
      link(node.elements, node, stack);
      break;
    case 'ArrayExpressionAst':
      link(node.subExpression, node, stack);
      break;
    case 'HashtableAst':
      link(node.keyValuePairs, node, stack);
      break;
    case 'ScriptBlockExpressionAst':
      link(node.scriptBlock, node, stack);
      break;
    case 'SubExpressionAst':
      link(node.subExpression, node, stack);
      break;
    case 'ParenExpressionAst':
      link(node.pipeline, node, stack);
      break;
    case 'ExpandableStringExpressionAst':
      link(node.nestedExpressions, node, stack);
      break;
    case 'UsingExpressionAst':
      link(node.subExpression, node, stack);
      break;
    case 'ErrorExpressionAst':
      link(node.nestedAst, node, stack);
      break;
    case 'TypeConstraintAst':
    case 'MergingRedirectionAst':
    case 'StringConstantExpressionAst':
    case 'ConstantExpressionAst':
    case 'VariableExpressionAst':
    case 'TypeExpressionAst':
      break;
  }
}
