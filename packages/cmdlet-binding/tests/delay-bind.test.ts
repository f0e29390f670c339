// Delay-bind script blocks: `Get-Item x | Rename-Item -NewName { ... }` runs the block per input object.
import { describe, expect, it } from 'vitest';
import {
  bindCommandLine,
  bindPipelineObject,
  compileCommand,
  defaultConverter,
  type BindOptions,
  type CommandMetadata,
  type ParameterBindingException,
} from '../src/index.js';
import { arg } from '../src/index.js';

/** The test's stand-in for a ScriptBlock: a JS function of `$_`. */
class FakeScriptBlock {
  constructor(readonly run: (input: unknown) => unknown[]) {}
}

const renameItem: CommandMetadata = {
  name: 'Rename-Item',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.RenameItemCommand',
  parameters: [
    {
      name: 'Path',
      type: 'string',
      parameterSets: { __AllParameterSets: { position: 0, valueFromPipelineByPropertyName: true } },
    },
    {
      name: 'NewName',
      type: 'string',
      parameterSets: {
        __AllParameterSets: { mandatory: true, position: 1, valueFromPipelineByPropertyName: true },
      },
    },
    {
      name: 'Filter',
      type: 'scriptblock',
      parameterSets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
    },
  ],
};

const options = (expectingInput: boolean): BindOptions => ({
  converter: defaultConverter,
  expectingInput,
  delayBind: {
    isScriptBlock: (v) => v instanceof FakeScriptBlock,
    invoke: (sb, input) => (sb as FakeScriptBlock).run(input),
  },
});

const getProperty = (input: unknown, name: string) =>
  typeof input === 'object' && input !== null && name in input
    ? { value: (input as Record<string, unknown>)[name] }
    : undefined;

describe('delay-bind script blocks', () => {
  it('evaluates the block for each pipeline object and binds its output', () => {
    const block = new FakeScriptBlock((input) => [`${(input as { Path: string }).Path}.bak`]);
    const state = bindCommandLine(
      compileCommand(renameItem),
      [arg.parameter('NewName'), arg.value(block)],
      options(true),
    );
    expect(state.delayBound.has('NewName')).toBe(true);
    const seen: unknown[] = [];
    for (const item of [{ Path: 'a.txt' }, { Path: 'b.txt' }]) {
      expect(bindPipelineObject(state, item, getProperty)).toEqual({ bound: true });
      seen.push(Object.fromEntries(state.boundParameters));
    }
    expect(seen).toEqual([
      { NewName: 'a.txt.bak', Path: 'a.txt' },
      { NewName: 'b.txt.bak', Path: 'b.txt' },
    ]);
  });

  it('a positional block is delay-bound too', () => {
    const block = new FakeScriptBlock(() => ['x']);
    const state = bindCommandLine(
      compileCommand(renameItem),
      [arg.value('p'), arg.value(block)],
      options(true),
    );
    expect(state.delayBound.has('NewName')).toBe(true);
    bindPipelineObject(state, {}, getProperty);
    expect(Object.fromEntries(state.boundParameters)).toEqual({ Path: 'p', NewName: 'x' });
  });

  it('without pipeline input: ScriptBlockArgumentNoInput', () => {
    const block = new FakeScriptBlock(() => ['x']);
    let caught: unknown;
    try {
      bindCommandLine(
        compileCommand(renameItem),
        [arg.parameter('NewName'), arg.value(block)],
        options(false),
      );
    } catch (e) {
      caught = e;
    }
    const error = caught as ParameterBindingException;
    expect(error.fullyQualifiedErrorId).toBe(
      'ScriptBlockArgumentNoInput,Microsoft.PowerShell.Commands.RenameItemCommand',
    );
    expect(error.category).toBe('MetadataError');
    expect(error.message).toBe(
      "Cannot evaluate parameter 'NewName' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input.",
    );
  });

  it('a [scriptblock] parameter takes the block itself', () => {
    const block = new FakeScriptBlock(() => []);
    const state = bindCommandLine(
      compileCommand(renameItem),
      [arg.parameter('Filter'), arg.value(block), arg.parameter('NewName'), arg.value('n')],
      {
        ...options(false),
        converter: {
          ...defaultConverter,
          isInstanceOf: (v, t, c) =>
            t === 'scriptblock' ? v instanceof FakeScriptBlock : defaultConverter.isInstanceOf(v, t, c),
        },
      },
    );
    expect(state.boundParameters.get('Filter')).toBe(block);
    expect(state.delayBound.size).toBe(0);
  });

  it('a block with no output: ScriptBlockArgumentNoOutput for that object', () => {
    const block = new FakeScriptBlock(() => []);
    const state = bindCommandLine(
      compileCommand(renameItem),
      [arg.parameter('NewName'), arg.value(block)],
      options(true),
    );
    const result = bindPipelineObject(state, { Path: 'a' }, getProperty);
    expect(result.bound).toBe(false);
    expect(result.error?.message).toBe(
      "Cannot evaluate parameter 'NewName' because its argument input did not produce any output.",
    );
  });

  it('a failing block: ScriptBlockArgumentInvocationFailed with the inner message', () => {
    const block = new FakeScriptBlock(() => {
      throw new Error('boom');
    });
    const state = bindCommandLine(
      compileCommand(renameItem),
      [arg.parameter('NewName'), arg.value(block)],
      options(true),
    );
    const result = bindPipelineObject(state, { Path: 'a' }, getProperty);
    expect(result.error?.errorId).toBe('ScriptBlockArgumentInvocationFailed');
    expect(result.error?.message).toBe("The input to the script block for parameter 'NewName' failed. boom");
  });
});
