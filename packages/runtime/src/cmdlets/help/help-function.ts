// The `help` function pwsh defines in every session: Get-Help with the same parameters (exosh writes no pager).
import { parse, type FunctionDefinitionAst } from '@exosh/language';
import type { Runspace } from '../../runspace/runspace.js';
import type { FunctionInfo } from '../../engine/commands/command-info.js';
import { ScriptBlock } from '../../engine/script-block.js';

const source = `function help {
[CmdletBinding(DefaultParameterSetName = 'AllUsersView')]
param(
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = $true)][string] $Name,
    [string] $Path,
    [ValidateSet('Alias', 'Cmdlet', 'Provider', 'General', 'FAQ', 'Glossary', 'HelpFile', 'ScriptCommand', 'Function', 'Filter', 'ExternalScript', 'All', 'DefaultHelp', 'DscResource', 'Class', 'Configuration', IgnoreCase = $true)][string[]] $Category,
    [Parameter(ParameterSetName = 'DetailedView', Mandatory = $true)][switch] $Detailed,
    [Parameter(ParameterSetName = 'AllUsersView')][switch] $Full,
    [Parameter(ParameterSetName = 'Examples', Mandatory = $true)][switch] $Examples,
    [Parameter(ParameterSetName = 'Parameters', Mandatory = $true)][string[]] $Parameter,
    [string[]] $Component,
    [string[]] $Functionality,
    [string[]] $Role,
    [Parameter(ParameterSetName = 'Online', Mandatory = $true)][switch] $Online
)
Get-Help @PSBoundParameters
}`;

export function defineHelpFunction(runspace: Runspace): void {
  let scriptBlock: ScriptBlock | undefined;
  // Parsed on first use: a session that never asks for help does not pay for it at start-up.
  const info: FunctionInfo = {
    commandType: 'Function',
    name: 'help',
    moduleName: '',
    get scriptBlock(): ScriptBlock {
      if (!scriptBlock) {
        const definition = parse(source).ast.endBlock?.statements[0] as FunctionDefinitionAst;
        scriptBlock = new ScriptBlock(definition.body, runspace.context, {
          parameters: definition.parameters ?? undefined,
        });
      }
      return scriptBlock;
    },
  };
  runspace.context.sessionState.global.functions.set('help', info);
}
