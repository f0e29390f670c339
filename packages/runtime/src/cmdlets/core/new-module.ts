// New-Module: a dynamic module from a script block; its exports are imported into the caller's session, the
// PSModuleInfo is written (or the block's output with -ReturnResult, or a custom object with -AsCustomObject), and
// `New-Module ... | Import-Module` adds it to Get-Module's list.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { FunctionInfo } from '../../engine/commands/command-info.js';
import type { ExecutionContext } from '../../engine/execution-context.js';
import type { ScriptBlock } from '../../engine/script-block.js';
import { SessionStateScope } from '../../engine/session-state/scope.js';
import { PSObject } from '../../values/ps-object.js';
import { moduleInfoObject } from './module-info.js';
import {
  filterMembers,
  importTarget,
  publishMembers,
  runModuleBlock,
  type ModuleMembers,
  type ScriptModule,
} from './script-modules.js';

/** Dynamic modules New-Module made in each runspace, by lower-case name (Import-Module -ModuleInfo finds them here). */
const dynamic = new WeakMap<ExecutionContext, Map<string, ScriptModule>>();

export function dynamicModules(ctx: ExecutionContext): Map<string, ScriptModule> {
  let map = dynamic.get(ctx);
  if (!map) dynamic.set(ctx, (map = new Map()));
  return map;
}

/** -AsCustomObject: exported functions as script methods, exported variables as note properties. */
export function moduleAsCustomObject(members: ModuleMembers): PSObject {
  const obj = new PSObject();
  for (const fn of members.functions)
    obj.addMember({ memberType: 'ScriptMethod', name: fn.name, script: fn.scriptBlock });
  for (const v of members.variables) obj.setNote(v.name, v.value);
  return obj;
}

export const newModuleMetadata: CommandMetadata = {
  name: 'New-Module',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.NewModuleCommand',
  defaultParameterSetName: 'ScriptBlock',
  parameters: [
    { name: 'Name', type: 'string', parameterSets: { Name: { mandatory: true, position: 0 } } },
    {
      name: 'ScriptBlock',
      type: 'scriptblock',
      parameterSets: {
        Name: { mandatory: true, position: 1 },
        ScriptBlock: { mandatory: true, position: 0 },
      },
    },
    { name: 'Function', type: 'string[]' },
    { name: 'Cmdlet', type: 'string[]' },
    { name: 'ReturnResult', type: 'switch' },
    { name: 'AsCustomObject', type: 'switch' },
    {
      name: 'ArgumentList',
      type: 'object[]',
      aliases: ['Args'],
      parameterSets: { __AllParameterSets: { valueFromRemainingArguments: true } },
    },
  ],
};

function run(rt: CommandRuntime): void {
  const p = rt.parameters;
  const ctx = rt.context;
  const name = (p['Name'] as string | undefined) ?? `__DynamicModule_${globalThis.crypto.randomUUID()}`;
  const scope = new SessionStateScope(ctx.sessionState.global, true);
  const output: unknown[] = [];
  const functions = p['Function'] as string[] | undefined;
  const members = filterMembers(
    runModuleBlock(rt, p['ScriptBlock'] as ScriptBlock, scope, (p['ArgumentList'] as unknown[]) ?? [], (v) =>
      output.push(v),
    ),
    functions ? { functions } : {},
  );
  if (p['ReturnResult'] === true) for (const o of output) rt.writeObject(o);
  if (p['AsCustomObject'] === true) {
    rt.writeObject(moduleAsCustomObject(members));
    return;
  }
  const target = importTarget(rt);
  const names = publishMembers(ctx, name, members, undefined, target, {
    rt,
    noClobber: false,
    checkNames: false,
  });
  const module: ScriptModule = {
    name,
    moduleType: 'Script',
    version: '0.0',
    path: '',
    source: '',
    scope,
    target,
    nested: [],
    ...names,
  };
  dynamicModules(ctx).set(name.toLowerCase(), module);
  if (p['ReturnResult'] !== true) rt.writeObject(moduleInfoObject(rt, module));
}

export const newModule: CmdletImplementation = { end: run };

/** The functions a module exported, for -AsCustomObject on Import-Module. */
export function exportedFunctions(module: ScriptModule): FunctionInfo[] {
  const table = module.target?.functions;
  return module.functions.flatMap((n) => {
    const fn = table?.get(n.toLowerCase()) as FunctionInfo | undefined;
    return fn ? [fn] : [];
  });
}
