// ScriptBlock: a compiled `{ ... }` bound to the runspace that created it; callable from values and cmdlets.
import type { ParameterAst, ScriptBlockAst } from '@exosh/language';
import { SCRIPT_BLOCK, type ScriptBlockLike } from '../values/script-block-like.js';
import type { ExecutionContext } from './execution-context.js';
import type { CompiledScriptBlock } from './evaluator/compiled-script-block.js';
import { compileScriptBlock } from './evaluator/compile-script-block.js';
import { invokeScriptBlock } from './invocation/invoke-script-block.js';
import { SessionStateScope } from './session-state/scope.js';
import { PSVariable } from './session-state/ps-variable.js';

export interface ScriptBlockOptions {
  /** `function f($a, $b)`: parameters written after the function name. */
  readonly parameters?: readonly ParameterAst[] | undefined;
  /** `filter f { }`: the body is the process block. */
  readonly isFilter?: boolean;
}

export class ScriptBlock implements ScriptBlockLike {
  readonly [SCRIPT_BLOCK] = true as const;
  private compiledBlock: CompiledScriptBlock | undefined;
  /**
   * Set by GetNewClosure(): the scope the block runs under instead of its caller's, holding copies of the
   * variables that were local where the closure was made (PowerShell keeps them in a dynamic module).
   */
  closureScope: SessionStateScope | undefined;

  constructor(
    readonly ast: ScriptBlockAst,
    readonly context: ExecutionContext,
    readonly options: ScriptBlockOptions = {},
  ) {}

  get compiled(): CompiledScriptBlock {
    return (this.compiledBlock ??= compileScriptBlock(this.ast, this.options.parameters));
  }

  /** Source file, for $PSScriptRoot / $PSCommandPath and error positions. */
  get file(): string | undefined {
    return this.ast.extent.file;
  }

  /** `& { ... } @args` semantics: a new scope, $args bound, output returned. */
  invoke(...args: unknown[]): unknown[] {
    return invokeScriptBlock(this.context, this, { args, newScope: true });
  }

  /** As -replace / calculated properties / Where-Object call it: $_ set, in a child scope. */
  invokeWithDollarUnder(dollarUnder: unknown, ...args: unknown[]): unknown[] {
    return invokeScriptBlock(this.context, this, { args, newScope: true, dollarUnder });
  }

  /** `$sb.InvokeReturnAsIs(args)`: one output object as itself, several as an array, none as $null. */
  invokeReturnAsIs(...args: unknown[]): unknown {
    const out = this.invoke(...args);
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  }

  /** `$sb.GetNewClosure()`: a copy of the block bound to a snapshot of the current scope's variables. */
  getNewClosure(): ScriptBlock {
    const ss = this.context.sessionState;
    const scope = new SessionStateScope(ss.global, true);
    for (const [key, variable] of ss.current.variables) {
      if (key === '_' || key === 'psitem' || key === 'this' || key === 'input') continue;
      scope.variables.set(key, new PSVariable(variable.name, variable.value));
    }
    const closure = new ScriptBlock(this.ast, this.context, this.options);
    closure.closureScope = scope;
    return closure;
  }

  toString(): string {
    const text = this.ast.extent.text;
    // The text of `{ ... }` without its braces, as ScriptBlock.ToString() gives it.
    return text.startsWith('{') && text.endsWith('}') ? text.slice(1, -1) : text;
  }
}
