// AliasInfo: an alias as Get-Alias/Set-Alias -PassThru output it (CommandType Alias, `gci -> Get-ChildItem`).
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { AliasDetails, SessionStateScope } from '../../engine/session-state/scope.js';
import { BUILTIN_ENUM_TYPES } from '../../values/enum-registry.js';
import { PSEnumValue, type EnumTypeInfo } from '../../values/ps-enum.js';
import { PSObject } from '../../values/ps-object.js';
import { defaultAliasOptions } from './default-alias-options.js';
import { scopeById } from './scope-id.js';

export interface AliasEntry {
  readonly name: string;
  readonly definition: string;
  readonly options: number;
  readonly description: string;
}

const optionsType = BUILTIN_ENUM_TYPES.find(
  (t) => t.fullName === 'System.Management.Automation.ScopedItemOptions',
) as EnumTypeInfo;

/** An alias of one scope, with its details (the built-in ones carry pwsh's default options). */
export function aliasEntry(scope: SessionStateScope, key: string, isGlobal: boolean): AliasEntry | undefined {
  const definition = scope.aliases.get(key);
  if (definition === undefined) return undefined;
  const details: AliasDetails | undefined = scope.aliasDetails.get(key);
  return {
    name: details?.name ?? key,
    definition,
    options: details?.options ?? (isGlobal ? defaultAliasOptions(key) : 0),
    description: details?.description ?? '',
  };
}

/** The aliases visible from the caller (nearest scope wins), or those of the one scope -Scope names. */
export function aliasTable(rt: CommandRuntime, scopeId: string | undefined): AliasEntry[] {
  const global = rt.context.sessionState.global;
  const scopes: SessionStateScope[] = [];
  if (scopeId) scopes.push(scopeById(rt, scopeId));
  else for (let s: SessionStateScope | null = rt.scope; s; s = s.parent) scopes.push(s);
  const seen = new Map<string, AliasEntry>();
  for (const s of scopes)
    for (const key of s.aliases.keys()) {
      if (seen.has(key)) continue;
      const entry = aliasEntry(s, key, s === global);
      if (entry) seen.set(key, entry);
    }
  return [...seen.values()];
}

/**
 * AliasInfo.ResolvedCommand: the command at the end of the alias chain (`tma -> Test-MyAlias -> Get-Command`), or
 * undefined when that command does not exist.
 */
function resolvedCommandName(rt: CommandRuntime, definition: string): string | undefined {
  const ss = rt.context.sessionState;
  let name = definition;
  for (let depth = 0; depth < 32; depth++) {
    const next = ss.lookupAlias(name);
    if (next === undefined) break;
    name = next;
  }
  const cmdlet = rt.context.commands.getCmdlet(name);
  if (cmdlet) return cmdlet.name;
  const fn = ss.lookupFunction(name) as { name?: string } | undefined;
  return fn ? (fn.name ?? name) : undefined;
}

export function aliasInfoObject(rt: CommandRuntime, alias: AliasEntry): PSObject {
  const resolved = resolvedCommandName(rt, alias.definition);
  return new PSObject({
    typeNames: [
      'System.Management.Automation.AliasInfo',
      'System.Management.Automation.CommandInfo',
      'System.Object',
    ],
    properties: [
      ['HelpUri', ''],
      ['ResolvedCommandName', resolved ?? null],
      ['DisplayName', `${alias.name} -> ${resolved ?? alias.definition}`],
      ['ReferencedCommand', resolved ?? null],
      ['ResolvedCommand', resolved ?? null],
      ['Definition', alias.definition],
      ['Options', new PSEnumValue(optionsType, alias.options)],
      ['Description', alias.description],
      ['Name', alias.name],
      ['CommandType', 'Alias'],
      ['Source', ''],
      ['Version', ''],
      ['Visibility', 'Public'],
      ['ModuleName', ''],
      ['Module', null],
    ],
  });
}
