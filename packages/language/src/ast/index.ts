// The AST: node types, extents, structured type names, and walkers.
export type * from './ast.js';
export type * from './blocks.js';
export type * from './commands.js';
export type * from './expressions.js';
export type * from './typeName.js';
export type {
  AstBase,
  PipelineAst,
  PipelineChainAst,
  AssignmentStatementAst,
  PipelineBaseAst,
  IfStatementAst,
  SwitchStatementAst,
  ForEachStatementAst,
  ForStatementAst,
  WhileStatementAst,
  DoWhileStatementAst,
  DoUntilStatementAst,
  LoopStatementAst,
  TryStatementAst,
  CatchClauseAst,
  TrapStatementAst,
  BreakStatementAst,
  ContinueStatementAst,
  ReturnStatementAst,
  ExitStatementAst,
  ThrowStatementAst,
  FunctionDefinitionAst,
  DataStatementAst,
  BlockStatementAst,
  UsingStatementKind,
  UsingStatementAst,
  TypeDefinitionKind,
  TypeDefinitionAst,
  PropertyMemberAst,
  FunctionMemberAst,
  MemberAst,
  ErrorStatementAst,
  StatementAst,
} from './nodes.js';
export { SwitchFlags, ForEachFlags, MemberAttributes } from './nodes.js';
export { SourceText, ScriptExtent, type Extent, type ScriptPosition } from './extent.js';
export { childFields, childrenOf, forEachChild } from './children.js';
export { visit, walk, findAll, linkParents, type AstVisitor, type AstVisitAction } from './visit.js';
export { astToSnapshot, type SnapshotValue } from './snapshot.js';
