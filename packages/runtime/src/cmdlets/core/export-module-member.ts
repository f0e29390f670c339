// Export-ModuleMember: only valid while a module file runs; records the functions, aliases and variables it exports.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import type { SessionStateScope } from '../../engine/session-state/scope.js';
import { toStr } from '../../engine/semantics/index.js';
import { ErrorRecord } from '../../errors/error-record.js';

/** A module's export lists; an undefined list keeps the default (every function; no alias, no variable). */
export interface ExportLists {
  functions?: string[];
  aliases?: string[];
  variables?: string[];
}

/** Scopes module files run in. */
export const moduleScopes = new WeakSet<SessionStateScope>();
const exportLists = new WeakMap<SessionStateScope, ExportLists>();

export function exportListsOf(scope: SessionStateScope): ExportLists {
  let lists = exportLists.get(scope);
  if (!lists) exportLists.set(scope, (lists = {}));
  return lists;
}

export const exportModuleMemberMetadata: CommandMetadata = {
  name: 'Export-ModuleMember',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.ExportModuleMemberCommand',
  parameters: [
    {
      name: 'Function',
      type: 'string[]',
      parameterSets: { __AllParameterSets: { position: 0, valueFromPipelineByPropertyName: true } },
    },
    {
      name: 'Cmdlet',
      type: 'string[]',
      parameterSets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
    },
    {
      name: 'Variable',
      type: 'string[]',
      parameterSets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
    },
    {
      name: 'Alias',
      type: 'string[]',
      parameterSets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
    },
  ],
};

export const exportModuleMember: CmdletImplementation = {
  process(rt) {
    let scope: SessionStateScope | null = rt.scope;
    while (scope && !moduleScopes.has(scope)) scope = scope.parent;
    if (!scope) {
      rt.throwTerminatingError(
        new ErrorRecord({
          message: 'The Export-ModuleMember cmdlet can only be called from inside a module.',
          errorId: 'Modules_CanOnlyExecuteExportModuleMemberInsideAModule',
          category: 'PermissionDenied',
          exceptionType: 'System.InvalidOperationException',
          implementingType: 'Microsoft.PowerShell.Commands.ExportModuleMemberCommand',
        }),
      );
    }
    const lists = exportListsOf(scope!);
    const names = (key: string) =>
      (rt.parameters[key] as unknown[] | undefined)?.map((f) => toStr(rt.context, f));
    // Naming any kind of member turns the function default off (pwsh: an explicit export list replaces it).
    lists.functions = [...(lists.functions ?? []), ...(names('Function') ?? [])];
    const aliases = names('Alias');
    if (aliases) lists.aliases = [...(lists.aliases ?? []), ...aliases];
    const variables = names('Variable');
    if (variables) lists.variables = [...(lists.variables ?? []), ...variables];
  },
};
