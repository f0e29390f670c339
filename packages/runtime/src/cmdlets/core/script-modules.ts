// Script modules: `Import-Module ./Tools.psm1` (or a .ps1, or a folder holding <name>.psm1). The file runs in its own
// module scope; the functions it exports (all, or those Export-ModuleMember names) go to the global scope bound to
// that scope, so they see the module's $script: variables, as PowerShell's module session state gives them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@exosh/language';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { FunctionInfo } from '../../engine/commands/command-info.js';
import type { ExecutionContext } from '../../engine/execution-context.js';
import { invokeScriptBlock } from '../../engine/invocation/invoke-script-block.js';
import { parseErrorRecord } from '../../engine/parse-errors.js';
import { CallbackPipe } from '../../engine/pipeline/pipe.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { SessionStateScope } from '../../engine/session-state/scope.js';
import { matchesWildcard, toStr } from '../../engine/semantics/index.js';
import { resolveFsPath } from '../management/test-path.js';
import { ErrorRecord } from '../../errors/error-record.js';

export interface ScriptModule {
  readonly name: string;
  readonly path: string;
  readonly scope: SessionStateScope;
  /** Exported function names, as defined. */
  readonly functions: string[];
}

/** Script modules imported into each runspace, by lower-case name. */
const imported = new WeakMap<ExecutionContext, Map<string, ScriptModule>>();

export function scriptModules(ctx: ExecutionContext): Map<string, ScriptModule> {
  let map = imported.get(ctx);
  if (!map) imported.set(ctx, (map = new Map()));
  return map;
}

/** Export-ModuleMember's lists for the module whose scope is running (undefined lists: the defaults). */
const exportLists = new WeakMap<SessionStateScope, { functions?: string[] }>();

/** Whether Import-Module's name is a module file or folder rather than a module name. */
export function looksLikeModulePath(name: string): boolean {
  return /[\\/]/.test(name) || /\.(psm1|ps1)$/i.test(name);
}

/** The module file a path names: the file itself, or `<folder>/<folder name>.psm1`. */
function moduleFile(full: string): string | undefined {
  if (!existsSync(full)) return undefined;
  if (!statSync(full).isDirectory()) return /\.(psm1|ps1)$/i.test(full) ? full : undefined;
  const inside = path.join(full, `${path.basename(full)}.psm1`);
  return existsSync(inside) ? inside : undefined;
}

/** Imports the module file `name` names; false when there is none (the caller reports ModuleNotFound). */
export function importScriptModule(rt: CommandRuntime, name: string): ScriptModule | false {
  const ctx = rt.context;
  const file = moduleFile(resolveFsPath(ctx.currentLocation, name));
  if (!file) return false;
  const moduleName = path.basename(file).replace(/\.(psm1|ps1)$/i, '');
  const result = parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { fileName: file });
  const firstError = result.errors[0];
  if (firstError) rt.throwTerminatingError(parseErrorRecord(firstError));
  const ss = ctx.sessionState;
  const scope = new SessionStateScope(ss.global, true);
  exportLists.set(scope, {});
  const previous = ss.current;
  ss.current = scope;
  try {
    invokeScriptBlock(ctx, new ScriptBlock(result.ast, ctx), {
      newScope: false,
      output: new CallbackPipe((v) => rt.writeObject(v)),
    });
  } finally {
    ss.current = previous;
  }
  const wanted = exportLists.get(scope)?.functions;
  const functions: string[] = [];
  for (const f of scope.functions.values()) {
    const fn = f as FunctionInfo;
    if (wanted && !wanted.some((w) => matchesWildcard(fn.name, w))) continue;
    // The function runs under the module's scope, whoever calls it.
    fn.scriptBlock.closureScope = scope;
    ss.global.functions.set(fn.name.toLowerCase(), { ...fn, moduleName });
    functions.push(fn.name);
  }
  ctx.commandGeneration++;
  const module: ScriptModule = { name: moduleName, path: file, scope, functions };
  scriptModules(ctx).set(moduleName.toLowerCase(), module);
  return module;
}

/** Remove-Module of a script module: its exported functions leave the global scope. */
export function removeScriptModule(ctx: ExecutionContext, module: ScriptModule): void {
  for (const name of module.functions) {
    const key = name.toLowerCase();
    const fn = ctx.sessionState.global.functions.get(key) as FunctionInfo | undefined;
    if (fn?.moduleName === module.name) ctx.sessionState.global.functions.delete(key);
  }
  scriptModules(ctx).delete(module.name.toLowerCase());
  ctx.commandGeneration++;
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
    { name: 'Cmdlet', type: 'string[]' },
    { name: 'Variable', type: 'string[]' },
    { name: 'Alias', type: 'string[]' },
  ],
};

/** Export-ModuleMember: only valid while a module file runs; records which functions the module exports. */
export const exportModuleMember: CmdletImplementation = {
  process(rt) {
    let scope: SessionStateScope | null = rt.scope;
    while (scope && !exportLists.has(scope)) scope = scope.parent;
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
    const lists = exportLists.get(scope!)!;
    const functions = (rt.parameters['Function'] as unknown[] | undefined)?.map((f) => toStr(rt.context, f));
    if (functions) lists.functions = [...(lists.functions ?? []), ...functions];
    else lists.functions ??= [];
  },
};
