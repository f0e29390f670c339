// Get-Command: the commands discovery can find (aliases, functions, cmdlets, applications on PATH) as CommandInfo
// objects, in pwsh's CmdletSet (-Verb/-Noun) and AllCommandSet (-Name/-CommandType) parameter sets.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { FunctionInfo } from '../../engine/commands/command-info.js';
import { findAllOnPath, findOnPath } from '../../engine/commands/discovery.js';
import { matchesWildcard } from '../../engine/semantics/index.js';
import { PSObject } from '../../values/ps-object.js';
import { aliasInfoObject, aliasTable } from '../session/alias-info.js';
import { resolvedSubject, syntaxOutput, type SyntaxSubject } from './command-syntax.js';

const allCommandSet = { AllCommandSet: {} };

export const getCommandMetadata: CommandMetadata = {
  name: 'Get-Command',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetCommandCommand',
  defaultParameterSetName: 'CmdletSet',
  parameters: [
    {
      name: 'Name',
      type: 'string[]',
      parameterSets: {
        AllCommandSet: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      },
    },
    {
      name: 'Verb',
      type: 'string[]',
      parameterSets: { CmdletSet: { valueFromPipelineByPropertyName: true } },
    },
    {
      name: 'Noun',
      type: 'string[]',
      parameterSets: { CmdletSet: { valueFromPipelineByPropertyName: true } },
    },
    { name: 'Module', type: 'string[]', aliases: ['PSSnapin'] },
    {
      name: 'CommandType',
      type: 'string[]',
      aliases: ['Type'],
      parameterSets: allCommandSet,
      validation: [
        {
          kind: 'ValidateSet',
          values: [
            'Alias',
            'Function',
            'Filter',
            'Cmdlet',
            'ExternalScript',
            'Application',
            'Script',
            'Configuration',
            'All',
          ],
          ignoreCase: true,
        },
      ],
    },
    { name: 'TotalCount', type: 'int' },
    { name: 'All', type: 'switch' },
    { name: 'ListImported', type: 'switch' },
    { name: 'ParameterName', type: 'string[]' },
    {
      name: 'Syntax',
      type: 'switch',
      parameterSets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
    },
  ],
};

/** pwsh's CommandTypes order, which also orders Get-Command's output. */
const typeRank: Readonly<Record<string, number>> = {
  Alias: 1,
  Function: 2,
  Filter: 4,
  Cmdlet: 8,
  ExternalScript: 16,
  Application: 32,
};

/** Module versions of the built-in modules, as Get-Command shows them. */
const moduleVersions: Readonly<Record<string, string>> = {
  'Microsoft.PowerShell.Utility': '7.0.0.0',
  'Microsoft.PowerShell.Management': '7.0.0.0',
  'Microsoft.PowerShell.Security': '7.0.0.0',
};

export interface Found {
  readonly commandType: string;
  readonly name: string;
  readonly object: PSObject;
}

/** A CommandInfo object (FunctionInfo, CmdletInfo...) as Get-Command writes it; PSModuleInfo's Exported* hold these too. */
export function commandInfo(
  commandType: string,
  name: string,
  source: string,
  extra: [string, unknown][] = [],
): Found {
  const object = new PSObject({
    typeNames: [
      `System.Management.Automation.${commandType === 'Filter' ? 'Function' : commandType}Info`,
      'System.Management.Automation.CommandInfo',
      'System.Object',
    ],
    properties: [
      ['CommandType', commandType],
      ['Name', name],
      ['Version', moduleVersions[source] ?? ''],
      ['Source', source],
      ['ModuleName', source],
      ...extra,
    ],
  });
  return { commandType, name, object };
}

/** Every command of the session (not applications), for CmdletSet and wildcard names. */
function sessionCommands(rt: CommandRuntime): Found[] {
  const ctx = rt.context;
  const found: Found[] = [];
  const seenFunctions = new Set<string>();
  for (const alias of aliasTable(rt, undefined))
    found.push({ commandType: 'Alias', name: alias.name, object: aliasInfoObject(rt, alias) });
  for (let s: typeof ctx.sessionState.current | null = rt.scope; s; s = s.parent) {
    for (const f of s.functions.values()) {
      const fn = f as FunctionInfo;
      if (seenFunctions.has(fn.name.toLowerCase())) continue;
      seenFunctions.add(fn.name.toLowerCase());
      found.push(
        commandInfo(fn.commandType, fn.name, fn.moduleName ?? '', [
          ['Definition', fn.scriptBlock?.toString() ?? ''],
          ['ScriptBlock', fn.scriptBlock],
        ]),
      );
    }
  }
  for (const c of ctx.commands.allCmdlets()) found.push(commandInfo('Cmdlet', c.name, c.moduleName));
  return found;
}

function application(name: string, file: string): Found {
  const dot = name.lastIndexOf('.');
  return commandInfo('Application', name, file, [
    ['Path', file],
    ['Definition', file],
    ['Extension', dot > 0 ? name.slice(dot) : ''],
  ]);
}

const hasWildcard = (s: string) => /[*?[]/.test(s);
const verbNoun = (name: string) => {
  const dash = name.indexOf('-');
  return dash < 0 ? ['', ''] : [name.slice(0, dash), name.slice(dash + 1)];
};

function byTypeThenName(a: Found, b: Found): number {
  const r = (typeRank[a.commandType] ?? 64) - (typeRank[b.commandType] ?? 64);
  return r !== 0 ? r : a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}

function notFound(rt: CommandRuntime, name: string): void {
  rt.writeError(
    new ErrorRecord({
      message: `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
      errorId: 'CommandNotFoundException',
      category: 'ObjectNotFound',
      exceptionType: 'System.Management.Automation.CommandNotFoundException',
      targetObject: name,
      implementingType: 'Microsoft.PowerShell.Commands.GetCommandCommand',
    }),
  );
}

/** The commands `name` finds, in discovery's precedence (all of them with -All; the first otherwise). */
function byName(rt: CommandRuntime, name: string, wantApplications: boolean, all: boolean): Found[] {
  const matches = (n: string) => matchesWildcard(n, name);
  const session = sessionCommands(rt).filter((f) => matches(f.name));
  const apps = wantApplications
    ? hasWildcard(name)
      ? findAllOnPath(matches).map((a) => application(a.name, a.path))
      : [findOnPath(name)].filter((p): p is string => p !== undefined).map((p) => application(name, p))
    : [];
  const found = [...session, ...apps].sort(byTypeThenName);
  if (hasWildcard(name) || all) return found;
  return found.slice(0, 1);
}

export const getCommand: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    const modules = p['Module'] as string[] | undefined;
    const types = (p['CommandType'] as string[] | undefined)?.map((t) => t.toLowerCase());
    const wants = (t: string) =>
      !types ||
      types.includes('all') ||
      types.includes(t.toLowerCase()) ||
      (t === 'Filter' && types.includes('function'));
    const parameterNames = p['ParameterName'] as string[] | undefined;
    let found: Found[];
    if (rt.parameterSetName === 'AllCommandSet' && p['Name'] !== undefined) {
      found = [];
      for (const name of p['Name'] as string[]) {
        const hits = byName(
          rt,
          name,
          wants('Application') && !modules,
          p['All'] === true || types !== undefined,
        ).filter((f) => wants(f.commandType));
        if (hits.length === 0 && !hasWildcard(name)) notFound(rt, name);
        found.push(...(hasWildcard(name) || p['All'] === true || types ? hits : hits.slice(0, 1)));
      }
    } else {
      const verbs = p['Verb'] as string[] | undefined;
      const nouns = p['Noun'] as string[] | undefined;
      found = sessionCommands(rt)
        .filter((f) => wants(f.commandType))
        .filter((f) => {
          const [verb, noun] = verbNoun(f.name);
          return (
            (!verbs || verbs.some((v) => matchesWildcard(verb ?? '', v))) &&
            (!nouns || nouns.some((n) => matchesWildcard(noun ?? '', n)))
          );
        })
        .sort(byTypeThenName);
    }
    if (modules)
      found = found.filter((f) =>
        modules.some((m) => matchesWildcard(String(f.object.getNote('Source') ?? ''), m)),
      );
    if (parameterNames) {
      const ctx = rt.context;
      found = found.filter((f) => {
        const cmdlet = f.commandType === 'Cmdlet' ? ctx.commands.getCmdlet(f.name) : undefined;
        return cmdlet?.metadata.parameters.some((q) =>
          parameterNames.some((n) => matchesWildcard(q.name, n)),
        );
      });
    }
    const total = p['TotalCount'] as number | undefined;
    if (total !== undefined && total >= 0) found = found.slice(0, total);
    if (p['Syntax'] === true) writeSyntax(rt, found);
    else for (const f of found) rt.writeObject(f.object);
  },
};

/** -Syntax: each command's syntax text (an alias stands for the command it resolves to), as one string. */
function writeSyntax(rt: CommandRuntime, found: readonly Found[]): void {
  const names = rt.parameterSetName === 'AllCommandSet' ? ((rt.parameters['Name'] as string[]) ?? []) : [];
  const wildcard = names.some(hasWildcard);
  for (const f of found) {
    const subject: SyntaxSubject | undefined =
      f.commandType === 'Alias'
        ? resolvedSubject(rt, f.object.getNote('ResolvedCommandName'))
        : { commandType: f.commandType, name: f.name, path: String(f.object.getNote('Path') ?? '') };
    if (!subject) continue;
    const text = syntaxOutput(rt, subject, names, wildcard);
    if (text !== '') rt.writeObject(text);
  }
}
