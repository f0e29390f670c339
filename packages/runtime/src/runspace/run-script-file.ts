// exosh -File: a script runs in its own script scope with its param block bound from the command-line arguments.
import type { CommandArgument } from '@exosh/cmdlet-binding';
import type { ExecutionContext } from '../engine/execution-context.js';
import { ScriptCommandProcessor } from '../engine/commands/script-processor.js';
import { verifyExternalScriptRequirements } from '../engine/commands/script-requirements.js';
import type { Pipe } from '../engine/pipeline/pipe.js';
import { PipelineProcessor } from '../engine/pipeline/pipeline-processor.js';
import type { ScriptBlock } from '../engine/script-block.js';

/** Turns `-Name value` strings from the shell's command line into binder arguments, as pwsh does for -File. */
export function scriptArguments(args: readonly unknown[]): CommandArgument[] {
  return args.map((a): CommandArgument => {
    if (typeof a === 'string' && /^-[A-Za-z_][\w-]*:?$/.test(a)) {
      const name = a.slice(1).replace(/:$/, '');
      return { kind: 'parameter', name, nameText: a };
    }
    return { kind: 'argument', value: a };
  });
}

export function runScriptFile(
  ctx: ExecutionContext,
  block: ScriptBlock,
  name: string,
  args: readonly unknown[],
  out: Pipe,
): void {
  const extent = block.ast.extent;
  // Inside the script, its name is the file's leaf name (as $MyInvocation.MyCommand.Name and error ids show it).
  const leaf = name.slice(name.lastIndexOf('/') + 1);
  verifyExternalScriptRequirements(ctx, block, leaf);
  const processor = new ScriptCommandProcessor(
    ctx,
    block,
    leaf,
    scriptArguments(args),
    { extent, nameExtent: extent, dotSource: false, pipelinePosition: 1, pipelineLength: 1 },
    true,
  );
  new PipelineProcessor([processor], out).run();
}
