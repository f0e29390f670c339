// $MyInvocation at the top level of a command line: `exosh -Command '...'`, a line typed at the prompt.
import { createMyInvocation } from '../engine/commands/automatic-objects.js';
import type { ExecutionContext } from '../engine/execution-context.js';
import type { ScriptBlock } from '../engine/script-block.js';
import { LazyPSVariable } from '../engine/session-state/ps-variable.js';
import { withVariable } from '../engine/session-state/scope.js';
import { PSBoundParametersDictionary } from '../values/ps-bound-parameters.js';

/**
 * Runs `run` with the command line's $MyInvocation in the global scope, as pwsh does: the host runs the text as a
 * script Command (Command.CreateCommandProcessor: a DlrScriptCommandProcessor over `new ScriptInfo("", block)`,
 * dot-sourced), so MyCommand is a ScriptInfo with an empty Name whose Definition and ToString() are the text,
 * InvocationName is empty (no name lookup sets it) and the position is an empty extent (no file, line 0).
 * pwsh's console host pipes the command into Out-Default, making PipelineLength 2 (`hostOutputter`).
 * The previous $MyInvocation comes back afterwards.
 */
export function withTopLevelInvocation<T>(
  ctx: ExecutionContext,
  block: ScriptBlock,
  hostOutputter: boolean,
  run: () => T,
): T {
  return withVariable(
    ctx.sessionState.global.variables,
    'myinvocation',
    new LazyPSVariable('MyInvocation', () =>
      createMyInvocation(
        ctx,
        { commandType: 'Script', name: '', scriptBlock: block },
        { pipelinePosition: 1, pipelineLength: hostOutputter ? 2 : 1 },
        new PSBoundParametersDictionary(),
      ),
    ),
    run,
  );
}
