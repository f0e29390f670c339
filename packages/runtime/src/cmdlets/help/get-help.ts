// Get-Help: help for commands from their metadata and comment-based help; a short list when a name matches several.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { CommandInfo, FunctionInfo } from '../../engine/commands/command-info.js';
import { resolveCommand } from '../../engine/commands/discovery.js';
import { matchesWildcard } from '../../engine/semantics/index.js';
import { PSObject } from '../../values/ps-object.js';
import { commandHelp, helpProperties, parameterObjects, type CommandHelp } from './help-info.js';
import { renderHelp, type HelpView } from './help-view.js';

const implementingType = 'Microsoft.PowerShell.Commands.GetHelpCommand';

export const getHelpMetadata: CommandMetadata = {
  name: 'Get-Help',
  commandType: 'Cmdlet',
  implementingType,
  defaultParameterSetName: 'AllUsersView',
  parameters: [
    {
      name: 'Name',
      type: 'string',
      parameterSets: { __AllParameterSets: { position: 0, valueFromPipelineByPropertyName: true } },
      validation: [{ kind: 'ValidateNotNullOrEmpty' }],
    },
    { name: 'Path', type: 'string' },
    {
      name: 'Category',
      type: 'string[]',
      validation: [
        {
          kind: 'ValidateSet',
          ignoreCase: true,
          values: [
            'Alias',
            'Cmdlet',
            'Provider',
            'General',
            'FAQ',
            'Glossary',
            'HelpFile',
            'ScriptCommand',
            'Function',
            'Filter',
            'ExternalScript',
            'All',
            'DefaultHelp',
            'DscResource',
            'Class',
            'Configuration',
          ],
        },
      ],
    },
    { name: 'Full', type: 'switch', parameterSets: { AllUsersView: {} } },
    { name: 'Detailed', type: 'switch', parameterSets: { DetailedView: { mandatory: true } } },
    { name: 'Examples', type: 'switch', parameterSets: { Examples: { mandatory: true } } },
    { name: 'Parameter', type: 'string[]', parameterSets: { Parameters: { mandatory: true } } },
    { name: 'Component', type: 'string[]' },
    { name: 'Functionality', type: 'string[]' },
    { name: 'Role', type: 'string[]' },
    { name: 'Online', type: 'switch', parameterSets: { Online: { mandatory: true } } },
  ],
};

interface Candidate {
  readonly name: string;
  readonly category: string;
  readonly info: CommandInfo;
}

/** Every command of the session a help name can match: aliases, functions, cmdlets. */
function candidates(rt: CommandRuntime): Candidate[] {
  const ctx = rt.context;
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (name: string, category: string, info: CommandInfo) => {
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    out.push({ name, category, info });
  };
  for (let s: typeof ctx.sessionState.current | null = ctx.sessionState.current; s; s = s.parent) {
    for (const [alias, target] of s.aliases)
      add(alias, 'Alias', { commandType: 'Alias', name: alias, definition: target });
    for (const f of s.functions.values()) {
      const fn = f as FunctionInfo;
      add(fn.name, fn.commandType, fn);
    }
  }
  for (const c of ctx.commands.allCmdlets()) add(c.name, 'Cmdlet', c);
  return out;
}

function helpObject(help: CommandHelp, view: HelpView): PSObject {
  const typeName = help.comment ? 'MamlCommandHelpInfo' : 'ExtendedCmdletHelpInfo';
  const viewName = view === 'Default' ? '' : `#${view}View`;
  // The object shows as its rendered help (pwsh's custom help view); its properties are pwsh's help properties.
  const o = PSObject.wrap(renderHelp(help, view), [
    `${typeName}${viewName}`,
    typeName,
    help.comment ? 'HelpInfo' : 'CmdletHelpInfo',
    'HelpInfo',
  ]);
  for (const [name, value] of helpProperties(help)) o.setNote(name, value);
  return o;
}

/** HelpInfoShort: one row of the Name / Category / Module / Synopsis list. */
function shortObject(rt: CommandRuntime, c: Candidate): PSObject | undefined {
  if (c.info.commandType === 'Alias')
    return new PSObject({
      typeNames: ['AliasHelpInfo', 'HelpInfoShort'],
      properties: [
        ['Name', c.name],
        ['Category', 'Alias'],
        ['ModuleName', ''],
        ['Synopsis', c.info.definition],
      ],
    });
  const help = commandHelp(rt.context, c.info);
  if (!help) return undefined;
  const synopsis = helpProperties(help).find(([n]) => n === 'Synopsis')?.[1];
  return new PSObject({
    typeNames: ['HelpInfoShort'],
    properties: [
      ['Name', help.name],
      ['Category', help.category],
      ['ModuleName', help.moduleName],
      ['Synopsis', synopsis],
    ],
  });
}

function viewOf(rt: CommandRuntime): HelpView {
  const p = rt.parameters;
  if (p['Examples'] === true) return 'Examples';
  if (p['Detailed'] === true) return 'Detailed';
  if (p['Full'] === true) return 'Full';
  return 'Default';
}

function notFound(rt: CommandRuntime, name: string): void {
  rt.writeError(
    new ErrorRecord({
      message: `Get-Help could not find ${name} in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.`,
      errorId: 'HelpNotFound',
      category: 'ResourceUnavailable',
      exceptionType: 'System.Management.Automation.HelpNotFoundException',
      implementingType,
    }),
  );
}

function writeParameters(rt: CommandRuntime, help: CommandHelp, patterns: readonly string[]): void {
  const all = parameterObjects(help);
  const found = all.filter((p) => patterns.some((w) => matchesWildcard(String(p.getNote('name')), w)));
  if (found.length === 0) {
    rt.writeError(
      new ErrorRecord({
        message: `No parameter matches criteria ${patterns.join(' ')}.`,
        errorId: 'NoParmsFound',
        category: 'InvalidArgument',
        exceptionType: 'System.Management.Automation.PSArgumentException',
        implementingType,
      }),
    );
    return;
  }
  for (const p of found) rt.writeObject(p);
}

export const getHelp: CmdletImplementation = {
  process(rt) {
    const name = (rt.parameters['Name'] as string | undefined) ?? '';
    if (rt.parameters['Online'] === true) {
      rt.throwTerminatingError(
        new ErrorRecord({
          message: `The online version of this Help topic cannot be displayed because the Internet address (URI) of the Help topic is not specified in the command code or in the help file for the command.`,
          errorId: 'InvalidOperation',
          category: 'InvalidOperation',
          exceptionType: 'System.Management.Automation.PSInvalidOperationException',
          implementingType,
        }),
      );
    }
    const categories = ((rt.parameters['Category'] as string[] | undefined) ?? []).map((c) =>
      c.toLowerCase(),
    );
    const wanted = (c: Candidate) =>
      categories.length === 0 ||
      categories.includes('all') ||
      categories.includes(c.category.toLowerCase()) ||
      (categories.includes('scriptcommand') && c.category !== 'Cmdlet' && c.category !== 'Alias');
    const matches = candidates(rt)
      .filter((c) => wanted(c) && matchesWildcard(c.name, name === '' ? '*' : name))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-US'));
    if (matches.length === 0) {
      // A path to a script: its comment-based help.
      const script = /[\\/]|\.ps1$/i.test(name) ? resolveCommand(rt.context, name) : undefined;
      if (script?.commandType === 'ExternalScript')
        matches.push({ name, category: 'ExternalScript', info: script });
      else {
        if (!/[*?[]/.test(name)) notFound(rt, name);
        return;
      }
    }
    if (matches.length > 1) {
      for (const m of matches) {
        const short = shortObject(rt, m);
        if (short) rt.writeObject(short);
      }
      return;
    }
    const only = matches[0]!;
    const info =
      only.info.commandType === 'Alias' ? resolveCommand(rt.context, only.info.definition) : only.info;
    const help = info ? commandHelp(rt.context, info) : undefined;
    if (!help) {
      notFound(rt, name);
      return;
    }
    // -Component, -Role and -Functionality keep only help whose section matches (wildcards allowed).
    for (const [parameter, value] of [
      ['Component', help.comment?.component],
      ['Role', help.comment?.role],
      ['Functionality', help.comment?.functionality],
    ] as const) {
      const wantedValues = rt.parameters[parameter] as string[] | undefined;
      if (wantedValues && !wantedValues.some((w) => value && matchesWildcard(value.trim(), w))) {
        notFound(rt, name);
        return;
      }
    }
    const patterns = rt.parameters['Parameter'] as string[] | undefined;
    if (patterns) writeParameters(rt, help, patterns);
    else rt.writeObject(helpObject(help, viewOf(rt)));
  },
};
