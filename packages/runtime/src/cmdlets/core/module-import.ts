// Import-Module of a file, a folder or a name found under $env:PSModulePath, with its options (-Prefix, -Function/
// -Alias/-Variable filters, version bounds, -Force, -PassThru, -AsCustomObject); Get-Module -ListAvailable's list.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { getMember, toStr } from '../../engine/semantics/index.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { SessionStateScope } from '../../engine/session-state/scope.js';
import { PSVersion } from '../../values/ps-version.js';
import { resolveFsPath } from '../management/test-path.js';
import { DataFileError, readDataFile } from './data-file.js';
import { moduleInfoObject, type ModuleDescription } from './module-info.js';
import { dynamicModules, exportedFunctions, moduleAsCustomObject } from './new-module.js';
import { analyzedExports } from './module-analysis.js';
import { importManifest, manifestFrom, rootModuleFile } from './module-manifest.js';
import { availableModules, moduleFileIn, versionMatches, type VersionFilter } from './module-path.js';
import {
  filterMembers,
  importOptions,
  importTarget,
  looksLikeModulePath,
  publishMembers,
  removeScriptModule,
  runModuleFile,
  scriptModules,
  scriptModulesNamed,
  addScriptModule,
  type ExportFilter,
  type ScriptModule,
} from './script-modules.js';

const importModuleType = 'Microsoft.PowerShell.Commands.ImportModuleCommand';

function strings(rt: CommandRuntime, key: string): string[] | undefined {
  const v = rt.parameters[key] as unknown[] | undefined;
  return v?.map((x) => toStr(rt.context, x));
}

/**
 * Import-Module's -Function/-Cmdlet/-Alias/-Variable: with none of them everything exported is imported; with any of
 * them, only what they name (a kind left out imports nothing), as pwsh's ImportModuleMembers.
 */
function importFilter(rt: CommandRuntime): ExportFilter {
  const functions = strings(rt, 'Function');
  const aliases = strings(rt, 'Alias');
  const variables = strings(rt, 'Variable');
  const cmdlets = strings(rt, 'Cmdlet');
  if (!functions && !aliases && !variables && !cmdlets) return {};
  return { functions: functions ?? [], aliases: aliases ?? [], variables: variables ?? [] };
}

function version(rt: CommandRuntime, key: string): PSVersion | undefined {
  const v = rt.parameters[key];
  return v === undefined || v === null ? undefined : PSVersion.tryParse(toStr(rt.context, v));
}

function versionFilter(rt: CommandRuntime): VersionFilter {
  const required = version(rt, 'RequiredVersion');
  const minimum = version(rt, 'MinimumVersion');
  const maximum = version(rt, 'MaximumVersion');
  return {
    ...(required ? { required } : {}),
    ...(minimum ? { minimum } : {}),
    ...(maximum ? { maximum } : {}),
  };
}

/** Writes what -PassThru / -AsCustomObject ask for. */
function emit(rt: CommandRuntime, module: ScriptModule): void {
  if (rt.parameters['AsCustomObject'] === true) {
    // pwsh's custom object: the exported functions as script methods, the variables as properties.
    const variables = (module.variables ?? []).flatMap((v) => {
      const variable = module.scope?.variables.get(v.toLowerCase());
      return variable ? [variable] : [];
    });
    rt.writeObject(moduleAsCustomObject({ functions: exportedFunctions(module), aliases: [], variables }));
    return;
  }
  if (rt.parameters['PassThru'] === true) rt.writeObject(moduleInfoObject(rt, module));
}

/**
 * Imports one module file (.psd1, .psm1, .ps1); a module already loaded is kept unless -Force. Undefined: the
 * error that stopped it is written already.
 */
function importFile(rt: CommandRuntime, file: string): ScriptModule | undefined {
  const ctx = rt.context;
  const name = path.basename(file).replace(/\.(psm1|ps1|psd1)$/i, '');
  // pwsh's module table is keyed by path: the same file is imported once (again with -Force); another version of
  // the same name loads beside it.
  const existing = scriptModules(ctx).get(path.resolve(file));
  const prefix = rt.parameters['Prefix'] as string | undefined;
  const target = importTarget(rt);
  if (existing && rt.parameters['Force'] !== true) {
    // pwsh's ImportModuleMembers: the loaded module's members are imported again (they may have been replaced).
    if (existing.exports)
      publishMembers(
        ctx,
        existing.name,
        filterMembers(existing.exports, importFilter(rt)),
        prefix || existing.prefix,
        target,
        importOptions(rt),
      );
    emit(rt, existing);
    return existing;
  }
  if (existing) removeScriptModule(ctx, existing);
  let module: ScriptModule | undefined;
  try {
    if (/\.psd1$/i.test(file)) {
      module = importManifest(
        rt,
        file,
        importFilter(rt),
        prefix || undefined,
        (r, n, v) => importRequired(r, n, v),
        target,
      );
    } else {
      const scope = new SessionStateScope(ctx.sessionState.global, true);
      const args = (rt.parameters['ArgumentList'] as unknown[] | undefined) ?? [];
      const exports = runModuleFile(rt, file, scope, args);
      const members = filterMembers(exports, importFilter(rt));
      const names = publishMembers(ctx, name, members, prefix || undefined, target, importOptions(rt));
      module = {
        name,
        moduleType: 'Script',
        version: '0.0',
        path: file,
        source: file,
        moduleBase: path.dirname(file),
        scope,
        target,
        nested: [],
        exports,
        ...(prefix ? { prefix } : {}),
        ...names,
      };
      addScriptModule(ctx, module);
    }
  } catch (e) {
    if (!(e instanceof DataFileError)) throw e;
    rt.writeError(e.record(importModuleType, file));
    return undefined;
  }
  if (!module) return undefined;
  emit(rt, module);
  return module;
}

/** RequiredModules entry: loaded already, built in, or found and imported. */
function importRequired(rt: CommandRuntime, name: string, minimum?: PSVersion): boolean {
  const loaded = scriptModulesNamed(rt.context, name);
  if (loaded.some((m) => versionMatches(PSVersion.tryParse(m.version), minimum ? { minimum } : {})))
    return true;
  if ([...rt.context.commands.allCmdlets()].some((c) => c.moduleName.toLowerCase() === name.toLowerCase()))
    return true;
  const found = findByName(rt, name, minimum ? { minimum } : {});
  return found !== undefined && importFile(rt, found) !== undefined;
}

/** A manifest's ModuleVersion, or the versioned folder's. */
function candidateVersion(
  rt: CommandRuntime,
  file: string,
  folderVersion?: PSVersion,
): PSVersion | undefined {
  if (folderVersion) return folderVersion;
  if (!/\.psd1$/i.test(file)) return undefined;
  try {
    return PSVersion.tryParse(
      manifestFrom(rt, readDataFile(rt.context, file, { manifest: true })).moduleVersion,
    );
  } catch {
    return undefined;
  }
}

function findByName(rt: CommandRuntime, name: string, filter: VersionFilter): string | undefined {
  const lower = name.toLowerCase();
  for (const c of availableModules((n) => n.toLowerCase() === lower))
    if (versionMatches(candidateVersion(rt, c.file, c.version), filter)) return c.file;
  return undefined;
}

/** Import-Module -FullyQualifiedName: a ModuleSpecification's name (or path) and version bounds. */
export function importModuleSpecification(
  rt: CommandRuntime,
  spec: unknown,
): ScriptModule | false | undefined {
  const get = (key: string) => {
    const v = getMember(rt.context, spec, key);
    return v === null || v === undefined || v === '' ? undefined : PSVersion.tryParse(toStr(rt.context, v));
  };
  const name = toStr(rt.context, getMember(rt.context, spec, 'Name'));
  const required = get('RequiredVersion');
  const minimum = get('Version');
  const maximum = get('MaximumVersion');
  const filter = {
    ...(required ? { required } : {}),
    ...(minimum ? { minimum } : {}),
    ...(maximum ? { maximum } : {}),
  };
  return looksLikeModulePath(name) ? importModulePath(rt, name, filter) : importModuleNamed(rt, name, filter);
}

/** Import-Module -ModuleInfo of a New-Module module: it joins Get-Module's list. */
export function importDynamicModule(rt: CommandRuntime, name: string): ScriptModule | false {
  const module = dynamicModules(rt.context).get(name.toLowerCase());
  if (!module) return false;
  addScriptModule(rt.context, module);
  emit(rt, module);
  return module;
}

/** Import-Module <path>: a module file, or a folder holding <folder>.psd1/.psm1/.ps1. */
/** False: no module file there (the caller writes Modules_ModuleNotFound). */
export function importModulePath(
  rt: CommandRuntime,
  name: string,
  filter: VersionFilter = versionFilter(rt),
): ScriptModule | false | undefined {
  const full = resolveFsPath(rt.context.currentLocation, name);
  if (!existsSync(full)) return false;
  const file = statSync(full).isDirectory()
    ? moduleFileIn(full)
    : /\.(psm1|ps1|psd1)$/i.test(full)
      ? full
      : undefined;
  if (!file) return false;
  // A manifest outside the version bounds is not loaded (pwsh's LoadModuleManifest bails out; nothing was found).
  if (/\.psd1$/i.test(file) && !versionMatches(candidateVersion(rt, file), filter)) {
    rt.writeError(versionNotFound(name, filter));
    return undefined;
  }
  return importFile(rt, file);
}

/** Import-Module <name>: the first match under $env:PSModulePath (highest version in a folder) within the bounds. */
export function importModuleNamed(
  rt: CommandRuntime,
  name: string,
  filter: VersionFilter = versionFilter(rt),
): ScriptModule | false | undefined {
  const file = findByName(rt, name, filter);
  if (file) return importFile(rt, file);
  if (!filter.required && !filter.minimum && !filter.maximum) return false;
  rt.writeError(versionNotFound(name, filter));
  return undefined;
}

/** ImportModuleCommand's Modules_ModuleWithVersionNotFound, worded for the bounds given. */
function versionNotFound(name: string, f: VersionFilter): ErrorRecord {
  const tail = 'was not loaded because no valid module file was found in any module directory.';
  const message = f.required
    ? `The specified module '${name}' with version '${f.required.toString()}' ${tail}`
    : f.minimum && f.maximum
      ? `The specified module '${name}' with MinimumVersion '${f.minimum.toString()}' and MaximumVersion '${f.maximum.toString()}' ${tail}`
      : f.minimum
        ? `The specified module '${name}' with version '${f.minimum.toString()}' ${tail}`
        : `The specified module '${name}' with MaximumVersion '${f.maximum!.toString()}' ${tail}`;
  return new ErrorRecord({
    message,
    errorId: 'Modules_ModuleWithVersionNotFound',
    category: 'ResourceUnavailable',
    exceptionType: 'System.IO.FileNotFoundException',
    targetObject: name,
    implementingType: importModuleType,
  });
}

/** Get-Module -ListAvailable: the modules under $env:PSModulePath. */
export function listAvailable(rt: CommandRuntime, matches: (name: string) => boolean): ModuleDescription[] {
  return availableModules(matches).map((c) => {
    const isManifest = /\.psd1$/i.test(c.file);
    let description: ModuleDescription = {
      name: c.name,
      moduleType: 'Script',
      version: c.version?.toString() ?? '0.0',
      path: c.file,
      moduleBase: path.dirname(c.file),
      functions: isManifest ? [] : analyzedExports(c.file, undefined),
    };
    if (isManifest) {
      try {
        const m = manifestFrom(rt, readDataFile(rt.context, c.file, { manifest: true }));
        description = {
          ...description,
          moduleType: m.rootModule ? 'Script' : 'Manifest',
          version: m.moduleVersion,
          functions: analyzedExports(
            m.rootModule ? rootModuleFile(path.dirname(c.file), m.rootModule) : undefined,
            m.exports.functions,
          ),
          ...(m.guid ? { guid: m.guid } : {}),
          ...(m.author ? { author: m.author } : {}),
          ...(m.description ? { description: m.description } : {}),
          ...(m.compatiblePSEditions ? { compatiblePSEditions: m.compatiblePSEditions } : {}),
        };
      } catch {
        // An unreadable manifest is still listed, as pwsh does with what it could read.
      }
    }
    return description;
  });
}
