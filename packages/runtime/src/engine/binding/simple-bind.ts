// Binding for simple (non-advanced) functions and script blocks: names, then positions, the rest to $args.
import type { CommandArgument } from '@exosh/cmdlet-binding';
import type { ExecutionContext } from '../execution-context.js';
import type { CompiledParameter } from '../evaluator/compiled-script-block.js';

export interface SimpleBindResult {
  readonly bound: Map<string, unknown>;
  readonly remaining: unknown[];
}

function isSwitch(p: CompiledParameter): boolean {
  return (
    p.typeName !== undefined && /^(switch|System\.Management\.Automation\.SwitchParameter)$/i.test(p.typeName)
  );
}

function match(params: readonly CompiledParameter[], name: string): CompiledParameter | undefined {
  const lower = name.toLowerCase();
  const exact = params.find((p) => p.name.toLowerCase() === lower);
  if (exact) return exact;
  const prefixed = params.filter((p) => p.name.toLowerCase().startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

export function simpleBind(
  _ctx: ExecutionContext,
  params: readonly CompiledParameter[],
  args: readonly CommandArgument[],
): SimpleBindResult {
  const bound = new Map<string, unknown>();
  const positional: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as CommandArgument;
    if (a.kind === 'argument') {
      positional.push(a.value);
      continue;
    }
    const p = match(params, a.name);
    if (!p) {
      // Unknown parameters of a simple function land in $args as their text.
      positional.push(a.nameText ?? `-${a.name}`);
      if (a.hasArgument) positional.push(a.argument);
      continue;
    }
    if (a.hasArgument) bound.set(p.name, a.argument);
    else if (isSwitch(p)) bound.set(p.name, true);
    else {
      const next = args[i + 1];
      if (next && next.kind === 'argument') {
        bound.set(p.name, next.value);
        i++;
      } else bound.set(p.name, null);
    }
  }
  const remaining: unknown[] = [];
  let k = 0;
  for (const value of positional) {
    while (
      k < params.length &&
      (bound.has((params[k] as CompiledParameter).name) || isSwitch(params[k] as CompiledParameter))
    )
      k++;
    if (k < params.length) bound.set((params[k++] as CompiledParameter).name, value);
    else remaining.push(value);
  }
  return { bound, remaining };
}
