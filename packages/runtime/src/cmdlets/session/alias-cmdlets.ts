// Get-Alias, Set-Alias, New-Alias (pwsh's GetAliasCommand / WriteAliasCommandBase) over the caller's scopes.
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { ScopedItemOptions } from '../../engine/session-state/ps-variable.js';
import type { SessionStateScope } from '../../engine/session-state/scope.js';
import { containsWildcardCharacters, WildcardPattern } from '../../text/wildcard.js';
import { aliasEntry, aliasInfoObject, aliasTable, type AliasEntry } from './alias-info.js';
import { scopeById } from './scope-id.js';
import { sessionError, type SessionMessageId } from './session-errors.js';
import { byName } from './variable-match.js';
import { optionBits } from './variable-options.js';

const notNullOrEmpty = [{ kind: 'ValidateNotNullOrEmpty' as const }];
const scope: ParameterMetadata = { name: 'Scope', type: 'string' };

export const getAliasMetadata: CommandMetadata = {
  name: 'Get-Alias',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetAliasCommand',
  defaultParameterSetName: 'Default',
  parameters: [
    {
      name: 'Name',
      type: 'string[]',
      parameterSets: {
        Default: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      },
      validation: notNullOrEmpty,
    },
    { name: 'Exclude', type: 'string[]' },
    scope,
    { name: 'Definition', type: 'string[]', parameterSets: { Definition: {} }, validation: notNullOrEmpty },
  ],
};

const writeAliasParameters: ParameterMetadata[] = [
  {
    name: 'Name',
    type: 'string',
    parameterSets: {
      __AllParameterSets: { position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
    },
  },
  {
    name: 'Value',
    type: 'string',
    parameterSets: {
      __AllParameterSets: { position: 1, mandatory: true, valueFromPipelineByPropertyName: true },
    },
  },
  { name: 'Description', type: 'string' },
  { name: 'Option', type: 'System.Management.Automation.ScopedItemOptions' },
  { name: 'PassThru', type: 'switch' },
  scope,
  { name: 'Force', type: 'switch' },
];

export const setAliasMetadata: CommandMetadata = {
  name: 'Set-Alias',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.SetAliasCommand',
  supportsShouldProcess: true,
  parameters: writeAliasParameters,
};

export const newAliasMetadata: CommandMetadata = {
  name: 'New-Alias',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.NewAliasCommand',
  supportsShouldProcess: true,
  confirmImpact: 'Low',
  parameters: writeAliasParameters,
};

export const removeAliasMetadata: CommandMetadata = {
  name: 'Remove-Alias',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveAliasCommand',
  parameters: [
    {
      name: 'Name',
      type: 'string[]',
      parameterSets: {
        __AllParameterSets: {
          position: 0,
          mandatory: true,
          valueFromPipeline: true,
          valueFromPipelineByPropertyName: true,
        },
      },
    },
    scope,
    { name: 'Force', type: 'switch' },
  ],
};

export const getAlias: CmdletImplementation = {
  process(rt) {
    const byDefinition = rt.parameterSetName === 'Definition';
    const values = ((byDefinition ? rt.parameters['Definition'] : rt.parameters['Name']) as
      string[] | undefined) ?? ['*'];
    const excludes = ((rt.parameters['Exclude'] as string[] | undefined) ?? []).map(
      (e) => new WildcardPattern(e),
    );
    const table = aliasTable(rt, rt.parameters['Scope'] as string | undefined);
    for (const value of values) {
      const pattern = new WildcardPattern(value);
      const field = (a: AliasEntry) => (byDefinition ? a.definition : a.name);
      const found = table.filter(
        (a) => pattern.isMatch(field(a)) && !excludes.some((e) => e.isMatch(field(a))),
      );
      found.sort(byName);
      for (const alias of found) rt.writeObject(aliasInfoObject(rt, alias));
      if (found.length === 0 && !containsWildcardCharacters(value) && excludes.length === 0)
        rt.writeError(sessionError(rt, byDefinition ? 'AliasDefinitionNotFound' : 'AliasNotFound', value));
    }
  },
};

/** SessionState.SetAliasItemAtScope: the checks an existing alias of the target scope imposes, then the write. */
function writeAlias(rt: CommandRuntime): void {
  const p = rt.parameters;
  const name = String(p['Name']);
  const definition = String(p['Value']);
  const options = optionBits(p['Option']) ?? ScopedItemOptions.None;
  const force = p['Force'] === true;
  const scopeId = p['Scope'] as string | undefined;
  const target = scopeById(rt, scopeId);
  const key = name.toLowerCase();
  const ss = rt.context.sessionState;
  if (rt.commandName === 'New-Alias' && !force) {
    const existing = scopeId
      ? aliasEntry(target, key, target === ss.global)
      : aliasTable(rt, undefined).find((a) => a.name.toLowerCase() === key);
    if (existing) return rt.writeError(sessionError(rt, 'AliasAlreadyExists', name));
  }
  const action = rt.commandName === 'New-Alias' ? 'New Alias' : 'Set Alias';
  if (!rt.shouldProcess(`Name: ${name} Value: ${definition}`, action)) return;
  const existing = aliasEntry(target, key, target === ss.global);
  const refuse = (id: SessionMessageId) => rt.writeError(sessionError(rt, id, name));
  if (existing) {
    const constant = (existing.options & ScopedItemOptions.Constant) !== 0;
    const readOnly = (existing.options & ScopedItemOptions.ReadOnly) !== 0;
    if (constant || (readOnly && !force)) return refuse('AliasNotWritable');
    if ((options & ScopedItemOptions.Constant) !== 0) return refuse('AliasCannotBeMadeConstant');
  }
  target.aliases.set(key, definition);
  target.aliasDetails.set(key, { name, options, description: String(p['Description'] ?? '') });
  rt.context.commandGeneration++;
  if (p['PassThru'] === true)
    rt.writeObject(aliasInfoObject(rt, aliasEntry(target, key, target === ss.global) as AliasEntry));
}

export const setAlias: CmdletImplementation = { process: writeAlias };
export const newAlias: CmdletImplementation = { process: writeAlias };

/** RemoveAliasCommand: the alias must exist (in -Scope when given); it goes from the nearest scope that has it. */
export const removeAlias: CmdletImplementation = {
  process(rt) {
    const ss = rt.context.sessionState;
    const scopeId = rt.parameters['Scope'] as string | undefined;
    const force = rt.parameters['Force'] === true;
    for (const name of (rt.parameters['Name'] as string[] | undefined) ?? []) {
      const key = name.toLowerCase();
      const scoped = scopeId ? scopeById(rt, scopeId) : undefined;
      const exists = scoped ? scoped.aliases.has(key) : ss.lookupAlias(key) !== undefined;
      if (!exists) {
        rt.writeError(sessionError(rt, 'AliasNotFound', name));
        continue;
      }
      for (let s: SessionStateScope | null = rt.scope; s; s = s.parent) {
        const entry = aliasEntry(s, key, s === ss.global);
        if (!entry) continue;
        const constant = (entry.options & ScopedItemOptions.Constant) !== 0;
        if (constant || (!force && (entry.options & ScopedItemOptions.ReadOnly) !== 0))
          rt.throwTerminatingError(sessionError(rt, 'AliasNotRemovable', name));
        s.aliases.delete(key);
        s.aliasDetails.delete(key);
        rt.context.commandGeneration++;
        break;
      }
    }
  },
};
