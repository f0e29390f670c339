// The node types PowerShell's semantic checks look at (semanticChecks.ts `checkNode`): the parser queues only these.
import type { Ast } from '../ast/ast.js';

/** Keep in step with the cases of `checkNode`'s switch. */
const checkedTypes: ReadonlySet<string> = new Set([
  'TypeDefinitionAst',
  'ParameterAst',
  'ParamBlockAst',
  'FunctionDefinitionAst',
  'BlockStatementAst',
  'SwitchStatementAst',
  'ForEachStatementAst',
  'TryStatementAst',
  'BreakStatementAst',
  'ContinueStatementAst',
  'ReturnStatementAst',
  'AssignmentStatementAst',
  'UnaryExpressionAst',
  'ConvertExpressionAst',
  'AttributedExpressionAst',
  'VariableExpressionAst',
  'HashtableAst',
  'UsingStatementAst',
  'DataStatementAst',
  'UsingExpressionAst',
]);

/**
 * True when `checkNode` may report something for this node. A variable is checked only when splatted (`@x` where
 * splatting is not allowed): variables are a sixth of all nodes, and queueing each cost more than the check.
 */
export function needsSemanticChecks(node: Ast): boolean {
  const type = node.type;
  if (type === 'VariableExpressionAst') return node.splatted;
  return checkedTypes.has(type);
}
