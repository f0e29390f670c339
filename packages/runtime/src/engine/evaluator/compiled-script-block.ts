// The compiled form of a ScriptBlockAst: closures per named block plus what binding needs.
import type { ParameterAst, ScriptBlockAst, AttributeAst } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import type { Pipe } from '../pipeline/pipe.js';

/** Evaluates an expression to its value. */
export type Eval = (ctx: ExecutionContext) => unknown;
/** Executes statements, writing their output to `out`. */
export type Exec = (ctx: ExecutionContext, out: Pipe) => void;

export interface CompiledParameter {
  readonly name: string;
  readonly ast: ParameterAst;
  /** PowerShell type name from the type constraint (`string`, `int[]`, `switch`), or undefined (object). */
  readonly typeName: string | undefined;
  readonly defaultValue: Eval | undefined;
}

export interface CompiledScriptBlock {
  readonly ast: ScriptBlockAst;
  /** From the param block, or the `function f($a)` list; empty when the block declares none. */
  readonly parameters: readonly CompiledParameter[];
  /** `[CmdletBinding()]` or any `[Parameter()]`: bound by the full binder with common parameters. */
  readonly isAdvanced: boolean;
  readonly cmdletBinding: AttributeAst | undefined;
  readonly begin: Exec | undefined;
  readonly process: Exec | undefined;
  readonly end: Exec | undefined;
  readonly clean: Exec | undefined;
}
