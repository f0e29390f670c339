// Pipeline binding per input object: the four passes, set re-validation, defaults restored between objects.
import { describe, expect, it } from 'vitest';
import {
  bindCommandLine,
  bindPipelineObject,
  compileCommand,
  defaultConverter,
  type CommandMetadata,
  type PropertyGetter,
} from '../src/index.js';
import * as c from './support/commands.js';
import { commandLine } from './support/command-line.js';

const getProperty: PropertyGetter = (input, name) => {
  if (typeof input === 'string' && name.toLowerCase() === 'length') return { value: input.length };
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const key = Object.keys(input).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) return { value: (input as Record<string, unknown>)[key] };
  }
  return undefined;
};

interface PipelineCase {
  readonly name: string;
  readonly command: CommandMetadata;
  readonly line: string;
  readonly input: readonly unknown[];
  /** Per input object: the bound parameters after binding it, or the non-terminating error id. */
  readonly expect: readonly (
    Readonly<Record<string, unknown>> | { readonly errorId: string; readonly message?: string }
  )[];
  readonly sets?: readonly string[];
}

/** Disconnect-ExchangeOnline (exo-protocol.md §2.3): ConnectionId takes pipeline input by property name. */
const disconnectExchangeOnline: CommandMetadata = {
  name: 'Disconnect-ExchangeOnline',
  commandType: 'Function',
  defaultParameterSetName: 'DefaultParameterSet',
  supportsShouldProcess: true,
  confirmImpact: 'High',
  parameters: [
    {
      name: 'ConnectionId',
      type: 'string[]',
      parameterSets: { ConnectionId: { mandatory: true, valueFromPipelineByPropertyName: true } },
    },
    { name: 'ModulePrefix', type: 'string[]', parameterSets: { ModulePrefix: { mandatory: true } } },
  ],
};

// The four scenarios documented in CmdletParameterBinderController.GetMissingMandatoryParameters
// (pipe `Get-Date` into Get-Cmdlet and print $PSCmdlet.ParameterSetName).
const scenario1: CommandMetadata = {
  name: 'Get-Cmdlet',
  commandType: 'Function',
  parameters: [
    {
      name: 'Date',
      type: 'datetime',
      parameterSets: { __AllParameterSets: { mandatory: true, valueFromPipeline: true } },
    },
    { name: 'ComputerName', type: 'object', parameterSets: { computer: {}, session: {} } },
    {
      name: 'TimeSpan',
      type: 'timespan',
      parameterSets: { session: { mandatory: true, valueFromPipeline: true } },
    },
  ],
};
const scenario2: CommandMetadata = {
  ...scenario1,
  defaultParameterSetName: 'computer',
  parameters: [{ name: 'NewName', type: 'object', parameterSets: { new: {} } }, ...scenario1.parameters],
};
const scenario3: CommandMetadata = {
  name: 'Get-Cmdlet',
  commandType: 'Function',
  parameters: [
    {
      name: 'network',
      type: 'timespan',
      parameterSets: { network: { mandatory: true, valueFromPipeline: true } },
    },
    {
      name: 'ComputerName',
      type: 'string[]',
      parameterSets: { computer: { valueFromPipelineByPropertyName: true } },
    },
    { name: 'DisableComputer', type: 'switch', parameterSets: { computer: { mandatory: true } } },
    { name: 'Date', type: 'datetime', parameterSets: { session: { valueFromPipeline: true } } },
  ],
};
const scenario4: CommandMetadata = {
  name: 'Get-Cmdlet',
  commandType: 'Function',
  defaultParameterSetName: 'server',
  parameters: [
    {
      name: 'network',
      type: 'timespan',
      parameterSets: { network: { mandatory: true, valueFromPipeline: true } },
    },
    {
      name: 'ComputerName',
      type: 'string[]',
      parameterSets: { computer: { valueFromPipelineByPropertyName: true } },
    },
    { name: 'DisableComputer', type: 'switch', parameterSets: { computer: { mandatory: true } } },
    { name: 'Param', type: 'string', parameterSets: { session: {}, server: {} } },
    { name: 'Date', type: 'datetime', parameterSets: { __AllParameterSets: { valueFromPipeline: true } } },
  ],
};
const now = new Date(Date.UTC(2026, 10, 26));

/** A mandatory [object] ByValue parameter in two sets (the binder's steady-state case, pipeline-memo.ts). */
const objectPipe: CommandMetadata = {
  name: 'Test-ObjectPipe',
  commandType: 'Function',
  defaultParameterSetName: 'ByName',
  parameters: [
    {
      name: 'InputObject',
      type: 'object',
      parameterSets: { __AllParameterSets: { mandatory: true, valueFromPipeline: true } },
    },
    { name: 'Name', type: 'string', parameterSets: { ByName: {} } },
    { name: 'Id', type: 'int', parameterSets: { ById: { mandatory: true } } },
  ],
};

const cases: readonly PipelineCase[] = [
  {
    name: 'scenario 1: Get-Date | Get-Cmdlet -> computer',
    command: scenario1,
    line: '',
    input: [now],
    expect: [{ Date: now }],
    sets: ['computer'],
  },
  {
    name: 'scenario 2: Get-Date | Get-Cmdlet -> computer',
    command: scenario2,
    line: '',
    input: [now],
    expect: [{ Date: now }],
    sets: ['computer'],
  },
  {
    name: 'scenario 3: Get-Date | Get-Cmdlet -> session',
    command: scenario3,
    line: '',
    input: [now],
    expect: [{ Date: now }],
    sets: ['session'],
  },
  {
    name: 'scenario 4: Get-Date | Get-Cmdlet -> server',
    command: scenario4,
    line: '',
    input: [now],
    expect: [{ Date: now }],
    sets: ['server'],
  },
  {
    name: 'Get-ConnectionInformation | Disconnect-ExchangeOnline -Confirm:$false binds ConnectionId per object',
    command: disconnectExchangeOnline,
    line: '-Confirm:$false',
    input: [
      { ConnectionId: 'a1', State: 'Connected' },
      { ConnectionId: 'b2', State: 'Connected' },
    ],
    expect: [
      { Confirm: false, ConnectionId: ['a1'] },
      { Confirm: false, ConnectionId: ['b2'] },
    ],
    sets: ['ConnectionId', 'ConnectionId'],
  },
  {
    name: "'0123' | f binds Parameter1 by value before Length by property (test-bindingorder2)",
    command: c.testBindingOrder2,
    line: '',
    input: ['0123'],
    expect: [{ Parameter1: '0123' }],
    sets: ['one'],
  },
  {
    name: "'abc' | f binds Length = 3 by property name; Parameter1 fails silently",
    command: c.pipelineIntAndLength,
    line: '',
    input: ['abc'],
    expect: [{ Length: 3 }],
  },
  {
    name: '1..4 | f with ValueFromPipeline',
    command: c.valueFromPipeline,
    line: '',
    input: [1, 2, 3, 4],
    expect: [{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }],
  },
  {
    name: 'select @{name=foo} | f binds by property name',
    command: c.valueFromPipelineByPropertyName,
    line: '',
    input: [{ foo: 10 }, { foo: 20 }],
    expect: [{ foo: 10 }, { foo: 20 }],
  },
  {
    name: 'an object without the property is InputObjectNotBound',
    command: c.valueFromPipelineByPropertyName,
    line: '',
    input: [{ bar: 1 }, { foo: 2 }],
    expect: [
      {
        errorId: 'InputObjectNotBound',
        message:
          'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
      },
      { foo: 2 },
    ],
  },
  {
    name: '42 | f with an unspecified non-mandatory bool',
    command: c.mandatoryPipelineWithBool,
    line: '',
    input: [42],
    expect: [{ a: 42 }],
  },
  {
    name: 'command-line values stay while pipeline values are replaced per object',
    command: c.writeError,
    line: '-Category x',
    input: ['one', 'two'],
    expect: [
      { Category: 'x', Message: 'one' },
      { Category: 'x', Message: 'two' },
    ],
    sets: ['NoException', 'NoException'],
  },
  {
    name: 'Get-Alias by property Name',
    command: c.getAlias,
    line: '',
    input: [{ Name: 'gci' }],
    expect: [{ Name: ['gci'] }],
  },
  {
    name: 'Measure-Lines -All with a path from the pipeline picks PathAll',
    command: c.measureLines,
    line: '-All',
    input: ['file.txt', { LiteralPath: 'x.txt' }],
    expect: [
      { All: true, Path: ['file.txt'] },
      { All: true, LiteralPath: ['x.txt'] },
    ],
    sets: ['PathAll', 'LiteralPathAll'],
  },
  {
    name: 'a validation failure is reported for that object only',
    command: {
      name: 'Test-Pipe',
      commandType: 'Function',
      parameters: [
        {
          name: 'N',
          type: 'int',
          validation: [{ kind: 'ValidateRange', min: 1, max: 5 }],
          parameterSets: { __AllParameterSets: { valueFromPipeline: true } },
        },
      ],
    },
    line: '',
    input: [3, 9, 4],
    expect: [{ N: 3 }, { errorId: 'ParameterArgumentValidationError' }, { N: 4 }],
  },
  {
    name: 'mandatory pipeline parameter not satisfied: InputObjectMissingMandatory',
    command: {
      name: 'Test-Pipe2',
      commandType: 'Function',
      parameters: [
        {
          name: 'A',
          type: 'string',
          parameterSets: { __AllParameterSets: { mandatory: true, valueFromPipelineByPropertyName: true } },
        },
        {
          name: 'B',
          type: 'string',
          parameterSets: { __AllParameterSets: { mandatory: true, valueFromPipelineByPropertyName: true } },
        },
      ],
    },
    line: '',
    input: [{ A: 'x' }, { A: 'x', B: 'y' }],
    expect: [{ errorId: 'InputObjectMissingMandatory' }, { A: 'x', B: 'y' }],
  },
  {
    name: 'an [object] ByValue parameter: each object is checked again (null, empty list, empty string fail)',
    command: objectPipe,
    line: '-Id 3',
    input: ['a', null, 'b', [], 'c', '', { x: 1 }, [1, 2], 7],
    expect: [
      { Id: 3, InputObject: 'a' },
      { errorId: 'ParameterArgumentValidationErrorNullNotAllowed' },
      { Id: 3, InputObject: 'b' },
      { errorId: 'ParameterArgumentValidationErrorEmptyArrayNotAllowed' },
      { Id: 3, InputObject: 'c' },
      { errorId: 'ParameterArgumentValidationErrorEmptyStringNotAllowed' },
      { Id: 3, InputObject: { x: 1 } },
      { Id: 3, InputObject: [1, 2] },
      { Id: 3, InputObject: 7 },
    ],
    sets: ['ById', '', 'ById', '', 'ById', '', 'ById', 'ById', 'ById'],
  },
];

describe('pipeline binding', () => {
  it.each(cases.map((k) => [k.name, k] as const))('%s', (_n, k) => {
    const state = bindCommandLine(compileCommand(k.command), commandLine(k.line), {
      converter: defaultConverter,
      expectingInput: true,
    });
    k.input.forEach((input, i) => {
      const result = bindPipelineObject(state, input, getProperty);
      const want = k.expect[i];
      if (want && 'errorId' in want && typeof want.errorId === 'string') {
        expect(result.bound).toBe(false);
        expect(result.error?.errorId).toBe(want.errorId);
        if (typeof want.message === 'string') expect(result.error?.message).toBe(want.message);
        return;
      }
      expect(result.error).toBeUndefined();
      expect(Object.fromEntries(state.boundParameters)).toEqual(want);
      if (k.sets) expect(state.parameterSetName).toBe(k.sets[i]);
    });
  });

  it('keeps the pipeline parameter after the command-line ones, object after object', () => {
    const state = bindCommandLine(compileCommand(objectPipe), commandLine('-Name n'), {
      converter: defaultConverter,
      expectingInput: true,
    });
    for (const input of ['x', 2, null, { y: 1 }]) bindPipelineObject(state, input, getProperty);
    expect([...state.boundParameters]).toEqual([
      ['Name', 'n'],
      ['InputObject', { y: 1 }],
    ]);
    expect(state.parameterSetName).toBe('ByName');
    expect([...state.boundFromPipeline]).toEqual(['InputObject']);
  });

  it('records which parameters came from the pipeline', () => {
    const state = bindCommandLine(compileCommand(c.writeError), commandLine('-Category x'), {
      converter: defaultConverter,
      expectingInput: true,
    });
    bindPipelineObject(state, 'm', getProperty);
    expect([...state.boundFromPipeline]).toEqual(['Message']);
  });
});
