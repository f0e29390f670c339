// `$foreach` and `$switch`: the loop's enumerator, which a script may advance itself (`$foreach.MoveNext()`).
import type { ExecutionContext } from '../execution-context.js';
import { PSVariable } from '../session-state/ps-variable.js';
import { withVariable } from '../session-state/scope.js';
import { PS_TYPE_NAMES } from '../../values/symbols.js';

export class LoopEnumerator {
  readonly #iterator: Iterator<unknown>;
  #current: unknown = null;

  constructor(items: Iterable<unknown>) {
    this.#iterator = items[Symbol.iterator]();
  }

  /** IEnumerator.MoveNext(): false once the items are used up. */
  MoveNext(): boolean {
    const next = this.#iterator.next();
    this.#current = next.done ? null : next.value;
    return next.done !== true;
  }

  get Current(): unknown {
    return this.#current;
  }

  get [PS_TYPE_NAMES](): string[] {
    return ['System.Collections.IEnumerator', 'System.Object'];
  }
}

/** Runs a loop with `$name` set to its enumerator in the current scope; the previous variable comes back after. */
export function withLoopVariable(
  ctx: ExecutionContext,
  name: string,
  enumerator: LoopEnumerator,
  loop: () => void,
): void {
  withVariable(ctx.sessionState.current.variables, name, new PSVariable(name, enumerator), loop);
}
