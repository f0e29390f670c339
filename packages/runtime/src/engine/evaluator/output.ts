// Writing values to a pipe as PowerShell does: collections are unrolled one level; "no value" writes nothing.
import type { Pipe } from '../pipeline/pipe.js';
import { enumerate } from '../semantics/index.js';

/**
 * A statement's value goes to the output enumerated: `1,2` writes two objects. `undefined` is
 * PowerShell's AutomationNull (a void method, `[void]`): nothing is written, while `$null` is written.
 */
export function writeEnumerated(out: Pipe, value: unknown): void {
  if (value === undefined) return;
  const items = enumerate(value);
  if (items === undefined) out.write(value);
  // An AutomationNull element (`[void]1, 2`, a void method's result) writes nothing either.
  else for (const item of items) if (item !== undefined) out.write(item);
}

/** What `$x = <pipeline>` and `$(...)` keep: nothing -> $null, one object -> itself, more -> an array. */
export function collapse(items: readonly unknown[]): unknown {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0];
  return items as unknown[];
}
