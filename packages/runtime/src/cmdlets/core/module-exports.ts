// PSModuleInfo's Exported* members: Dictionary[string, T] keyed by name (case-insensitive, as pwsh's), holding the
// FunctionInfo, CmdletInfo, AliasInfo and PSVariable of each export, so `.Keys`, `.ContainsKey()` and `.Values` work.
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { FunctionInfo } from '../../engine/commands/command-info.js';
import { PSVariable } from '../../engine/session-state/ps-variable.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { aliasInfoObject } from '../session/alias-info.js';
import { psVariableView } from '../session/variable-view.js';
import { commandInfo } from './get-command.js';
import type { ModuleDescription } from './module-info.js';

const automation = 'System.Management.Automation';

function dictionary(valueType: string, entries: Iterable<readonly [string, unknown]>): PSHashtable {
  return PSHashtable.from(entries, { typeArguments: ['System.String', `${automation}.${valueType}`] });
}

export interface ExportedDictionaries {
  readonly commands: PSHashtable;
  readonly functions: PSHashtable;
  readonly cmdlets: PSHashtable;
  readonly aliases: PSHashtable;
  readonly variables: PSHashtable;
}

/** The module's exports as pwsh's dictionaries; live members come from the scope they were imported into. */
export function exportedDictionaries(rt: CommandRuntime, m: ModuleDescription): ExportedDictionaries {
  const target = m.target;
  const functions = m.functions.map((name): [string, unknown] => {
    const found = target?.functions.get(name.toLowerCase()) as FunctionInfo | undefined;
    // Not another module's (or the caller's) command of that name: -NoClobber may have kept that one.
    const fn = found?.moduleName === m.name ? found : undefined;
    const extra: [string, unknown][] = fn
      ? [
          ['Definition', fn.scriptBlock?.toString() ?? ''],
          ['ScriptBlock', fn.scriptBlock],
        ]
      : [];
    return [name, commandInfo(fn?.commandType ?? 'Function', name, m.name, extra).object];
  });
  const cmdlets = (m.cmdlets ?? []).map((name): [string, unknown] => [
    name,
    commandInfo('Cmdlet', name, m.name).object,
  ]);
  const aliases = (m.aliases ?? []).map((name): [string, unknown] => {
    const definition = target?.aliases.get(name.toLowerCase());
    return [
      name,
      definition === undefined
        ? commandInfo('Alias', name, m.name).object
        : aliasInfoObject(rt, { name, definition, options: 0, description: '' }),
    ];
  });
  const variables = (m.variables ?? []).map((name): [string, unknown] => [
    name,
    psVariableView(target?.variables.get(name.toLowerCase()) ?? new PSVariable(name, null)),
  ]);
  return {
    // pwsh's ExportedCommands: cmdlets, then functions, then aliases.
    commands: dictionary('CommandInfo', [...cmdlets, ...functions, ...aliases]),
    functions: dictionary('FunctionInfo', functions),
    cmdlets: dictionary('CmdletInfo', cmdlets),
    aliases: dictionary('AliasInfo', aliases),
    variables: dictionary('PSVariable', variables),
  };
}
