// ScriptBlockLike: what value/operator code needs from the evaluator's ScriptBlock, without importing it.
export const SCRIPT_BLOCK: unique symbol = Symbol.for('exosh.ScriptBlock');

/** The evaluator's ScriptBlock implements this and sets `[SCRIPT_BLOCK] = true`. */
export interface ScriptBlockLike {
  readonly [SCRIPT_BLOCK]: true;
  /** Invokes the block with `$_` bound to `dollarUnder` (when given) and `$args` to `args`; returns its output. */
  invoke(...args: unknown[]): unknown[];
  /** Invokes with `$_`/`$PSItem` set, as -replace/-split script blocks and calculated properties do. */
  invokeWithDollarUnder?(dollarUnder: unknown, ...args: unknown[]): unknown[];
  /** The block's source text (its ToString()). */
  toString(): string;
}

export function isScriptBlockLike(value: unknown): value is ScriptBlockLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [SCRIPT_BLOCK]?: unknown })[SCRIPT_BLOCK] === true
  );
}
