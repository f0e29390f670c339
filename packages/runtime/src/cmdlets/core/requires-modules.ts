// `#requires -Modules` entries: a name, a path or a ModuleSpecification hashtable. As pwsh's LoadRequiredModule: a
// loaded module that matches (name or path, GUID, version bounds) will do; else Import-Module runs, and the module
// it loaded must match. Built-in modules count as available.
import path from 'node:path';
import { parse, type Extent } from '@exosh/language';
import type { CommandArgument } from '@exosh/cmdlet-binding';
import type { ExecutionContext } from '../../engine/execution-context.js';
import { createCommandProcessor } from '../../engine/commands/create-processor.js';
import {
  setRequiredModuleLoader,
  type RequiredModuleResult,
} from '../../engine/commands/script-requirements.js';
import { invokeScriptBlock } from '../../engine/invocation/invoke-script-block.js';
import { CollectingPipe } from '../../engine/pipeline/pipe.js';
import { PipelineProcessor } from '../../engine/pipeline/pipeline-processor.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { toStr } from '../../engine/semantics/index.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSVersion } from '../../values/ps-version.js';
import { resolveFsPath } from '../management/test-path.js';
import { versionMatches, type VersionFilter } from './module-path.js';
import { builtinModules } from './modules.js';
import { looksLikeModulePath, scriptModules } from './script-modules.js';

/** A ModuleSpecification: the name (or path) and its constraints. */
interface RequiredModule {
  readonly name: string;
  readonly guid?: string;
  readonly bounds: VersionFilter;
  /** The bounds as Import-Module's parameters. */
  readonly parameters: [string, string][];
}

/** Reads a `#requires -Modules` entry; a hashtable is a constant expression (the parser checked), so it is evaluated. */
function specification(ctx: ExecutionContext, text: string): RequiredModule {
  let table: PSHashtable | undefined;
  if (text.startsWith('@')) {
    const result = parse(text);
    const value =
      result.errors.length === 0 ? invokeScriptBlock(ctx, new ScriptBlock(result.ast, ctx))[0] : undefined;
    if (value instanceof PSHashtable) table = value;
  }
  if (!table) return { name: text, bounds: {}, parameters: [] };
  const get = (key: string) => {
    const v = table.get(key);
    return v === undefined || v === null || v === '' ? undefined : toStr(ctx, v);
  };
  const parameters: [string, string][] = [];
  const bound = (key: string, parameter: string): PSVersion | undefined => {
    const v = get(key);
    if (v === undefined) return undefined;
    parameters.push([parameter, v]);
    return PSVersion.tryParse(v);
  };
  const required = bound('RequiredVersion', 'RequiredVersion');
  const minimum = bound('ModuleVersion', 'MinimumVersion');
  const maximum = bound('MaximumVersion', 'MaximumVersion');
  const guid = get('GUID');
  return {
    name: get('ModuleName') ?? '',
    ...(guid ? { guid } : {}),
    bounds: {
      ...(required ? { required } : {}),
      ...(minimum ? { minimum } : {}),
      ...(maximum ? { maximum } : {}),
    },
    parameters,
  };
}

/** ModuleIntrinsics.MatchesModulePath: the module's file, its folder, or the folder above its version folder. */
function matchesModulePath(modulePath: string, required: string): boolean {
  if (modulePath === required) return true;
  if (!modulePath.startsWith(required)) return false;
  let dir = path.dirname(modulePath);
  if (PSVersion.tryParse(path.basename(dir))) dir = path.dirname(dir);
  return dir === required;
}

/** The loaded module (or the built-in one) that meets the specification. */
function isLoaded(ctx: ExecutionContext, spec: RequiredModule): boolean {
  const asPath = looksLikeModulePath(spec.name) ? resolveFsPath(ctx.currentLocation, spec.name) : undefined;
  for (const m of scriptModules(ctx).values()) {
    const named =
      m.name.toLowerCase() === spec.name.toLowerCase() ||
      (asPath !== undefined && [m.path, m.source].some((p) => matchesModulePath(p, asPath)));
    if (!named) continue;
    if (spec.guid && m.guid?.toLowerCase() !== spec.guid.toLowerCase()) continue;
    if (versionMatches(PSVersion.tryParse(m.version), spec.bounds)) return true;
  }
  return false;
}

function builtin(spec: RequiredModule): boolean {
  const b = builtinModules.find((m) => m.name.toLowerCase() === spec.name.toLowerCase());
  return b !== undefined && !spec.guid && versionMatches(PSVersion.tryParse(b.version), spec.bounds);
}

/** Runs `Import-Module -Name <name> [bounds]` in the current session, its errors and warnings unread, as pwsh's ImportRequiredModule. */
function importModule(ctx: ExecutionContext, spec: RequiredModule, extent: Extent): void {
  const info = ctx.commands.getCmdlet('Import-Module');
  if (!info) return;
  const args: CommandArgument[] = [
    { kind: 'parameter', name: 'Name', hasArgument: true, argument: [spec.name] },
    ...spec.parameters.map(([name, value]): CommandArgument => ({
      kind: 'parameter',
      name,
      hasArgument: true,
      argument: value,
    })),
    // pwsh runs it in a nested pipeline whose streams nobody reads.
    { kind: 'parameter', name: 'ErrorAction', hasArgument: true, argument: 'Ignore' },
    { kind: 'parameter', name: 'WarningAction', hasArgument: true, argument: 'Ignore' },
  ];
  const site = { extent, nameExtent: extent, dotSource: false, pipelinePosition: 1, pipelineLength: 1 };
  try {
    new PipelineProcessor([createCommandProcessor(ctx, info, args, site)], new CollectingPipe()).run();
  } catch (err) {
    // A module that stops while loading is missing, as far as the script is concerned.
    if (!(err instanceof RuntimeException)) throw err;
  }
}

function loadRequiredModule(ctx: ExecutionContext, text: string, extent: Extent): RequiredModuleResult {
  const spec = specification(ctx, text);
  const result = (loaded: boolean) => ({ loaded, name: spec.name || text });
  if (spec.name === '') return result(false);
  if (isLoaded(ctx, spec)) return result(true);
  const available = builtin(spec);
  importModule(ctx, spec, extent);
  return result(available || isLoaded(ctx, spec));
}

export function registerRequiredModuleLoader(ctx: ExecutionContext): void {
  setRequiredModuleLoader(ctx, (spec, extent) => loadRequiredModule(ctx, spec, extent));
}
