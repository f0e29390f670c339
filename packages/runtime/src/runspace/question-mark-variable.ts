// `$?` as Get-Variable lists it: pwsh's QuestionMarkVariable (ReadOnly, AllScope) over the last command's status.
import type { ExecutionContext } from '../engine/execution-context.js';
import { PSVariable, ScopedItemOptions } from '../engine/session-state/ps-variable.js';

/** The evaluator reads `$?` itself; this entry is what Get-Variable and `variable:` see. */
class QuestionMarkVariable extends PSVariable {
  constructor(private readonly ctx: ExecutionContext) {
    super('?', true, ScopedItemOptions.ReadOnly | ScopedItemOptions.AllScope, 'Status of last command');
  }
  override get value(): unknown {
    return this.ctx.lastSucceeded;
  }
  override set value(v: unknown) {
    this.ctx.lastSucceeded = v === true;
  }
}

export const questionMarkVariable = (ctx: ExecutionContext): PSVariable => new QuestionMarkVariable(ctx);
