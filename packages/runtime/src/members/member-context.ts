// MemberContext: what member access needs from the runspace (type registry, script invocation, conversion settings).
import type { ConversionContext } from '../conversion/conversion-context.js';
import type { ScriptBlockLike } from '../values/script-block-like.js';
import { createTypeRegistry } from '../types/builtin/index.js';
import type { TypeRegistry } from '../types/type-registry.js';

export interface MemberContext {
  readonly types: TypeRegistry;
  /**
   * Runs a ScriptProperty getter/setter or ScriptMethod with `$this` bound to `self` (the evaluator's hook).
   * Without it, scripts run through ScriptBlockLike.invoke and see no `$this`.
   */
  readonly invokeScript?: (script: ScriptBlockLike, self: unknown, args: readonly unknown[]) => unknown[];
  /** $OFS and the enum registry, for conversions done by members (List[T].Add, -join-like ToString). */
  readonly conversion?: ConversionContext;
  /** Overrides .NET formatting for ToString(format) (default: the text layer's formatValue, en-US). */
  readonly formatValue?: (value: unknown, format: string) => string;
  /** Overrides composite formatting for AppendFormat (default: the text layer's compositeFormat). */
  readonly formatComposite?: (format: string, args: readonly unknown[]) => string;
}

/** A context with a fresh built-in type registry (tests and simple hosts). */
export function createMemberContext(overrides: Partial<MemberContext> = {}): MemberContext {
  return { types: overrides.types ?? createTypeRegistry(), ...overrides };
}

/** PowerShell's rule for a script's output used as a value: nothing -> $null, one -> it, more -> array. */
export function scriptResult(output: readonly unknown[]): unknown {
  if (output.length === 0) return null;
  if (output.length === 1) return output[0];
  return [...output];
}

export function runScript(
  ctx: MemberContext,
  script: ScriptBlockLike,
  self: unknown,
  args: readonly unknown[],
): unknown {
  const out = ctx.invokeScript ? ctx.invokeScript(script, self, args) : script.invoke(...args);
  return scriptResult(out);
}
