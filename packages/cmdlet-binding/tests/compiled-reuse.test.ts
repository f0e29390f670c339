// One CompiledCommand serves many binds: no state leaks between them, cached prefixes answer the same.
import { expect, it } from 'vitest';
import {
  bindCommandLine,
  compileCommand,
  defaultConverter,
  ParameterBindingException,
} from '../src/index.js';
import { getConnectionInformation } from './support/commands.js';
import { commandLine } from './support/command-line.js';

const compiled = compileCommand(getConnectionInformation);
const bind = (line: string) => bindCommandLine(compiled, commandLine(line), { converter: defaultConverter });
const errorIdOf = (line: string): string | undefined => {
  try {
    bind(line);
    return undefined;
  } catch (e) {
    return e instanceof ParameterBindingException ? e.errorId : 'not a ParameterBindingException';
  }
};

it('binds the three seed examples in turn, each from a clean state', () => {
  const lines = ['-ModulePrefix Contoso,Fabrikam', '-ConnectionId x', '', '-Mod a', '-Mod b'];
  const seen = lines.map((l) => {
    const s = bind(l);
    return [s.parameterSetName, Object.fromEntries(s.boundParameters)];
  });
  expect(seen).toEqual([
    ['ModulePrefix', { ModulePrefix: ['Contoso', 'Fabrikam'] }],
    ['ConnectionId', { ConnectionId: ['x'] }],
    ['Default', {}],
    ['ModulePrefix', { ModulePrefix: ['a'] }],
    ['ModulePrefix', { ModulePrefix: ['b'] }],
  ]);
});

it('answers prefixes the same way the first and the second time', () => {
  expect([errorIdOf('-O x'), errorIdOf('-O x'), errorIdOf('-Zzz'), errorIdOf('-Zzz')]).toEqual([
    'AmbiguousParameter',
    'AmbiguousParameter',
    'NamedParameterNotFound',
    'NamedParameterNotFound',
  ]);
});
