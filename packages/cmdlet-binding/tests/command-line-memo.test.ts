// Command-line binding at one call site, again and again: the remembered bind gives what the full phases give.
import { describe, expect, it } from 'vitest';
import {
  bindCommandLine,
  compileCommand,
  defaultConverter,
  ParameterBindingException,
  type CommandArgument,
  type CommandMetadata,
} from '../src/index.js';

/** `function f { [CmdletBinding(DefaultParameterSetName='A')] param([Parameter(Mandatory, Position=0)]$x,
 *  [Parameter(ParameterSetName='B', Position=1)]$y) }` */
const f: CommandMetadata = {
  name: 'f',
  commandType: 'Function',
  defaultParameterSetName: 'A',
  parameters: [
    { name: 'x', type: 'object', parameterSets: { __AllParameterSets: { mandatory: true, position: 0 } } },
    { name: 'y', type: 'object', parameterSets: { B: { position: 1 } } },
  ],
};

const values = (...vs: unknown[]): CommandArgument[] => vs.map((value) => ({ kind: 'argument', value }));

function bindOrError(args: CommandArgument[], expectingInput = false) {
  try {
    const s = bindCommandLine(compileCommand(f), args, { converter: defaultConverter, expectingInput });
    return { set: s.parameterSetName, bound: [...s.boundParameters], common: s.commonParameters };
  } catch (e) {
    if (e instanceof ParameterBindingException) return { errorId: e.errorId };
    throw e;
  }
}

describe('command-line memo', () => {
  it('binds each call of the same shape as the full phases do', () => {
    const compiled = compileCommand(f);
    const bind = (args: CommandArgument[]) => {
      try {
        const s = bindCommandLine(compiled, args, { converter: defaultConverter });
        return { set: s.parameterSetName, bound: [...s.boundParameters], common: s.commonParameters };
      } catch (e) {
        if (e instanceof ParameterBindingException) return { errorId: e.errorId };
        throw e;
      }
    };
    // Each case against a fresh compile (no memo yet) of the same command.
    const calls = [
      values(1),
      values('a'),
      values(null),
      values(''),
      values([1, 2]),
      values({ k: 1 }),
      values(1, 10),
      values(2, 20),
      values(3, null),
      values(4),
      values(1, 2, 3),
    ];
    for (const args of calls) expect(bind(args)).toEqual(bindOrError(args));
    expect(bind(values(5, 50))).toEqual({
      set: 'B',
      bound: [
        ['x', 5],
        ['y', 50],
      ],
      common: {},
    });
    expect(bind(values(null))).toEqual({ errorId: 'ParameterArgumentValidationErrorNullNotAllowed' });
  });

  it("binds a simple function's call again as the full phases do ($args left empty or filled)", () => {
    const g: CommandMetadata = {
      name: 'g',
      commandType: 'Function',
      cmdletBinding: false,
      parameters: [
        { name: 'a', type: 'object', parameterSets: { __AllParameterSets: { position: 0 } } },
        { name: 'b', type: 'object', parameterSets: { __AllParameterSets: { position: 1 } } },
      ],
    };
    const compiled = compileCommand(g);
    const shape = (args: CommandArgument[], c = compiled) => {
      const s = bindCommandLine(c, args, { converter: defaultConverter });
      return { bound: [...s.boundParameters], unbound: s.unboundArguments };
    };
    for (const args of [
      values(1),
      values(2),
      values(1, 2),
      values(3, 4),
      values(5, 6, 7),
      values(8, 9, 10),
      values(null),
    ])
      expect(shape(args)).toEqual(shape(args, compileCommand(g)));
  });

  it('keeps pipeline-expected binds apart from the others', () => {
    const compiled = compileCommand(f);
    const run = (expectingInput: boolean) =>
      bindCommandLine(compiled, values(7), { converter: defaultConverter, expectingInput }).parameterSetName;
    expect([run(false), run(true), run(false), run(true)]).toEqual([
      bindOrError(values(7), false).set,
      bindOrError(values(7), true).set,
      bindOrError(values(7), false).set,
      bindOrError(values(7), true).set,
    ]);
  });
});
