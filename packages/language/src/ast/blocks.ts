// Script blocks, named blocks, param blocks, parameters and attributes.
import type { AstBase, StatementAst, ExpressionAst, UsingStatementAst, TrapStatementAst } from './nodes.js';
import type { VariableExpressionAst } from './expressions.js';
import type { ITypeName } from './typeName.js';

/** What `#requires` asked for (PowerShell's ScriptRequirements). */
export interface ScriptRequirements {
  readonly requiredPSVersion: string | null;
  readonly requiredPSEditions: readonly string[];
  /** Module names, or the hashtable text of a module specification. */
  readonly requiredModules: readonly string[];
  readonly requiredAssemblies: readonly string[];
  readonly requiresElevation: boolean;
  readonly requiredShellId: string | null;
}

export interface ScriptBlockAst extends AstBase {
  readonly type: 'ScriptBlockAst';
  readonly paramBlock: ParamBlockAst | null;
  readonly beginBlock: NamedBlockAst | null;
  readonly processBlock: NamedBlockAst | null;
  readonly endBlock: NamedBlockAst | null;
  readonly cleanBlock: NamedBlockAst | null;
  readonly dynamicParamBlock: NamedBlockAst | null;
  readonly usingStatements: readonly UsingStatementAst[];
  readonly attributes: readonly AttributeAst[];
  readonly scriptRequirements: ScriptRequirements | null;
}

/** The kind of a named block: PowerShell's TokenKind of its keyword. */
export type NamedBlockKind = 'Begin' | 'Process' | 'End' | 'Clean' | 'Dynamicparam';

export interface NamedBlockAst extends AstBase {
  readonly type: 'NamedBlockAst';
  readonly blockKind: NamedBlockKind;
  /** True for the implicit end block of a script block without begin/process/end. */
  readonly unnamed: boolean;
  readonly statements: readonly StatementAst[];
  readonly traps: readonly TrapStatementAst[];
}

export interface StatementBlockAst extends AstBase {
  readonly type: 'StatementBlockAst';
  readonly statements: readonly StatementAst[];
  readonly traps: readonly TrapStatementAst[];
}

export interface ParamBlockAst extends AstBase {
  readonly type: 'ParamBlockAst';
  readonly attributes: readonly AttributeAst[];
  readonly parameters: readonly ParameterAst[];
}

export interface ParameterAst extends AstBase {
  readonly type: 'ParameterAst';
  readonly name: VariableExpressionAst;
  /** Attributes and type constraints, in source order (`[Parameter()][string]`). */
  readonly attributes: readonly AttributeBaseAst[];
  readonly defaultValue: ExpressionAst | null;
}

/** `[Parameter(Mandatory, Position = 0)]`. */
export interface AttributeAst extends AstBase {
  readonly type: 'AttributeAst';
  readonly typeName: ITypeName;
  readonly positionalArguments: readonly ExpressionAst[];
  readonly namedArguments: readonly NamedAttributeArgumentAst[];
}

/** `Mandatory = $true`, or `Mandatory` alone (expressionOmitted, argument is `$true`). */
export interface NamedAttributeArgumentAst extends AstBase {
  readonly type: 'NamedAttributeArgumentAst';
  readonly argumentName: string;
  readonly argument: ExpressionAst;
  readonly expressionOmitted: boolean;
}

/** `[int]` in front of a variable or parameter, or a catch/trap type. */
export interface TypeConstraintAst extends AstBase {
  readonly type: 'TypeConstraintAst';
  readonly typeName: ITypeName;
}

export type AttributeBaseAst = AttributeAst | TypeConstraintAst;
