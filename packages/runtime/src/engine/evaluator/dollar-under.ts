// Setting $_ / $PSItem around a callback, restoring what was there (catch blocks, traps, switch, script blocks).
import type { ExecutionContext } from '../execution-context.js';
import { PSVariable } from '../session-state/ps-variable.js';

export function withDollarUnder<T>(ctx: ExecutionContext, value: unknown, run: () => T): T {
  const vars = ctx.sessionState.current.variables;
  const previous = vars.get('_');
  const previousItem = vars.get('psitem');
  const v = new PSVariable('_', value);
  vars.set('_', v);
  vars.set('psitem', v);
  try {
    return run();
  } finally {
    if (previous) vars.set('_', previous);
    else vars.delete('_');
    if (previousItem) vars.set('psitem', previousItem);
    else vars.delete('psitem');
  }
}
