// commandSyntax: the SYNTAX lines `Get-Command -Syntax` prints, from the same metadata the binder uses.
import { expect, it } from 'vitest';
import { commandSyntax, compileCommand, type CommandMetadata } from '../src/index.js';
import * as c from './support/commands.js';

const cases: readonly (readonly [string, CommandMetadata, readonly string[]])[] = [
  [
    'the seed page: three sets, Default first',
    c.getConnectionInformation,
    [
      'Get-ConnectionInformation [<CommonParameters>]',
      'Get-ConnectionInformation -ConnectionId <string[]> [<CommonParameters>]',
      'Get-ConnectionInformation -ModulePrefix <string[]> [<CommonParameters>]',
    ],
  ],
  [
    'Get-Verb: optional positionals',
    c.getVerb,
    ['Get-Verb [[-Verb] <string[]>] [[-Group] <string[]>] [<CommonParameters>]'],
  ],
  [
    'ShouldProcess adds [-WhatIf] [-Confirm] before the common parameters',
    c.setThing,
    [
      'Set-Thing [-Identity] <string> [-Mode <ThingMode>] [-Enabled <bool>] [-Count <int>] [-Tags <string[]>] [-Confirmed] [-WhatIf] [-Confirm] [<CommonParameters>]',
    ],
  ],
  [
    'a simple function has no common parameters; untyped is <Object>',
    c.simpleAB,
    ['foo [[-a] <Object>] [[-b] <Object>]'],
  ],
  [
    'mandatory positional and optional named in one set',
    c.writeError,
    [
      'Write-Error [-Message] <string> [-Category <string>] [<CommonParameters>]',
      'Write-Error -Exception <Object> [-Message <string>] [-Category <string>] [<CommonParameters>]',
      'Write-Error -ErrorRecord <Object> [<CommonParameters>]',
    ],
  ],
  [
    'a mandatory switch has no brackets',
    c.measureLines,
    [
      'Measure-Lines [-Path] <string[]> [<CommonParameters>]',
      'Measure-Lines [-Path] <string[]> -All [<CommonParameters>]',
      'Measure-Lines -LiteralPath <string[]> [<CommonParameters>]',
      'Measure-Lines -LiteralPath <string[]> -All [<CommonParameters>]',
    ],
  ],
];

it.each(cases)('%s', (_n, meta, lines) => {
  expect(commandSyntax(compileCommand(meta)).map((s) => s.text)).toEqual(lines);
});

it('marks the default set', () => {
  expect(commandSyntax(compileCommand(c.getConnectionInformation)).map((s) => s.isDefault)).toEqual([
    true,
    false,
    false,
  ]);
});
