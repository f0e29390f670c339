// The statement-level AST nodes and the base shape shared by every node.
import type { Extent } from './extent.js';
import type { Ast } from './ast.js';
import type { TokenKind } from '../tokenizer/tokenKind.js';
import type {
  ScriptBlockAst,
  StatementBlockAst,
  ParameterAst,
  AttributeAst,
  TypeConstraintAst,
} from './blocks.js';
import type {
  ExpressionAst,
  StringConstantExpressionAst,
  VariableExpressionAst,
  HashtableAst,
} from './expressions.js';
import type { CommandBaseAst } from './commands.js';

export type { ExpressionAst } from './expressions.js';

/** Every node: `type` is PowerShell's class name; `parent` is set once the tree is complete. */
export interface AstBase {
  readonly type: string;
  readonly extent: Extent;
  parent: Ast | null;
}

// ---- pipelines ---------------------------------------------------------------------------------

export interface PipelineAst extends AstBase {
  readonly type: 'PipelineAst';
  readonly pipelineElements: readonly CommandBaseAst[];
  /** Ends with `&` (run as a job). */
  readonly background: boolean;
}

/** `a && b`, `a || b`. Left-associative: the lhs is itself a chain or a pipeline. */
export interface PipelineChainAst extends AstBase {
  readonly type: 'PipelineChainAst';
  readonly lhsPipelineChain: PipelineAst | PipelineChainAst;
  readonly rhsPipeline: PipelineAst;
  readonly operator: 'AndAnd' | 'OrOr';
  readonly background: boolean;
}

/** `$x = ...`, `$x += ...`, `$a, $b = ...`, `[int]$n = ...`. */
export interface AssignmentStatementAst extends AstBase {
  readonly type: 'AssignmentStatementAst';
  readonly left: ExpressionAst;
  /** Equals, PlusEquals, MinusEquals, MultiplyEquals, DivideEquals, RemainderEquals, QuestionQuestionEquals. */
  readonly operator: TokenKind;
  readonly right: StatementAst;
  readonly errorPosition: Extent;
}

/** A statement that can appear where a pipeline is expected (conditions, `return`, assignment rhs). */
export type PipelineBaseAst = PipelineAst | PipelineChainAst | AssignmentStatementAst | ErrorStatementAst;

// ---- flow control ------------------------------------------------------------------------------

export interface IfStatementAst extends AstBase {
  readonly type: 'IfStatementAst';
  /** `if`/`elseif` clauses in order: [condition, body]. */
  readonly clauses: readonly (readonly [PipelineBaseAst, StatementBlockAst])[];
  readonly elseClause: StatementBlockAst | null;
}

/** PowerShell's SwitchFlags (bit flags). */
export const SwitchFlags = {
  None: 0,
  File: 0x1,
  Regex: 0x2,
  Wildcard: 0x4,
  Exact: 0x8,
  CaseSensitive: 0x10,
  Parallel: 0x20,
} as const;
export type SwitchFlags = number;

export interface SwitchStatementAst extends AstBase {
  readonly type: 'SwitchStatementAst';
  readonly label: string | null;
  /** The value to switch on; for `-file` the file name. */
  readonly condition: PipelineBaseAst;
  readonly flags: SwitchFlags;
  readonly clauses: readonly (readonly [ExpressionAst, StatementBlockAst])[];
  readonly default: StatementBlockAst | null;
}

/** PowerShell's ForEachFlags. */
export const ForEachFlags = { None: 0, Parallel: 0x1 } as const;
export type ForEachFlags = number;

export interface ForEachStatementAst extends AstBase {
  readonly type: 'ForEachStatementAst';
  readonly label: string | null;
  readonly variable: VariableExpressionAst;
  readonly condition: PipelineBaseAst;
  readonly body: StatementBlockAst;
  readonly flags: ForEachFlags;
  readonly throttleLimit: ExpressionAst | null;
}

export interface ForStatementAst extends AstBase {
  readonly type: 'ForStatementAst';
  readonly label: string | null;
  readonly initializer: PipelineBaseAst | null;
  readonly condition: PipelineBaseAst | null;
  readonly iterator: PipelineBaseAst | null;
  readonly body: StatementBlockAst;
}

export interface WhileStatementAst extends AstBase {
  readonly type: 'WhileStatementAst';
  readonly label: string | null;
  readonly condition: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

export interface DoWhileStatementAst extends AstBase {
  readonly type: 'DoWhileStatementAst';
  readonly label: string | null;
  readonly condition: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

export interface DoUntilStatementAst extends AstBase {
  readonly type: 'DoUntilStatementAst';
  readonly label: string | null;
  readonly condition: PipelineBaseAst;
  readonly body: StatementBlockAst;
}

export type LoopStatementAst =
  ForEachStatementAst | ForStatementAst | WhileStatementAst | DoWhileStatementAst | DoUntilStatementAst;

export interface TryStatementAst extends AstBase {
  readonly type: 'TryStatementAst';
  readonly body: StatementBlockAst;
  readonly catchClauses: readonly CatchClauseAst[];
  readonly finally: StatementBlockAst | null;
}

export interface CatchClauseAst extends AstBase {
  readonly type: 'CatchClauseAst';
  /** Empty for a catch-all. */
  readonly catchTypes: readonly TypeConstraintAst[];
  readonly body: StatementBlockAst;
  readonly isCatchAll: boolean;
}

export interface TrapStatementAst extends AstBase {
  readonly type: 'TrapStatementAst';
  readonly trapType: TypeConstraintAst | null;
  readonly body: StatementBlockAst;
}

export interface BreakStatementAst extends AstBase {
  readonly type: 'BreakStatementAst';
  /** `break outer` (a StringConstantExpressionAst) or `break $label`. */
  readonly label: ExpressionAst | null;
}

export interface ContinueStatementAst extends AstBase {
  readonly type: 'ContinueStatementAst';
  readonly label: ExpressionAst | null;
}

export interface ReturnStatementAst extends AstBase {
  readonly type: 'ReturnStatementAst';
  readonly pipeline: PipelineBaseAst | null;
}

export interface ExitStatementAst extends AstBase {
  readonly type: 'ExitStatementAst';
  readonly pipeline: PipelineBaseAst | null;
}

export interface ThrowStatementAst extends AstBase {
  readonly type: 'ThrowStatementAst';
  readonly pipeline: PipelineBaseAst | null;
  /** `throw` with no operand inside a catch block: rethrow. */
  readonly isRethrow: boolean;
}

// ---- definitions -------------------------------------------------------------------------------

export interface FunctionDefinitionAst extends AstBase {
  readonly type: 'FunctionDefinitionAst';
  readonly isFilter: boolean;
  readonly isWorkflow: boolean;
  readonly name: string;
  /** Parameters written after the name `function f($a, $b)`; null when there are none. */
  readonly parameters: readonly ParameterAst[] | null;
  readonly body: ScriptBlockAst;
}

/** `data [-SupportedCommand x] { ... }`. */
export interface DataStatementAst extends AstBase {
  readonly type: 'DataStatementAst';
  readonly variable: string | null;
  readonly commandsAllowed: readonly ExpressionAst[];
  readonly body: StatementBlockAst;
}

/** A workflow's `parallel { }` / `sequence { }` block (PowerShell's BlockStatementAst); an error outside a workflow. */
export interface BlockStatementAst extends AstBase {
  readonly type: 'BlockStatementAst';
  /** The keyword: PowerShell's `Kind` token, as its TokenKind. */
  readonly kind: TokenKind;
  readonly body: StatementBlockAst;
}

export type UsingStatementKind = 'Assembly' | 'Command' | 'Module' | 'Namespace' | 'Type';

export interface UsingStatementAst extends AstBase {
  readonly type: 'UsingStatementAst';
  readonly usingStatementKind: UsingStatementKind;
  readonly name: StringConstantExpressionAst | null;
  readonly alias: StringConstantExpressionAst | null;
  readonly moduleSpecification: HashtableAst | null;
}

/** PowerShell's TypeAttributes for a TypeDefinitionAst. */
export type TypeDefinitionKind = 'Class' | 'Enum' | 'Interface';

export interface TypeDefinitionAst extends AstBase {
  readonly type: 'TypeDefinitionAst';
  readonly name: string;
  readonly typeAttributes: TypeDefinitionKind;
  readonly attributes: readonly AttributeAst[];
  readonly baseTypes: readonly TypeConstraintAst[];
  readonly members: readonly MemberAst[];
}

/** PowerShell's PropertyAttributes / MethodAttributes flags. */
export const MemberAttributes = { None: 0, Public: 0x1, Private: 0x2, Static: 0x10, Hidden: 0x40 } as const;
export type MemberAttributes = number;

/** A class property or an enum member (`Red = 1`). */
export interface PropertyMemberAst extends AstBase {
  readonly type: 'PropertyMemberAst';
  readonly name: string;
  readonly propertyType: TypeConstraintAst | null;
  readonly attributes: readonly AttributeAst[];
  readonly initialValue: ExpressionAst | null;
  readonly propertyAttributes: MemberAttributes;
}

/** A class method or constructor. */
export interface FunctionMemberAst extends AstBase {
  readonly type: 'FunctionMemberAst';
  readonly name: string;
  /** The method's name in the source (PowerShell's internal NameExtent: where method errors point). */
  readonly nameExtent: Extent;
  readonly returnType: TypeConstraintAst | null;
  readonly attributes: readonly AttributeAst[];
  readonly parameters: readonly ParameterAst[];
  readonly body: ScriptBlockAst;
  readonly methodAttributes: MemberAttributes;
  readonly isConstructor: boolean;
  /** `: base(...)` arguments of a constructor, or null. */
  readonly baseCtorArguments: readonly ExpressionAst[] | null;
}

export type MemberAst = PropertyMemberAst | FunctionMemberAst;

// ---- errors ------------------------------------------------------------------------------------

/** A statement the parser could not complete; keeps whatever it did parse. */
export interface ErrorStatementAst extends AstBase {
  readonly type: 'ErrorStatementAst';
  /** The keyword that started it (`If`, `Foreach`...), or null. */
  readonly kind: TokenKind | null;
  readonly nestedAst: readonly Ast[];
}

export type StatementAst =
  | PipelineBaseAst
  | IfStatementAst
  | SwitchStatementAst
  | LoopStatementAst
  | TryStatementAst
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
  | TypeDefinitionAst;

export type { AttributeAst };
