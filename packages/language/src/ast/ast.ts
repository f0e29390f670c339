// The `Ast` union of every node kind, and a map from `type` to node interface.
import type {
  ScriptBlockAst,
  NamedBlockAst,
  StatementBlockAst,
  ParamBlockAst,
  ParameterAst,
  AttributeAst,
  NamedAttributeArgumentAst,
  TypeConstraintAst,
} from './blocks.js';
import type {
  PipelineAst,
  PipelineChainAst,
  AssignmentStatementAst,
  IfStatementAst,
  SwitchStatementAst,
  ForEachStatementAst,
  ForStatementAst,
  WhileStatementAst,
  DoWhileStatementAst,
  DoUntilStatementAst,
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
  UsingStatementAst,
  TypeDefinitionAst,
  PropertyMemberAst,
  FunctionMemberAst,
  ErrorStatementAst,
} from './nodes.js';
import type {
  CommandAst,
  CommandExpressionAst,
  CommandParameterAst,
  FileRedirectionAst,
  MergingRedirectionAst,
} from './commands.js';
import type { ExpressionAst } from './expressions.js';

export type Ast =
  | ScriptBlockAst
  | NamedBlockAst
  | StatementBlockAst
  | ParamBlockAst
  | ParameterAst
  | AttributeAst
  | NamedAttributeArgumentAst
  | TypeConstraintAst
  | PipelineAst
  | PipelineChainAst
  | AssignmentStatementAst
  | IfStatementAst
  | SwitchStatementAst
  | ForEachStatementAst
  | ForStatementAst
  | WhileStatementAst
  | DoWhileStatementAst
  | DoUntilStatementAst
  | TryStatementAst
  | CatchClauseAst
  | TrapStatementAst
  | BreakStatementAst
  | ContinueStatementAst
  | ReturnStatementAst
  | ExitStatementAst
  | ThrowStatementAst
  | FunctionDefinitionAst
  | DataStatementAst
  | BlockStatementAst
  | UsingStatementAst
  | TypeDefinitionAst
  | PropertyMemberAst
  | FunctionMemberAst
  | ErrorStatementAst
  | CommandAst
  | CommandExpressionAst
  | CommandParameterAst
  | FileRedirectionAst
  | MergingRedirectionAst
  | ExpressionAst;

/** Every node's `type` string. */
export type AstType = Ast['type'];

/** The node interface for a given `type`: `AstOfType<'CommandAst'>` is `CommandAst`. */
export type AstOfType<T extends AstType> = Extract<Ast, { type: T }>;
