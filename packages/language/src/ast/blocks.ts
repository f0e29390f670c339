// Script blocks, named blocks, param blocks, parameters and attributes.
import type { AstBase, StatementAst, ExpressionAst, UsingStatementAst, TrapStatementAst } from './nodes.js';
import type { VariableExpressionAst } from './expressions.js';
import type { ITypeName } from './typeName.js';

/**
 * What `#requires` asked for (PowerShell 7.4's ScriptRequirements; like it, no snap-ins: `-PSSnapin` and the
 * `-Version` on its line are checked, then dropped).
 */
export interface ScriptRequirements {
  /** `-ShellId` (RequiredApplicationId), or null. */
  readonly requiredApplicationId: string | null;
  /** `-Version` as System.Version writes it (`7.0` for `7`, `5.1`), or null. */
  readonly requiredPSVersion: string | null;
  /** `-PSEdition` values as written, without case-insensitive repeats. */
  readonly requiredPSEditions: readonly string[];
  /** Module names or paths, or the hashtable text of a module specification (`@{ ModuleName = ... }`). */
  readonly requiredModules: readonly string[];
  /** `-Assembly` values, without repeats. */
  readonly requiredAssemblies: readonly string[];
  /** `-RunAsAdministrator` (IsElevationRequired). */
  readonly requiresElevation: boolean;
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
