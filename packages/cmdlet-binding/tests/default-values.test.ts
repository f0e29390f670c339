// $PSDefaultParameterValues (phase E): defaults fill unbound parameters of the current sets; failures warn.
import { expect, it } from 'vitest';
import { bindCommandLine, compileCommand, defaultConverter, type CommandMetadata } from '../src/index.js';
import * as c from './support/commands.js';
import { commandLine } from './support/command-line.js';

interface DefaultsCase {
  readonly name: string;
  readonly command: CommandMetadata;
  readonly line: string;
  readonly defaults: Record<string, unknown>;
  readonly set: string;
  readonly bound: Record<string, unknown>;
  readonly fromDefaults: readonly string[];
  readonly warnings?: readonly string[];
}

const cases: readonly DefaultsCase[] = [
  {
    name: "'*:ErrorAction' = 'Stop' applies to a bare call",
    command: c.getConnectionInformation,
    line: '',
    defaults: { ErrorAction: 'Stop' },
    set: 'Default',
    bound: { ErrorAction: 'Stop' },
    fromDefaults: ['ErrorAction'],
  },
  {
    name: 'an explicit value wins over the default',
    command: c.getConnectionInformation,
    line: '-ErrorAction Continue',
    defaults: { ErrorAction: 'Stop' },
    set: 'Default',
    bound: { ErrorAction: 'Continue' },
    fromDefaults: [],
  },
  {
    name: 'a default outside the chosen set is ignored (no AmbiguousParameterSet)',
    command: c.getConnectionInformation,
    line: '-ConnectionId x',
    defaults: { ModulePrefix: 'Contoso' },
    set: 'ConnectionId',
    bound: { ConnectionId: ['x'] },
    fromDefaults: [],
  },
  {
    name: 'defaults from disjoint sets are all dropped',
    command: c.getConnectionInformation,
    line: '',
    defaults: { ConnectionId: 'x', ModulePrefix: 'y' },
    set: 'Default',
    bound: {},
    fromDefaults: [],
  },
  {
    name: 'a default can select a set and is converted like any argument',
    command: c.getConnectionInformation,
    line: '',
    defaults: { ModulePrefix: 'Contoso' },
    set: 'ModulePrefix',
    bound: { ModulePrefix: ['Contoso'] },
    fromDefaults: ['ModulePrefix'],
  },
  {
    name: 'a default satisfies a mandatory parameter',
    command: c.setThing,
    line: '-Count 1',
    defaults: { Identity: 'box' },
    set: '__AllParameterSets',
    bound: { Count: 1, Identity: 'box' },
    fromDefaults: ['Identity'],
  },
  {
    name: 'a default that fails to bind becomes a warning',
    command: c.getConnectionInformation,
    line: '',
    defaults: { OutBuffer: 'abc' },
    set: 'Default',
    bound: {},
    fromDefaults: [],
    warnings: [
      "The binding of default value 'abc' to parameter 'OutBuffer' failed: Cannot bind parameter 'OutBuffer'. Cannot convert value \"abc\" to type \"System.Int32\". Error: \"The input string 'abc' was not in a correct format.\"",
    ],
  },
];

it.each(cases.map((k) => [k.name, k] as const))('%s', (_n, k) => {
  const state = bindCommandLine(compileCommand(k.command), commandLine(k.line), {
    converter: defaultConverter,
    defaultParameterValues: Object.entries(k.defaults),
  });
  expect(state.parameterSetName).toBe(k.set);
  expect(Object.fromEntries(state.boundParameters)).toEqual(k.bound);
  expect(state.boundDefaultParameters).toEqual(k.fromDefaults);
  expect(state.warnings).toEqual(k.warnings ?? []);
});
