// Builds the CommandProcessor for a resolved command: cmdlet, function, script block, script file or native.
import type { CommandArgument } from '@exosh/cmdlet-binding';
import type { Extent } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import type { CommandProcessor } from '../pipeline/command-processor.js';
import type { ScriptBlock } from '../script-block.js';
import type { CommandInfo } from './command-info.js';
import { CmdletProcessor } from './cmdlet-processor.js';
import { NativeCommandProcessor } from './native-processor.js';
import { ScriptCommandProcessor } from './script-processor.js';
import { loadScriptFile } from './script-file.js';
import { verifyExternalScriptRequirements } from './script-requirements.js';

/** Where in the source and the pipeline a command is invoked. */
export interface InvocationSite {
  readonly extent: Extent;
  readonly nameExtent: Extent;
  readonly dotSource: boolean;
  readonly pipelinePosition: number;
  readonly pipelineLength: number;
}

export type InvocableCommand =
  CommandInfo | { readonly commandType: 'ScriptBlock'; readonly scriptBlock: ScriptBlock };

export function createCommandProcessor(
  ctx: ExecutionContext,
  info: InvocableCommand,
  args: CommandArgument[],
  site: InvocationSite,
): CommandProcessor {
  switch (info.commandType) {
    case 'Cmdlet':
      return new CmdletProcessor(ctx, info, args, site);
    case 'Function':
    case 'Filter':
      return new ScriptCommandProcessor(ctx, info.scriptBlock, info.name, args, site);
    case 'ScriptBlock':
      return new ScriptCommandProcessor(ctx, info.scriptBlock, '', args, site);
    case 'ExternalScript': {
      const block = loadScriptFile(ctx, info.path);
      verifyExternalScriptRequirements(ctx, block, info.name);
      return new ScriptCommandProcessor(ctx, block, info.name, args, site, true);
    }
    case 'Application':
      return new NativeCommandProcessor(ctx, info, args, site);
    case 'Alias':
      throw new Error(`alias ${info.name} must be resolved before invocation`);
  }
}
