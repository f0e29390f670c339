// Expression AST nodes.
import type { Extent } from './extent.js';
import type { Ast } from './ast.js';
import type { AstBase, PipelineBaseAst, StatementAst } from './nodes.js';
import type { ScriptBlockAst, StatementBlockAst, AttributeAst, TypeConstraintAst } from './blocks.js';
import type { ITypeName } from './typeName.js';
import type { TokenKind } from '../tokenizer/tokenKind.js';

export interface BinaryExpressionAst extends AstBase {
  readonly type: 'BinaryExpressionAst';
  /** A binary-operator TokenKind: Plus, Ieq, Cmatch, Format, DotDot, QuestionQuestion, ... */
  readonly operator: TokenKind;
  readonly left: ExpressionAst;
  readonly right: ExpressionAst;
  /** The extent of the operator token. */
  readonly errorPosition: Extent;
}

/** Prefix `-not`, `!`, `-bnot`, `-`, `+`, `,`, `-split`, `-join`, `++`, `--`; postfix PostfixPlusPlus/PostfixMinusMinus. */
export interface UnaryExpressionAst extends AstBase {
  readonly type: 'UnaryExpressionAst';
  readonly tokenKind: TokenKind;
  readonly child: ExpressionAst;
}

/** `cond ? a : b`. */
export interface TernaryExpressionAst extends AstBase {
  readonly type: 'TernaryExpressionAst';
  readonly condition: ExpressionAst;
  readonly ifTrue: ExpressionAst;
  readonly ifFalse: ExpressionAst;
}

/** `[int]$x`, `[PSCustomObject]@{}`. PowerShell's `Type` is `attribute` here (`type` is the discriminant). */
export interface ConvertExpressionAst extends AstBase {
  readonly type: 'ConvertExpressionAst';
  readonly attribute: TypeConstraintAst;
  readonly child: ExpressionAst;
}

/** `[ValidateNotNull()]$x` (an attribute, not a type, in front of an expression). */
export interface AttributedExpressionAst extends AstBase {
  readonly type: 'AttributedExpressionAst';
  readonly attribute: AttributeAst;
  readonly child: ExpressionAst;
}

/** `$x.Name`, `[T]::Name`, `$x?.Name`, `$x.$name`, `$x.'odd name'`. */
export interface MemberExpressionAst extends AstBase {
  readonly type: 'MemberExpressionAst';
  readonly expression: ExpressionAst;
  /** Usually a StringConstantExpressionAst (BareWord); any expression for `$x.$name` / `$x.($e)`. */
  readonly member: ExpressionAst;
  readonly static: boolean;
  readonly nullConditional: boolean;
}

/** `$x.Method(1, 2)`, `[T]::new()`, `$list.Add[string]('x')`. */
export interface InvokeMemberExpressionAst extends AstBase {
  readonly type: 'InvokeMemberExpressionAst';
  readonly expression: ExpressionAst;
  readonly member: ExpressionAst;
  readonly static: boolean;
  readonly nullConditional: boolean;
  /** Empty array for `()`. */
  readonly arguments: readonly ExpressionAst[];
  readonly genericTypeArguments: readonly ITypeName[] | null;
}

export interface IndexExpressionAst extends AstBase {
  readonly type: 'IndexExpressionAst';
  readonly target: ExpressionAst;
  readonly index: ExpressionAst;
  readonly nullConditional: boolean;
}

/** `1, 2, 3` (also the bare-word lists of command mode: `Select-Object Name, Mail`). */
export interface ArrayLiteralAst extends AstBase {
  readonly type: 'ArrayLiteralAst';
  readonly elements: readonly ExpressionAst[];
}

/** `@( ... )`. */
export interface ArrayExpressionAst extends AstBase {
  readonly type: 'ArrayExpressionAst';
  readonly subExpression: StatementBlockAst;
}

/** `@{ a = 1; b = 2 }`: keys are expressions, values are statements (as PowerShell). */
export interface HashtableAst extends AstBase {
  readonly type: 'HashtableAst';
  readonly keyValuePairs: readonly (readonly [ExpressionAst, StatementAst])[];
}

export interface ScriptBlockExpressionAst extends AstBase {
  readonly type: 'ScriptBlockExpressionAst';
  readonly scriptBlock: ScriptBlockAst;
}

/** `$( ... )`. */
export interface SubExpressionAst extends AstBase {
  readonly type: 'SubExpressionAst';
  readonly subExpression: StatementBlockAst;
}

/** `( pipeline )`. */
export interface ParenExpressionAst extends AstBase {
  readonly type: 'ParenExpressionAst';
  readonly pipeline: PipelineBaseAst;
}

/** PowerShell's StringConstantType. */
export type StringConstantType =
  'SingleQuoted' | 'SingleQuotedHereString' | 'DoubleQuoted' | 'DoubleQuotedHereString' | 'BareWord';

export interface StringConstantExpressionAst extends AstBase {
  readonly type: 'StringConstantExpressionAst';
  /** The value after quotes are removed and escapes/doubled quotes processed. */
  readonly value: string;
  readonly stringConstantType: StringConstantType;
}

/**
 * `"Hello $name, $($x.Count) items"`. `value` is the processed text with the `$...` parts as written;
 * `literalParts` are the processed literal pieces around the nested expressions
 * (`literalParts.length === nestedExpressions.length + 1`), which is what an evaluator concatenates.
 */
export interface ExpandableStringExpressionAst extends AstBase {
  readonly type: 'ExpandableStringExpressionAst';
  readonly value: string;
  readonly stringConstantType: StringConstantType;
  readonly nestedExpressions: readonly ExpressionAst[];
  readonly literalParts: readonly string[];
}

/** The .NET type a numeric literal has: the evaluator needs it (`1` Int32, `1l` Int64, `1.0` Double, `1d` Decimal). */
export type NumberKind =
  | 'Int32'
  | 'Int64'
  | 'Double'
  | 'Decimal'
  | 'Byte'
  | 'SByte'
  | 'Int16'
  | 'UInt16'
  | 'UInt32'
  | 'UInt64'
  | 'BigInteger';

/** A number literal, already evaluated (multipliers like `1KB` applied). */
export interface ConstantExpressionAst extends AstBase {
  readonly type: 'ConstantExpressionAst';
  /** A JS number for Int32/Double/small kinds; a bigint for Int64/UInt64/BigInteger beyond 2^53 (and always for BigInteger). */
  readonly value: number | bigint;
  readonly numberKind: NumberKind;
  /** For Decimal: the exact decimal text (`1.10`), since a JS number cannot hold every decimal. */
  readonly decimalText?: string;
}

/** PowerShell's VariablePath, flattened. */
export interface VariablePath {
  /** As written, without `$`/`@` and braces: `script:x`, `env:PATH`, `a b`. */
  readonly userPath: string;
  /** Without the scope or drive qualifier: `x`, `PATH`. */
  readonly unqualifiedPath: string;
  /** The scope qualifier, if any. `using:` is a UsingExpressionAst around the variable. */
  readonly scope: 'Global' | 'Script' | 'Local' | 'Private' | null;
  /** A drive qualifier such as `env`, `function`, `variable`, `alias`. */
  readonly driveName: string | null;
  readonly isUnqualified: boolean;
  readonly isDriveQualified: boolean;
}

export interface VariableExpressionAst extends AstBase {
  readonly type: 'VariableExpressionAst';
  readonly variablePath: VariablePath;
  /** `@params` (splatting). */
  readonly splatted: boolean;
}

/** `$using:x`. */
export interface UsingExpressionAst extends AstBase {
  readonly type: 'UsingExpressionAst';
  readonly subExpression: ExpressionAst;
}

/** `[string]` used as a value (`[string]::Empty`, `$x -is [int]`). */
export interface TypeExpressionAst extends AstBase {
  readonly type: 'TypeExpressionAst';
  readonly typeName: ITypeName;
}

/** An expression the parser could not complete; keeps whatever it did parse. */
export interface ErrorExpressionAst extends AstBase {
  readonly type: 'ErrorExpressionAst';
  readonly nestedAst: readonly Ast[];
}

export type ExpressionAst =
  | BinaryExpressionAst
  | UnaryExpressionAst
  | TernaryExpressionAst
  | ConvertExpressionAst
  | AttributedExpressionAst
  | MemberExpressionAst
  | InvokeMemberExpressionAst
  | IndexExpressionAst
  | ArrayLiteralAst
  | ArrayExpressionAst
  | HashtableAst
  | ScriptBlockExpressionAst
  | SubExpressionAst
  | ParenExpressionAst
  | StringConstantExpressionAst
  | ExpandableStringExpressionAst
  | ConstantExpressionAst
  | VariableExpressionAst
  | UsingExpressionAst
  | TypeExpressionAst
  | ErrorExpressionAst;
