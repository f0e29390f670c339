// The node types PowerShell's semantic checks look at (semanticChecks.ts `checkNode`): the parser queues only these.
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

/** True when `checkNode` has checks for nodes of this type. */
export function hasSemanticChecks(type: string): boolean {
  return checkedTypes.has(type);
}
