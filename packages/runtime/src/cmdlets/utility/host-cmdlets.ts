// Clear-Host and Get-Command.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { matchesWildcard } from '../../engine/semantics/index.js';
import { PSObject } from '../../values/ps-object.js';

export const clearHostMetadata: CommandMetadata = {
  name: 'Clear-Host',
  commandType: 'Function',
  parameters: [],
};

/** Clears a terminal screen; on anything else it writes nothing. */
export const clearHost: CmdletImplementation = {
  end: (rt) => {
    if (process.stdout.isTTY) rt.writeHost('\x1b[2J\x1b[3J\x1b[H', { noNewLine: true });
  },
};

export const getCommandMetadata: CommandMetadata = {
  name: 'Get-Command',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetCommandCommand',
  parameters: [
    {
      name: 'Name',
      type: 'string[]',
      parameterSets: { __AllParameterSets: { position: 0, valueFromPipeline: true } },
    },
    { name: 'Module', type: 'string[]', aliases: ['PSSnapin'] },
    { name: 'Verb', type: 'string[]' },
    { name: 'Noun', type: 'string[]' },
    { name: 'CommandType', type: 'string[]', aliases: ['Type'] },
  ],
};

export const getCommand: CmdletImplementation = {
  process(rt) {
    const names = (rt.parameters['Name'] as string[] | undefined) ?? ['*'];
    const modules = rt.parameters['Module'] as string[] | undefined;
    const verbs = rt.parameters['Verb'] as string[] | undefined;
    const nouns = rt.parameters['Noun'] as string[] | undefined;
    const ss = rt.context.sessionState;
    const found: PSObject[] = [];
    const info = (commandType: string, name: string, source: string) =>
      new PSObject({
        typeNames: [
          `System.Management.Automation.${commandType}Info`,
          'System.Management.Automation.CommandInfo',
          'System.Object',
        ],
        properties: [
          ['CommandType', commandType],
          ['Name', name],
          ['Version', ''],
          ['Source', source],
        ],
      });
    for (const c of rt.context.commands.allCmdlets()) {
      const [verb = '', noun = ''] = c.name.split('-');
      if (!names.some((n) => matchesWildcard(c.name, n))) continue;
      if (modules && !modules.some((m) => matchesWildcard(c.moduleName, m))) continue;
      if (verbs && !verbs.some((v) => matchesWildcard(verb, v))) continue;
      if (nouns && !nouns.some((v) => matchesWildcard(noun, v))) continue;
      found.push(info('Cmdlet', c.name, c.moduleName));
    }
    for (let s: typeof ss.current | null = ss.current; s && !modules; s = s.parent) {
      for (const f of s.functions.values()) {
        const name = (f as { name: string }).name;
        if (names.some((n) => matchesWildcard(name, n))) found.push(info('Function', name, ''));
      }
    }
    if (found.length === 0 && !names.some((n) => /[*?[]/.test(n))) {
      for (const n of names) {
        rt.writeError(
          new ErrorRecord({
            message: `The term '${n}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
            errorId: 'CommandNotFoundException',
            category: 'ObjectNotFound',
            exceptionType: 'System.Management.Automation.CommandNotFoundException',
            targetObject: n,
            commandName: 'Microsoft.PowerShell.Commands.GetCommandCommand',
          }),
        );
      }
      return;
    }
    found.sort((a, b) => String(a.getNote('Name')).localeCompare(String(b.getNote('Name'))));
    for (const f of found) rt.writeObject(f);
  },
};
