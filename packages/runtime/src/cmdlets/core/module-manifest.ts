// Module manifests (.psd1): read as a restricted data file; PowerShellVersion checked, RequiredModules imported
// first, NestedModules and RootModule (ModuleToProcess) run, *ToExport lists narrow what reaches the caller.
import path from 'node:path';
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { toStr } from '../../engine/semantics/index.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { psVersion } from '../../runspace/automatic-variables.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSVersion } from '../../values/ps-version.js';
import { SessionStateScope } from '../../engine/session-state/scope.js';
import { readDataFile } from './data-file.js';
import {
  filterMembers,
  importOptions,
  publishMembers,
  runModuleFile,
  sortedMembers,
  addScriptModule,
  type ExportFilter,
  type ModuleMembers,
  type ScriptModule,
} from './script-modules.js';

const importModuleType = 'Microsoft.PowerShell.Commands.ImportModuleCommand';

/** The manifest keys Import-Module reads, as plain values. */
export interface ModuleManifest {
  readonly rootModule?: string;
  readonly nestedModules: string[];
  readonly requiredModules: unknown[];
  readonly moduleVersion: string;
  readonly guid?: string;
  readonly author?: string;
  readonly description?: string;
  readonly powerShellVersion?: string;
  readonly defaultPrefix?: string;
  readonly compatiblePSEditions?: string[];
  readonly exports: ExportFilter;
}

function list(rt: CommandRuntime, value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = Array.isArray(value) ? value : [value];
  return items.map((v) => toStr(rt.context, v));
}

function text(rt: CommandRuntime, data: PSHashtable, key: string): string | undefined {
  const v = data.get(key);
  return v === undefined || v === null || v === '' ? undefined : toStr(rt.context, v);
}

export function manifestFrom(rt: CommandRuntime, data: PSHashtable): ModuleManifest {
  const req = data.get('RequiredModules');
  const functions = list(rt, data.get('FunctionsToExport'));
  const aliases = list(rt, data.get('AliasesToExport'));
  const variables = list(rt, data.get('VariablesToExport'));
  const rootModule = text(rt, data, 'RootModule') ?? text(rt, data, 'ModuleToProcess');
  const guid = text(rt, data, 'GUID');
  const author = text(rt, data, 'Author');
  const description = text(rt, data, 'Description');
  const powerShellVersion = text(rt, data, 'PowerShellVersion');
  const defaultPrefix = text(rt, data, 'DefaultCommandPrefix');
  const compatiblePSEditions = list(rt, data.get('CompatiblePSEditions'));
  return {
    nestedModules: list(rt, data.get('NestedModules')) ?? [],
    requiredModules: req === undefined || req === null ? [] : Array.isArray(req) ? req : [req],
    moduleVersion: text(rt, data, 'ModuleVersion') ?? '0.0',
    ...(rootModule ? { rootModule } : {}),
    ...(guid ? { guid } : {}),
    ...(author ? { author } : {}),
    ...(description ? { description } : {}),
    ...(powerShellVersion ? { powerShellVersion } : {}),
    ...(defaultPrefix ? { defaultPrefix } : {}),
    ...(compatiblePSEditions ? { compatiblePSEditions } : {}),
    exports: {
      ...(functions ? { functions } : {}),
      ...(aliases ? { aliases } : {}),
      ...(variables ? { variables } : {}),
    },
  };
}

function insufficientVersion(file: string, wanted: string): ErrorRecord {
  return new ErrorRecord({
    message: `The version of PowerShell on this computer is '${psVersion}'. The module '${file}' requires a minimum PowerShell version of '${wanted}' to run. Verify that you have the minimum required version of PowerShell installed, and then try again.`,
    errorId: 'Modules_InsufficientPowerShellVersion',
    category: 'ResourceUnavailable',
    exceptionType: 'System.InvalidOperationException',
    targetObject: file,
    implementingType: importModuleType,
  });
}

function requiredMissing(file: string, required: string): ErrorRecord {
  return new ErrorRecord({
    message: `The required module '${required}' is not loaded. Load the module or remove the module from 'RequiredModules' in the file '${file}'.`,
    errorId: 'Modules_InvalidManifest',
    category: 'ResourceUnavailable',
    exceptionType: 'System.MissingMemberException',
    targetObject: file,
    implementingType: importModuleType,
  });
}

/** A RootModule/NestedModules entry's file, relative to the manifest (`.psm1` when it names no extension). */
export function rootModuleFile(base: string, relative: string): string {
  const full = path.resolve(base, relative);
  return /\.(psm1|ps1)$/i.test(full) ? full : `${full}.psm1`;
}

/** Imports a required module by name; false when none is found. */
export type ImportByName = (rt: CommandRuntime, name: string, version?: PSVersion) => boolean;

/** Imports the manifest `file`; undefined after writing the error that stopped it. */
export function importManifest(
  rt: CommandRuntime,
  file: string,
  importFilter: ExportFilter,
  prefix: string | undefined,
  importByName: ImportByName,
  target: SessionStateScope,
): ScriptModule | undefined {
  const ctx = rt.context;
  const manifest = manifestFrom(rt, readDataFile(ctx, file, { manifest: true }));
  const name = path.basename(file).replace(/\.psd1$/i, '');
  const wantedPs = manifest.powerShellVersion ? PSVersion.tryParse(manifest.powerShellVersion) : undefined;
  if (wantedPs && wantedPs.compareTo(PSVersion.tryParse(psVersion)!) > 0) {
    rt.writeError(insufficientVersion(file, wantedPs.toString()));
    return undefined;
  }
  for (const req of manifest.requiredModules) {
    const reqName = toStr(ctx, req instanceof PSHashtable ? req.get('ModuleName') : req);
    const reqVersion = req instanceof PSHashtable ? req.get('ModuleVersion') : undefined;
    const version = reqVersion ? PSVersion.tryParse(toStr(ctx, reqVersion)) : undefined;
    if (!importByName(rt, reqName, version)) {
      rt.writeError(requiredMissing(file, reqName));
      return undefined;
    }
  }
  const base = path.dirname(file);
  // Nested modules and the root module share one module scope, as in pwsh's manifest session state.
  const scope = new SessionStateScope(ctx.sessionState.global, true);
  const members: ModuleMembers = { functions: [], aliases: [], variables: [] };
  const run = (relative: string, args: readonly unknown[] = []) => {
    const m = runModuleFile(rt, rootModuleFile(base, relative), scope, args);
    for (const f of m.functions) if (!members.functions.includes(f)) members.functions.push(f);
    members.aliases.push(...m.aliases);
    members.variables.push(...m.variables);
  };
  for (const nested of manifest.nestedModules) run(nested);
  // Import-Module -ArgumentList goes to the root module.
  if (manifest.rootModule)
    run(manifest.rootModule, (rt.parameters['ArgumentList'] as unknown[] | undefined) ?? []);
  // A manifest without a root module exports what its nested modules define (all functions).
  const exports = sortedMembers(filterMembers(members, manifest.exports));
  const exported = filterMembers(exports, importFilter);
  const effectivePrefix = prefix ?? manifest.defaultPrefix;
  const names = publishMembers(ctx, name, exported, effectivePrefix, target, importOptions(rt));
  const module: ScriptModule = {
    name,
    moduleType: manifest.rootModule ? 'Script' : 'Manifest',
    version: manifest.moduleVersion,
    path: manifest.rootModule ? rootModuleFile(base, manifest.rootModule) : file,
    source: file,
    moduleBase: base,
    scope,
    target,
    nested: [],
    exports,
    ...(manifest.guid ? { guid: manifest.guid } : {}),
    ...(manifest.author ? { author: manifest.author } : {}),
    ...(manifest.description ? { description: manifest.description } : {}),
    ...(manifest.powerShellVersion ? { powerShellVersion: manifest.powerShellVersion } : {}),
    ...(effectivePrefix ? { prefix: effectivePrefix } : {}),
    ...(manifest.compatiblePSEditions ? { compatiblePSEditions: manifest.compatiblePSEditions } : {}),
    ...names,
  };
  addScriptModule(ctx, module);
  return module;
}
