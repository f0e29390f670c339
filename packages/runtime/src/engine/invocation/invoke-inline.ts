// Runs a script block's body in the caller's scope with $_ set: how ForEach-Object and Where-Object call blocks.
import type { ExecutionContext } from '../execution-context.js';
import { ReturnSignal } from '../flow/flow-control.js';
import type { Pipe } from '../pipeline/pipe.js';
import type { ScriptBlock } from '../script-block.js';
import { PSVariable } from '../session-state/ps-variable.js';

export function invokeInline(
  ctx: ExecutionContext,
  block: ScriptBlock,
  dollarUnder: unknown,
  out: Pipe,
): void {
  const c = block.compiled;
  const body = c.process ?? c.end;
  if (!body) return;
  const vars = ctx.sessionState.current.variables;
  const previous = vars.get('_');
  const previousItem = vars.get('psitem');
  const v = new PSVariable('_', dollarUnder);
  vars.set('_', v);
  vars.set('psitem', v);
  try {
    body(ctx, out);
  } catch (err) {
    if (!(err instanceof ReturnSignal)) throw err;
    err.flush(out);
  } finally {
    if (previous) vars.set('_', previous);
    else vars.delete('_');
    if (previousItem) vars.set('psitem', previousItem);
    else vars.delete('psitem');
  }
}
