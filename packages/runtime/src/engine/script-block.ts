// ScriptBlock: a compiled `{ ... }` bound to the runspace that created it; callable from values and cmdlets.
import type { ParameterAst, ScriptBlockAst } from '@exosh/language';
import { SCRIPT_BLOCK, type ScriptBlockLike } from '../values/script-block-like.js';
import type { ExecutionContext } from './execution-context.js';
import type { CompiledScriptBlock } from './evaluator/compiled-script-block.js';
import { compileScriptBlock } from './evaluator/compile-script-block.js';
import { invokeScriptBlock } from './invocation/invoke-script-block.js';

export interface ScriptBlockOptions {
  /** `function f($a, $b)`: parameters written after the function name. */
  readonly parameters?: readonly ParameterAst[] | undefined;
  /** `filter f { }`: the body is the process block. */
  readonly isFilter?: boolean;
}

export class ScriptBlock implements ScriptBlockLike {
  readonly [SCRIPT_BLOCK] = true as const;
  private compiledBlock: CompiledScriptBlock | undefined;

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

  toString(): string {
    const text = this.ast.extent.text;
    // The text of `{ ... }` without its braces, as ScriptBlock.ToString() gives it.
    return text.startsWith('{') && text.endsWith('}') ? text.slice(1, -1) : text;
  }
}
