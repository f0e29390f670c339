// Invoking a ScriptBlock from code (values, cmdlets): `& $sb @args`, dot-sourced, or with $_ set.
import type { CommandArgument } from '@exosh/cmdlet-binding';
import type { ExecutionContext } from '../execution-context.js';
import { ScriptCommandProcessor } from '../commands/script-processor.js';
import { CollectingPipe, type Pipe } from '../pipeline/pipe.js';
import { PipelineProcessor } from '../pipeline/pipeline-processor.js';
import type { ScriptBlock } from '../script-block.js';
import { withDollarUnder } from '../evaluator/dollar-under.js';

export interface ScriptBlockInvocation {
  readonly args?: readonly unknown[];
  /** False runs the block in the caller's scope (dot-sourcing; ForEach-Object and Where-Object do this). */
  readonly newScope?: boolean;
  /** When present (even null), `$_` and `$PSItem` are set to it. */
  readonly dollarUnder?: unknown;
  /** Pipeline input for the block's process block; absent means none. */
  readonly input?: Iterable<unknown>;
  /** Where output goes; by default it is collected and returned. */
  readonly output?: Pipe;
  /** Extra variables defined in the block's scope (`$this` for script properties and methods). */
  readonly variables?: Readonly<Record<string, unknown>>;
}

export function invokeScriptBlock(
  ctx: ExecutionContext,
  block: ScriptBlock,
  invocation: ScriptBlockInvocation = {},
): unknown[] {
  const args: CommandArgument[] = (invocation.args ?? []).map((value) => ({ kind: 'argument', value }));
  const hasDollarUnder = 'dollarUnder' in invocation;
  const collector = new CollectingPipe();
  const processor = new ScriptCommandProcessor(ctx, block, '', args, undefined, false, {
    hasDollarUnder,
    dollarUnder: invocation.dollarUnder,
    ...(invocation.variables ? { variables: invocation.variables } : {}),
  });
  const run = () => new PipelineProcessor([processor], invocation.output ?? collector).run(invocation.input);
  if (invocation.newScope === false) {
    // Dot-sourced: the block's statements run in the current scope.
    const c = block.compiled;
    const out = invocation.output ?? collector;
    const body = () => {
      c.begin?.(ctx, out);
      c.process?.(ctx, out);
      c.end?.(ctx, out);
    };
    if (hasDollarUnder) withDollarUnder(ctx, invocation.dollarUnder, body);
    else body();
    return collector.items;
  }
  run();
  return collector.items;
}
