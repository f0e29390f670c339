// $FormatEnumerationLimit as pwsh's formatters read it (InnerFormatShapeCommand.FormatEnumerationLimit).
import type { ExecutionContext } from '../engine/execution-context.js';

/** pwsh's InitialSessionState.DefaultFormatEnumerationLimit. */
export const DEFAULT_FORMAT_ENUMERATION_LIMIT = 4;

/**
 * How many items of a collection a formatted cell shows before `…` (negative: all of them). pwsh reads
 * `$global:FormatEnumerationLimit` when formatting starts and takes it only when it is an Int32, so a function's
 * local `$FormatEnumerationLimit`, a [long] or a string leaves the default.
 */
export function formatEnumerationLimit(context: ExecutionContext): number {
  const value = context.sessionState.lookup('FormatEnumerationLimit', 'global')?.value;
  return typeof value === 'number' && Number.isInteger(value) && value >= -2147483648 && value <= 2147483647
    ? value
    : DEFAULT_FORMAT_ENUMERATION_LIMIT;
}
