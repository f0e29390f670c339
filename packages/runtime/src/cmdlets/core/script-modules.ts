// Script modules: `Import-Module ./Tools.psm1` (or a .ps1, or a folder holding <name>.psm1). The file runs in its own
// module scope; what it exports (all functions by default, or what Export-ModuleMember names, functions, aliases and
// variables) goes to the global scope, functions bound to that scope so they see the module's $script: variables,
// as PowerShell's module session state gives them. Manifests (module-manifest.ts) build on the same steps.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandArgument } from '@exosh/cmdlet-binding';
import { parse } from '@exosh/language';
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { FunctionInfo } from '../../engine/commands/command-info.js';
import type { ExecutionContext } from '../../engine/execution-context.js';
import { ScriptCommandProcessor } from '../../engine/commands/script-processor.js';
import { verifyScriptRequirements } from '../../engine/commands/script-requirements.js';
import { parseErrorRecord } from '../../engine/parse-errors.js';
import { CallbackPipe } from '../../engine/pipeline/pipe.js';
import { PipelineProcessor } from '../../engine/pipeline/pipeline-processor.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { PSVariable } from '../../engine/session-state/ps-variable.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import { SessionStateScope } from '../../engine/session-state/scope.js';
import { matchesWildcard } from '../../engine/semantics/index.js';
import type { ModuleDescription } from './module-info.js';
import { exportListsOf, moduleScopes } from './export-module-member.js';
import { checkCommandName } from './module-name-check.js';
import { parseOptionsFor } from '../../engine/parse-options.js';

export interface ScriptModule extends ModuleDescription {
  readonly path: string;
  /** The file Import-Module loaded (a manifest's .psd1; `path` is then its root module's). */
  readonly source: string;
  readonly scope: SessionStateScope | undefined;
  /** Modules the manifest's NestedModules loaded (removed with it). */
  readonly nested: readonly ScriptModule[];
  /** What the module exports (before Import-Module's own filters): importing it again publishes these again. */
  readonly exports?: ModuleMembers;
}

/** Script modules imported into each runspace, by moduleKey, in load order (pwsh's module table). */
const imported = new WeakMap<ExecutionContext, Map<string, ScriptModule>>();

export function scriptModules(ctx: ExecutionContext): Map<string, ScriptModule> {
  let map = imported.get(ctx);
  if (!map) imported.set(ctx, (map = new Map()));
  return map;
}

/**
 * The module table's key: the file the module was loaded from, as pwsh keys it by path, so two versions of one name
 * are loaded side by side; a dynamic module (New-Module) by its name.
 */
export function moduleKey(module: { readonly source: string; readonly name: string }): string {
  return module.source ? path.resolve(module.source) : `<dynamic>${module.name.toLowerCase()}`;
}

export function addScriptModule(ctx: ExecutionContext, module: ScriptModule): void {
  scriptModules(ctx).set(moduleKey(module), module);
}

/** The loaded modules of one name (several versions may be loaded at once). */
export function scriptModulesNamed(ctx: ExecutionContext, name: string): ScriptModule[] {
  const lower = name.toLowerCase();
  return [...scriptModules(ctx).values()].filter((m) => m.name.toLowerCase() === lower);
}

/** Whether Import-Module's name is a module file or folder rather than a module name. */
export function looksLikeModulePath(name: string): boolean {
  return /[\\/]/.test(name) || /\.(psm1|ps1|psd1)$/i.test(name);
}

/** What a module file left to export: its functions, aliases (name -> definition) and variables. */
export interface ModuleMembers {
  readonly functions: FunctionInfo[];
  readonly aliases: [string, string][];
  readonly variables: PSVariable[];
}

/** pwsh's PSModuleInfo._builtinVariables (never exported), and the binding variables exosh defines in the module scope. */
const automatic = new Set(
  [
    ...['_', 'this', 'input', 'args', 'true', 'false', 'null', 'PSDefaultParameterValues', 'Error'],
    ...['PSScriptRoot', 'PSCommandPath', 'MyInvocation', 'ExecutionContext', 'StackTrace'],
    ...['PSBoundParameters', 'PSCmdlet'],
  ].map((n) => n.toLowerCase()),
);

const byWildcards = (patterns: readonly string[] | undefined, name: string) =>
  patterns === undefined || patterns.some((p) => matchesWildcard(name, p));

/** Runs a .psm1/.ps1 in a new module scope; returns its exports (Export-ModuleMember's, or every function and alias). */
export function runModuleFile(
  rt: CommandRuntime,
  file: string,
  scope?: SessionStateScope,
  args: readonly unknown[] = [],
): ModuleMembers {
  const result = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), parseOptionsFor(rt.context, file));
  const firstError = result.errors[0];
  if (firstError) rt.throwTerminatingError(parseErrorRecord(firstError));
  const block = new ScriptBlock(result.ast, rt.context);
  // A module file is a script: its #requires are checked before it runs (pwsh's GetScriptInfoForFile). The error
  // leaves Import-Module as pwsh's CmdletInvocationException does: its id ends in the cmdlet's class.
  try {
    verifyScriptRequirements(rt.context, block, path.basename(file));
  } catch (e) {
    if (!(e instanceof RuntimeException)) throw e;
    e.errorRecord.fullyQualifiedErrorId += ',Microsoft.PowerShell.Commands.ImportModuleCommand';
    rt.throwTerminatingError(e.errorRecord);
  }
  const moduleScope = scope ?? new SessionStateScope(rt.context.sessionState.global, true);
  // The module file's own automatic variables (a dot-sourced run defines none); never exported.
  moduleScope.variables.set('psscriptroot', new PSVariable('PSScriptRoot', path.dirname(file)));
  moduleScope.variables.set('pscommandpath', new PSVariable('PSCommandPath', file));
  return runModuleBlock(rt, block, moduleScope, args, undefined, true);
}

/**
 * Runs a module's code (a file's, or New-Module's script block) in `moduleScope`; returns its exports. Without
 * Export-ModuleMember a module file exports its functions and aliases (pwsh's LoadModule), a dynamic module its
 * functions only (NewModuleCommand).
 */
export function runModuleBlock(
  rt: CommandRuntime,
  block: ScriptBlock,
  moduleScope: SessionStateScope,
  args: readonly unknown[] = [],
  write: (value: unknown) => void = (v) => rt.writeObject(v),
  aliasesByDefault = false,
): ModuleMembers {
  const ss = rt.context.sessionState;
  moduleScopes.add(moduleScope);
  const previous = ss.current;
  ss.current = moduleScope;
  try {
    // Dot-sourced into the module scope: Import-Module -ArgumentList / New-Module -ArgumentList bind to the
    // module's param() block (what no parameter takes stays in $args), as pwsh's module session state does.
    const extent = block.ast.extent;
    const site = { extent, nameExtent: extent, dotSource: true, pipelinePosition: 1, pipelineLength: 1 };
    const values = args.map((value): CommandArgument => ({ kind: 'argument', value }));
    const processor = new ScriptCommandProcessor(rt.context, block, '', values, site);
    new PipelineProcessor([processor], new CallbackPipe(write)).run();
  } finally {
    ss.current = previous;
  }
  const lists = exportListsOf(moduleScope);
  // Export-ModuleMember always sets the function list: none means it was not called.
  const aliases = lists.aliases ?? (aliasesByDefault && lists.functions === undefined ? ['*'] : undefined);
  const functions = [...moduleScope.functions.values()] as FunctionInfo[];
  for (const fn of functions) fn.scriptBlock.closureScope = moduleScope;
  return sortedMembers({
    functions: functions.filter((f) => byWildcards(lists.functions, f.name)),
    aliases: [...moduleScope.aliases]
      .map(([key, target]): [string, string] => [moduleScope.aliasDetails.get(key)?.name ?? key, target])
      .filter(([name]) => aliases !== undefined && byWildcards(aliases, name)),
    variables: [...moduleScope.variables.values()].filter(
      (v) =>
        lists.variables !== undefined &&
        !automatic.has(v.name.toLowerCase()) &&
        byWildcards(lists.variables, v.name),
    ),
  });
}

/** String.Compare(a, b, StringComparison.OrdinalIgnoreCase). */
const ordinalIgnoreCase = (a: string, b: string): number => {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/** pwsh sorts a module's exports by name (ModuleIntrinsics.SortAndRemoveDuplicates): the order they import in. */
export function sortedMembers(members: ModuleMembers): ModuleMembers {
  return {
    functions: [...members.functions].sort((a, b) => ordinalIgnoreCase(a.name, b.name)),
    aliases: [...members.aliases].sort((a, b) => ordinalIgnoreCase(a[0], b[0])),
    variables: [...members.variables].sort((a, b) => ordinalIgnoreCase(a.name, b.name)),
  };
}

/** The export filters that narrow a module's members: a manifest's *ToExport, then Import-Module's own. */
export interface ExportFilter {
  readonly functions?: readonly string[];
  readonly aliases?: readonly string[];
  readonly variables?: readonly string[];
}

export function filterMembers(members: ModuleMembers, filter: ExportFilter): ModuleMembers {
  return {
    functions: members.functions.filter((f) => byWildcards(filter.functions, f.name)),
    aliases: members.aliases.filter(([n]) => byWildcards(filter.aliases, n)),
    variables: members.variables.filter((v) => byWildcards(filter.variables, v.name)),
  };
}

/** Import-Module -Prefix: `Get-Thing` becomes `Get-PrefixThing`; a name without a verb gets the prefix in front. */
export function prefixedName(name: string, prefix: string | undefined): string {
  if (!prefix) return name;
  const dash = name.indexOf('-');
  return dash < 0 ? prefix + name : `${name.slice(0, dash + 1)}${prefix}${name.slice(dash + 1)}`;
}

/**
 * Import-Module's target scope: the global scope (-Global, -Scope Global, or a call from outside any module), the
 * caller's scope with -Scope Local, else the module the caller runs in (a module importing a helper keeps it).
 */
export function importTarget(rt: CommandRuntime): SessionStateScope {
  const p = rt.parameters;
  const global = rt.context.sessionState.global;
  if (p['Global'] === true || p['Scope'] === 'Global') return global;
  if (p['Scope'] === 'Local') return rt.scope;
  for (let s: SessionStateScope | null = rt.scope; s; s = s.parent) if (moduleScopes.has(s)) return s;
  return global;
}

/** Import-Module's options for putting members in place (New-Module's: no name check, no -NoClobber). */
export interface ImportOptions {
  readonly rt: CommandRuntime;
  /** -NoClobber: a member whose name is taken already is skipped (with a verbose line). */
  readonly noClobber: boolean;
  /** The approved-verb / restricted-character check (Import-Module without -DisableNameChecking). */
  readonly checkNames: boolean;
}

export function importOptions(rt: CommandRuntime): ImportOptions {
  return {
    rt,
    noClobber: rt.parameters['NoClobber'] === true,
    checkNames: rt.parameters['DisableNameChecking'] !== true,
  };
}

/** pwsh's CommandFound: an alias, function or cmdlet of that name is visible from the caller. */
function commandExists(ctx: ExecutionContext, name: string): boolean {
  const ss = ctx.sessionState;
  return (
    ss.lookupAlias(name) !== undefined ||
    ss.lookupFunction(name) !== undefined ||
    ctx.commands.getCmdlet(name) !== undefined
  );
}

/**
 * Puts the members into the target scope (functions, then variables, then aliases, as pwsh's ImportModuleMembers);
 * returns the names the module exports as imported (-Prefix applied), skipped ones included.
 */
export function publishMembers(
  ctx: ExecutionContext,
  moduleName: string,
  members: ModuleMembers,
  prefix: string | undefined,
  target: SessionStateScope = ctx.sessionState.global,
  options?: ImportOptions,
): { functions: string[]; aliases: string[]; variables: string[] } {
  const verbose = (message: string) => options?.rt.writeVerbose(message);
  const noClobber = options?.noClobber === true;
  const check = options?.checkNames ? { verbWarned: false, nounWarned: false } : undefined;
  const renamed = new Map<string, string>();
  const functions = members.functions.map((fn) => {
    const name = prefixedName(fn.name, prefix);
    renamed.set(fn.name.toLowerCase(), name);
    if (noClobber && commandExists(ctx, name)) {
      verbose(
        `The function '${fn.name}' was not imported because there is a member with the same name in the current scope.`,
      );
      return name;
    }
    target.functions.set(name.toLowerCase(), { ...fn, name, moduleName });
    if (check && options) checkCommandName(options.rt, check, name, moduleName);
    verbose(`Importing function '${name}'.`);
    return name;
  });
  // The module's own variable object: both scopes see the same value.
  const variables = members.variables.map((v) => {
    if (noClobber && target.variables.has(v.name.toLowerCase())) {
      verbose(
        `The variable '${v.name}' was not imported because there is a member with the same name in the current scope.`,
      );
      return v.name;
    }
    target.variables.set(v.name.toLowerCase(), v);
    verbose(`Importing variable '${v.name}'.`);
    return v.name;
  });
  // -Prefix renames aliases too, and an alias of an imported function follows the function's new name.
  const aliases = members.aliases.map(([original, definition]) => {
    const name = prefixedName(original, prefix);
    if (noClobber && commandExists(ctx, name)) {
      verbose(
        `The alias '${name}' was not imported because there is a member with the same name in the current scope.`,
      );
      return name;
    }
    target.aliases.set(name.toLowerCase(), renamed.get(definition.toLowerCase()) ?? definition);
    target.aliasDetails.set(name.toLowerCase(), { name, options: 0, description: '' });
    verbose(`Importing alias '${name}'.`);
    return name;
  });
  ctx.commandGeneration++;
  return { functions, aliases, variables };
}

/** Remove-Module: the module's functions, aliases and variables leave the scope it went to, nested modules too. */
export function removeScriptModule(ctx: ExecutionContext, module: ScriptModule): void {
  const global = module.target ?? ctx.sessionState.global;
  for (const name of module.functions) {
    const key = name.toLowerCase();
    const fn = global.functions.get(key) as FunctionInfo | undefined;
    // Only this module's own function: another version of the module may have replaced it since.
    if (fn?.moduleName === module.name && (!module.scope || fn.scriptBlock?.closureScope === module.scope))
      global.functions.delete(key);
  }
  for (const name of module.aliases ?? []) {
    global.aliases.delete(name.toLowerCase());
    global.aliasDetails.delete(name.toLowerCase());
  }
  for (const name of module.variables ?? []) {
    const key = name.toLowerCase();
    if (module.scope && global.variables.get(key) === module.scope.variables.get(key))
      global.variables.delete(key);
  }
  for (const n of module.nested) scriptModules(ctx).delete(moduleKey(n));
  scriptModules(ctx).delete(moduleKey(module));
  ctx.commandGeneration++;
}
