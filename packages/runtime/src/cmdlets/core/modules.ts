// Get-Module, Import-Module, Install-Module for exosh's built-in modules (there is no gallery).
import path from 'node:path';
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { ExecutionContext } from '../../engine/execution-context.js';
import { getMember, matchesWildcard, toStr } from '../../engine/semantics/index.js';
import type { PSObject } from '../../values/ps-object.js';
import { looksLikeModulePath } from './script-modules.js';
import { moduleInfoObject } from './module-info.js';
import {
  importDynamicModule,
  importModuleNamed,
  importModulePath,
  importModuleSpecification,
  listAvailable,
} from './module-import.js';
import { removeScriptModule, scriptModules, type ScriptModule } from './script-modules.js';
import { versionMatches, type VersionFilter } from './module-path.js';
import { PSVersion } from '../../values/ps-version.js';

/** The modules exosh ships, as Get-Module -ListAvailable lists them. */
export const builtinModules: readonly { readonly name: string; readonly version: string }[] = [
  { name: 'ExchangeOnlineManagement', version: '3.9.0' },
  { name: 'Microsoft.PowerShell.Management', version: '7.0.0.0' },
  { name: 'Microsoft.PowerShell.Utility', version: '7.0.0.0' },
];

/** A built-in module's PSModuleInfo, placed where pwsh keeps its own: `$PSHOME/Modules/<name>/<name>.psd1`. */
function moduleInfo(
  rt: CommandRuntime,
  name: string,
  version: string,
  commands: readonly string[],
  grouping = false,
): PSObject {
  const psHome = rt.context.sessionState.global.variables.get('pshome')?.value;
  const base = path.join(typeof psHome === 'string' ? psHome : '', 'Modules', name);
  const moduleType = name === 'ExchangeOnlineManagement' ? 'Script' : 'Manifest';
  const compatiblePSEditions = name === 'ExchangeOnlineManagement' ? ['Desktop', 'Core'] : ['Core'];
  return moduleInfoObject(
    rt,
    {
      name,
      version,
      moduleType,
      cmdlets: commands,
      functions: [],
      path: path.join(base, `${name}.psd1`),
      moduleBase: base,
      compatiblePSEditions,
    },
    grouping,
  );
}

/** Modules Remove-Module took out of each runspace (until Import-Module brings them back). */
const removedModules = new WeakMap<ExecutionContext, Set<string>>();

function removedIn(ctx: ExecutionContext): Set<string> {
  let set = removedModules.get(ctx);
  if (!set) removedModules.set(ctx, (set = new Set()));
  return set;
}

/** The built-in modules a runspace has loaded: those with cmdlets, less the ones removed. */
function loadedModules(ctx: ExecutionContext): Set<string> {
  const loaded = new Set<string>();
  for (const c of ctx.commands.allCmdlets()) loaded.add(c.moduleName);
  for (const r of removedIn(ctx)) loaded.delete(r);
  return loaded;
}

const nameParam = {
  name: 'Name',
  type: 'string[]',
  parameterSets: { __AllParameterSets: { position: 0, valueFromPipeline: true } },
};

export const getModuleMetadata: CommandMetadata = {
  name: 'Get-Module',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetModuleCommand',
  defaultParameterSetName: 'Loaded',
  parameters: [
    nameParam,
    { name: 'ListAvailable', type: 'switch', parameterSets: { Available: { mandatory: true } } },
    { name: 'All', type: 'switch' },
    { name: 'Refresh', type: 'switch', parameterSets: { Available: {} } },
  ],
};

export const getModule: CmdletImplementation = {
  end(rt) {
    const names = (rt.parameters['Name'] as string[] | undefined) ?? ['*'];
    const wanted = (n: string) => names.some((w) => matchesWildcard(n, w));
    const loaded = loadedModules(rt.context);
    const available = rt.parameterSetName === 'Available';
    for (const m of builtinModules) {
      if (!wanted(m.name)) continue;
      if (!available && !loaded.has(m.name)) continue;
      const commands = [...rt.context.commands.allCmdlets()]
        .filter((c) => c.moduleName === m.name)
        .map((c) => c.name);
      rt.writeObject(moduleInfo(rt, m.name, m.version, commands, available));
    }
    if (available) {
      for (const m of listAvailable(rt, wanted)) rt.writeObject(moduleInfoObject(rt, m, true));
      return;
    }
    // A module another module imported lives in that module's session state: listed only with -All.
    const global = rt.context.sessionState.global;
    const all = rt.parameters['All'] === true;
    for (const m of scriptModules(rt.context).values())
      if (wanted(m.name) && (all || !m.target || m.target === global))
        rt.writeObject(moduleInfoObject(rt, m));
  },
};

/** Import-Module's and Remove-Module's three ways to name modules, each its own set, all from the pipeline. */
function moduleSelection(nameSet: string): ParameterMetadata[] {
  const selecting = { mandatory: true, position: 0, valueFromPipeline: true };
  return [
    { name: 'Name', type: 'string[]', parameterSets: { [nameSet]: selecting } },
    {
      name: 'FullyQualifiedName',
      type: 'Microsoft.PowerShell.Commands.ModuleSpecification[]',
      parameterSets: { FullyQualifiedName: selecting },
    },
    {
      name: 'ModuleInfo',
      type: 'System.Management.Automation.PSModuleInfo[]',
      parameterSets: { ModuleInfo: selecting },
    },
  ];
}

export const importModuleMetadata: CommandMetadata = {
  name: 'Import-Module',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.ImportModuleCommand',
  defaultParameterSetName: 'Name',
  parameters: [
    ...moduleSelection('Name'),
    { name: 'Force', type: 'switch' },
    { name: 'Global', type: 'switch' },
    { name: 'Prefix', type: 'string' },
    { name: 'PassThru', type: 'switch' },
    { name: 'AsCustomObject', type: 'switch' },
    { name: 'Function', type: 'string[]' },
    { name: 'Cmdlet', type: 'string[]' },
    { name: 'Variable', type: 'string[]' },
    { name: 'Alias', type: 'string[]' },
    { name: 'ArgumentList', type: 'object[]', aliases: ['Args'] },
    { name: 'Scope', type: 'string', validation: [{ kind: 'ValidateSet', values: ['Local', 'Global'] }] },
    { name: 'RequiredVersion', type: 'version', parameterSets: { Name: {} } },
    { name: 'MinimumVersion', type: 'version', aliases: ['Version'], parameterSets: { Name: {} } },
    { name: 'MaximumVersion', type: 'string', parameterSets: { Name: {} } },
    { name: 'DisableNameChecking', type: 'switch' },
    { name: 'NoClobber', type: 'switch' },
  ],
};

function notFound(name: string, command: string): ErrorRecord {
  return new ErrorRecord({
    message:
      command === 'Import-Module'
        ? `The specified module '${name}' was not loaded because no valid module file was found in any module directory.`
        : `No match was found for the specified search criteria and module name '${name}'. There is no module gallery in exosh; only its built-in modules can be installed.`,
    errorId: command === 'Import-Module' ? 'Modules_ModuleNotFound' : 'NoMatchFoundForCriteria',
    category: 'ResourceUnavailable',
    exceptionType: 'System.IO.FileNotFoundException',
    targetObject: name,
    ...(command === 'Import-Module'
      ? { implementingType: 'Microsoft.PowerShell.Commands.ImportModuleCommand' }
      : { commandName: 'Install-Module' }),
  });
}

/** Built-in modules are always present; files and PSModulePath modules are imported (module-import.ts). */
export const importModule: CmdletImplementation = {
  begin(rt) {
    if (rt.parameters['Global'] === true && rt.parameters['Scope'] !== undefined)
      rt.throwTerminatingError(
        new ErrorRecord({
          message:
            "The 'Global' and 'Scope' parameters cannot be specified together. Remove one of these parameters, and then try running the command again.",
          errorId: 'Modules_GlobalAndScopeParameterCannotBeSpecifiedTogether',
          category: 'InvalidOperation',
          exceptionType: 'System.InvalidOperationException',
          implementingType: 'Microsoft.PowerShell.Commands.ImportModuleCommand',
        }),
      );
  },
  process(rt) {
    const passThru = rt.parameters['PassThru'] === true;
    for (const info of (rt.parameters['ModuleInfo'] as unknown[] | undefined) ?? []) {
      const name = toStr(rt.context, getMember(rt.context, info, 'Name'));
      const p = toStr(rt.context, getMember(rt.context, info, 'Path'));
      const module = p
        ? importModulePath(rt, p)
        : importDynamicModule(rt, name) || importModuleNamed(rt, name);
      if (module === false) rt.writeError(notFound(name, 'Import-Module'));
    }
    for (const spec of (rt.parameters['FullyQualifiedName'] as unknown[] | undefined) ?? []) {
      if (importModuleSpecification(rt, spec) === false)
        rt.writeError(notFound(toStr(rt.context, getMember(rt.context, spec, 'Name')), 'Import-Module'));
    }
    for (const name of (rt.parameters['Name'] as string[] | undefined) ?? []) {
      const m = builtinModules.find((b) => b.name.toLowerCase() === name.toLowerCase());
      if (m && !looksLikeModulePath(name)) {
        removedIn(rt.context).delete(m.name);
        if (passThru) rt.writeObject(moduleInfo(rt, m.name, m.version, []));
        continue;
      }
      const module = looksLikeModulePath(name) ? importModulePath(rt, name) : importModuleNamed(rt, name);
      if (module === false) rt.writeError(notFound(name, 'Import-Module'));
    }
  },
};

export const installModuleMetadata: CommandMetadata = {
  name: 'Install-Module',
  commandType: 'Cmdlet',
  supportsShouldProcess: true,
  parameters: [
    {
      ...nameParam,
      parameterSets: {
        __AllParameterSets: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
      },
    },
    { name: 'Force', type: 'switch' },
    { name: 'AllowClobber', type: 'switch' },
    {
      name: 'Scope',
      type: 'string',
      validation: [{ kind: 'ValidateSet', values: ['CurrentUser', 'AllUsers'] }],
    },
    { name: 'RequiredVersion', type: 'string' },
    { name: 'MinimumVersion', type: 'string' },
    { name: 'Repository', type: 'string[]' },
    { name: 'AllowPrerelease', type: 'switch' },
    { name: 'SkipPublisherCheck', type: 'switch' },
    { name: 'AcceptLicense', type: 'switch' },
  ],
};

export const installModule: CmdletImplementation = {
  process(rt) {
    for (const name of rt.parameters['Name'] as string[]) {
      if (!builtinModules.some((b) => b.name.toLowerCase() === name.toLowerCase()))
        rt.writeError(notFound(name, 'Install-Module'));
    }
  },
};

export const removeModuleMetadata: CommandMetadata = {
  name: 'Remove-Module',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.RemoveModuleCommand',
  supportsShouldProcess: true,
  defaultParameterSetName: 'name',
  parameters: [...moduleSelection('name'), { name: 'Force', type: 'switch' }],
};

/** pwsh's engine modules: removing none of them when only they were named is not an error. */
const engineModules = new Set(
  ['Microsoft.PowerShell.Core', 'Microsoft.PowerShell.Utility', 'Microsoft.PowerShell.Management'].map((n) =>
    n.toLowerCase(),
  ),
);

const removeState = new WeakMap<object, { removed: number; specific: boolean; onlyEngine: boolean }>();

/** A -FullyQualifiedName entry's module name (a ModuleSpecification's Name). */
function specName(rt: CommandRuntime, spec: unknown): string {
  const name = typeof spec === 'string' ? spec : getMember(rt.context, spec, 'Name');
  return toStr(rt.context, name ?? spec);
}

/** What Remove-Module is asked to remove: a loaded module's name, and for a script module its path and version. */
type ModuleMatcher = (name: string, module?: ScriptModule) => boolean;

/** A ModuleSpecification's version bounds (RequiredVersion, Version, MaximumVersion). */
function specBounds(rt: CommandRuntime, spec: unknown): VersionFilter {
  if (typeof spec === 'string') return {};
  const version = (key: string) => {
    const v = getMember(rt.context, spec, key);
    return v === null || v === undefined || v === '' ? undefined : PSVersion.tryParse(toStr(rt.context, v));
  };
  const required = version('RequiredVersion');
  const minimum = version('Version');
  const maximum = version('MaximumVersion');
  return {
    ...(required ? { required } : {}),
    ...(minimum ? { minimum } : {}),
    ...(maximum ? { maximum } : {}),
  };
}

/** Takes loaded built-in modules out of Get-Module's list (their commands stay callable, as pwsh autoloads them). */
export const removeModule: CmdletImplementation = {
  begin: (rt) => void removeState.set(rt, { removed: 0, specific: false, onlyEngine: true }),
  process(rt) {
    const state = removeState.get(rt)!;
    const p = rt.parameters;
    const matchers: ModuleMatcher[] = [];
    for (const n of (p['Name'] as string[] | undefined) ?? []) {
      // A name removes every loaded module of that name (all versions).
      matchers.push((name) => matchesWildcard(name, n));
      if (!/[*?[]/.test(n)) state.specific = true;
      if (!engineModules.has(n.toLowerCase())) state.onlyEngine = false;
    }
    for (const spec of (p['FullyQualifiedName'] as unknown[] | undefined) ?? []) {
      const n = specName(rt, spec);
      const bounds = specBounds(rt, spec);
      matchers.push(
        (name, module) =>
          name.toLowerCase() === n.toLowerCase() &&
          (!module || versionMatches(PSVersion.tryParse(module.version), bounds)),
      );
      state.specific = true;
      if (!engineModules.has(n.toLowerCase())) state.onlyEngine = false;
    }
    for (const info of (p['ModuleInfo'] as unknown[] | undefined) ?? []) {
      // A PSModuleInfo is that one module: its name and, for a script module, its path.
      const n = toStr(rt.context, getMember(rt.context, info, 'Name'));
      const modulePath = toStr(rt.context, getMember(rt.context, info, 'Path'));
      matchers.push(
        (name, module) =>
          name.toLowerCase() === n.toLowerCase() && (!module || !modulePath || module.path === modulePath),
      );
      state.specific = true;
    }
    for (const m of [...scriptModules(rt.context).values()]) {
      if (!matchers.some((match) => match(m.name, m))) continue;
      if (!rt.shouldProcess(m.name, 'Remove-Module')) continue;
      removeScriptModule(rt.context, m);
      state.removed++;
    }
    const loaded = loadedModules(rt.context);
    for (const m of builtinModules) {
      if (!loaded.has(m.name) || !matchers.some((match) => match(m.name))) continue;
      if (!rt.shouldProcess(m.name, 'Remove-Module')) continue;
      removedIn(rt.context).add(m.name);
      state.removed++;
    }
  },
  end(rt) {
    const state = removeState.get(rt)!;
    if (state.removed > 0 || !state.specific || state.onlyEngine || rt.shouldProcessMode() === 'WhatIf')
      return;
    rt.writeError(
      new ErrorRecord({
        message:
          'No modules were removed. Verify that the specification of modules to remove is correct and those modules exist in the runspace.',
        errorId: 'Modules_NoModulesRemoved',
        category: 'ResourceUnavailable',
        exceptionType: 'System.InvalidOperationException',
        implementingType: 'Microsoft.PowerShell.Commands.RemoveModuleCommand',
      }),
    );
  },
};
