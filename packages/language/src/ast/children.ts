// Which fields of each node hold child nodes, in source order: the one table that walkers use.
import type { Ast, AstType } from './ast.js';

/** Child-holding fields per node type, in source order. Arrays may nest (tuples of clauses). */
export const childFields: { readonly [K in AstType]: readonly string[] } = {
  ScriptBlockAst: [
    'usingStatements',
    'attributes',
    'paramBlock',
    'dynamicParamBlock',
    'beginBlock',
    'processBlock',
    'endBlock',
    'cleanBlock',
  ],
  NamedBlockAst: ['traps', 'statements'],
  StatementBlockAst: ['traps', 'statements'],
  ParamBlockAst: ['attributes', 'parameters'],
  ParameterAst: ['attributes', 'name', 'defaultValue'],
  AttributeAst: ['positionalArguments', 'namedArguments'],
  NamedAttributeArgumentAst: ['argument'],
  TypeConstraintAst: [],
  PipelineAst: ['pipelineElements'],
  PipelineChainAst: ['lhsPipelineChain', 'rhsPipeline'],
  AssignmentStatementAst: ['left', 'right'],
  IfStatementAst: ['clauses', 'elseClause'],
  SwitchStatementAst: ['condition', 'clauses', 'default'],
  ForEachStatementAst: ['variable', 'throttleLimit', 'condition', 'body'],
  ForStatementAst: ['initializer', 'condition', 'iterator', 'body'],
  WhileStatementAst: ['condition', 'body'],
  DoWhileStatementAst: ['body', 'condition'],
  DoUntilStatementAst: ['body', 'condition'],
  TryStatementAst: ['body', 'catchClauses', 'finally'],
  CatchClauseAst: ['catchTypes', 'body'],
  TrapStatementAst: ['trapType', 'body'],
  BreakStatementAst: ['label'],
  ContinueStatementAst: ['label'],
  ReturnStatementAst: ['pipeline'],
  ExitStatementAst: ['pipeline'],
  ThrowStatementAst: ['pipeline'],
  FunctionDefinitionAst: ['parameters', 'body'],
  DataStatementAst: ['commandsAllowed', 'body'],
  BlockStatementAst: ['body'],
  UsingStatementAst: ['name', 'alias', 'moduleSpecification'],
  TypeDefinitionAst: ['attributes', 'baseTypes', 'members'],
  PropertyMemberAst: ['attributes', 'propertyType', 'initialValue'],
  FunctionMemberAst: ['attributes', 'returnType', 'parameters', 'baseCtorArguments', 'body'],
  ErrorStatementAst: ['nestedAst'],
  CommandAst: ['commandElements', 'redirections'],
  CommandExpressionAst: ['expression', 'redirections'],
  CommandParameterAst: ['argument'],
  FileRedirectionAst: ['location'],
  MergingRedirectionAst: [],
  BinaryExpressionAst: ['left', 'right'],
  UnaryExpressionAst: ['child'],
  TernaryExpressionAst: ['condition', 'ifTrue', 'ifFalse'],
  ConvertExpressionAst: ['attribute', 'child'],
  AttributedExpressionAst: ['attribute', 'child'],
  MemberExpressionAst: ['expression', 'member'],
  InvokeMemberExpressionAst: ['expression', 'member', 'arguments'],
  IndexExpressionAst: ['target', 'index'],
  ArrayLiteralAst: ['elements'],
  ArrayExpressionAst: ['subExpression'],
  HashtableAst: ['keyValuePairs'],
  ScriptBlockExpressionAst: ['scriptBlock'],
  SubExpressionAst: ['subExpression'],
  ParenExpressionAst: ['pipeline'],
  StringConstantExpressionAst: [],
  ExpandableStringExpressionAst: ['nestedExpressions'],
  ConstantExpressionAst: [],
  VariableExpressionAst: [],
  UsingExpressionAst: ['subExpression'],
  TypeExpressionAst: [],
  ErrorExpressionAst: ['nestedAst'],
};

function collect(value: unknown, out: Ast[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out);
    return;
  }
  out.push(value as Ast);
}

function each(value: unknown, fn: (child: Ast) => void): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) each(item, fn);
    return;
  }
  fn(value as Ast);
}

/** Calls fn on each direct child, in source order, without allocating a list. */
export function forEachChild(ast: Ast, fn: (child: Ast) => void): void {
  const record = ast as unknown as Record<string, unknown>;
  for (const field of childFields[ast.type]) each(record[field], fn);
}

/** The direct children of a node, in source order. */
export function childrenOf(ast: Ast): Ast[] {
  const out: Ast[] = [];
  const record = ast as unknown as Record<string, unknown>;
  for (const field of childFields[ast.type]) collect(record[field], out);
  return out;
}
