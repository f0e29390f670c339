// Hashtable splatting (engine/ParameterBinding/Splatting.Tests.ps1): explicit named parameters win.
import type { CommandArgument, CommandMetadata } from '../../src/index.js';
import { getVerb } from '../support/commands.js';
import { commandLine } from '../support/command-line.js';
import type { BindCase } from '../support/cases.js';

/** `function SimpleTest { param([Alias('Key')] $Name, $Path) }` (a simple function). */
const simpleTest: CommandMetadata = {
  name: 'SimpleTest',
  commandType: 'Function',
  cmdletBinding: false,
  parameters: [
    { name: 'Name', type: 'object', aliases: ['Key'] },
    { name: 'Path', type: 'object' },
  ],
};

/** `@hash` as the evaluator passes it: colon-form named arguments marked as splatted. */
function splat(hash: Record<string, unknown>): CommandArgument[] {
  return Object.entries(hash).map(([name, argument]) => ({
    kind: 'parameter',
    name,
    nameText: `-${name}:`,
    hasArgument: true,
    argument,
    fromHashtableSplat: true,
  }));
}

const line = (...parts: (string | CommandArgument[])[]): CommandArgument[] =>
  parts.flatMap((p) => (typeof p === 'string' ? commandLine(p) : p));

export const splattingCases: readonly BindCase[] = [
  {
    name: 'works on cmdlet: Get-Verb @{Verb=Get; OutVariable=zoo}',
    command: getVerb,
    line: splat({ Verb: 'Get', OutVariable: 'zoo' }),
    expect: {
      bound: { Verb: ['Get'], OutVariable: 'zoo' },
      common: { outVariable: { name: 'zoo', append: false } },
    },
  },
  {
    name: 'simple function: unknown splatted name goes to $args as -Blah: World',
    command: simpleTest,
    line: splat({ Name: 'Hello', Blah: 'World' }),
    expect: { bound: { Name: 'Hello' }, args: ['-Blah:', 'World'] },
  },
  {
    name: 'simple function: Name and Path',
    command: simpleTest,
    line: splat({ Name: 'Hello', Path: 'World' }),
    expect: { bound: { Name: 'Hello', Path: 'World' }, args: [] },
  },
  {
    name: 'simple function: @hash -Path Yeah',
    command: simpleTest,
    line: line(splat({ Name: 'Hello' }), '-Path Yeah'),
    expect: { bound: { Path: 'Yeah', Name: 'Hello' } },
  },
  {
    name: 'simple function: -Path Yeah @hash',
    command: simpleTest,
    line: line('-Path Yeah', splat({ Name: 'Hello' })),
    expect: { bound: { Path: 'Yeah', Name: 'Hello' } },
  },
  {
    name: 'simple function: splatted alias Key',
    command: simpleTest,
    line: splat({ Key: 'Hello' }),
    expect: { bound: { Name: 'Hello' } },
  },
  {
    name: 'cmdlet: Get-Verb @hash -Verb Send',
    command: getVerb,
    line: line(splat({ Verb: 'Get', OutVariable: 'zoo' }), '-Verb Send'),
    expect: { bound: { Verb: ['Send'], OutVariable: 'zoo' } },
  },
  {
    name: 'cmdlet: Get-Verb -Verb Send @hash',
    command: getVerb,
    line: line('-Verb Send', splat({ Verb: 'Get', OutVariable: 'zoo' })),
    expect: { bound: { Verb: ['Send'], OutVariable: 'zoo' } },
  },
  {
    name: 'simple function: explicit -Path supersedes the splatted one',
    command: simpleTest,
    line: line(splat({ Name: 'Hello', Path: 'World' }), '-Path Yeah'),
    expect: { bound: { Path: 'Yeah', Name: 'Hello' } },
  },
  {
    name: 'simple function: explicit -Name with an unknown splatted name',
    command: simpleTest,
    line: line(splat({ Name: 'Hello', Blah: 'World' }), '-Name Yeah'),
    expect: { bound: { Name: 'Yeah' }, args: ['-Blah:', 'World'] },
  },
  {
    name: 'same alias: Get-Verb @{Verb=Get; ov=zoo} -Verb Send -ov bar',
    command: getVerb,
    line: line(splat({ Verb: 'Get', ov: 'zoo' }), '-Verb Send -ov bar'),
    expect: { bound: { Verb: ['Send'], OutVariable: 'bar' } },
  },
  {
    name: 'same alias in a simple function: @{key=Hello; Path=World} -Key Yeah',
    command: simpleTest,
    line: line(splat({ key: 'Hello', Path: 'World' }), '-Key Yeah'),
    expect: { bound: { Name: 'Yeah', Path: 'World' } },
  },
  {
    name: 'name and alias mixed: Get-Verb @{Verb=Get; OutVariable=zoo} -Verb Send -ov bar',
    command: getVerb,
    line: line(splat({ Verb: 'Get', OutVariable: 'zoo' }), '-Verb Send -ov bar'),
    expect: { bound: { Verb: ['Send'], OutVariable: 'bar' } },
  },
  {
    name: 'name and alias mixed in a simple function: @{Name=Hello; Path=World} -Key Yeah',
    command: simpleTest,
    line: line(splat({ Name: 'Hello', Path: 'World' }), '-Key Yeah'),
    expect: { bound: { Name: 'Yeah', Path: 'World' } },
  },
  {
    name: 'prefix given explicitly: Get-Verb @hash -Verb Send -outv bar',
    command: getVerb,
    line: line(splat({ Verb: 'Get', OutVariable: 'zoo' }), '-Verb Send -outv bar'),
    expect: { bound: { Verb: ['Send'], OutVariable: 'bar' } },
  },
  {
    name: 'prefix given explicitly in a simple function: @hash -n Yeah',
    command: simpleTest,
    line: line(splat({ Name: 'Hello', Path: 'World' }), '-n Yeah'),
    expect: { bound: { Name: 'Yeah', Path: 'World' } },
  },
  {
    name: 'prefix in the splatted hashtable: @{Verb=Get; outv=zoo} -Verb Send -OutVariable bar',
    command: getVerb,
    line: line(splat({ Verb: 'Get', outv: 'zoo' }), '-Verb Send -OutVariable bar'),
    expect: { bound: { Verb: ['Send'], OutVariable: 'bar' } },
  },
  {
    name: 'two splatted entries for one parameter (Name and its alias Key): ParameterAlreadyBound',
    command: simpleTest,
    line: splat({ Name: 'Hello', Key: 'World' }),
    expect: { errorId: 'ParameterAlreadyBound' },
  },
];
