// CommandMetadata: schema validation of untrusted data and the metadata errors compileCommand raises.
import { describe, expect, it } from 'vitest';
import {
  CommandMetadataException,
  compileCommand,
  validateCommandMetadata,
  type CommandMetadata,
} from '../src/index.js';
import * as c from './support/commands.js';

describe('validateCommandMetadata', () => {
  it.each(
    Object.entries(c)
      .filter(([name]) => name !== 'testNameConflicts6')
      .map(([name, meta]) => [name, meta] as const),
  )('accepts the fixture %s', (_n, meta) => {
    expect(validateCommandMetadata(JSON.parse(JSON.stringify(meta)))).toEqual({
      valid: true,
      metadata: JSON.parse(JSON.stringify(meta)),
    });
  });

  const bad: readonly (readonly [string, unknown, string])[] = [
    ['not an object', 42, '(root): must be object'],
    [
      'missing parameters',
      { name: 'x', commandType: 'Cmdlet' },
      "(root): must have required property 'parameters'",
    ],
    [
      'unknown command type',
      { name: 'x', commandType: 'Alien', parameters: [] },
      '/commandType: must be one of "Cmdlet", "Function", "Filter", "ExternalScript"',
    ],
    [
      'unknown property',
      { name: 'x', commandType: 'Cmdlet', parameters: [], extra: 1 },
      "(root): unknown property 'extra'",
    ],
    [
      'parameter without type',
      { name: 'x', commandType: 'Cmdlet', parameters: [{ name: 'p' }] },
      "/parameters/0: must have required property 'type'",
    ],
    [
      'negative position',
      {
        name: 'x',
        commandType: 'Cmdlet',
        parameters: [{ name: 'p', type: 'string', parameterSets: { A: { position: -1 } } }],
      },
      '/parameters/0/parameterSets/A/position: must be >= 0',
    ],
    [
      'ValidateSet without values',
      {
        name: 'x',
        commandType: 'Cmdlet',
        parameters: [{ name: 'p', type: 'string', validation: [{ kind: 'ValidateSet' }] }],
      },
      "/parameters/0/validation/0: must have required property 'values'",
    ],
    [
      'an invalid ValidatePattern regex',
      {
        name: 'x',
        commandType: 'Cmdlet',
        parameters: [{ name: 'p', type: 'string', validation: [{ kind: 'ValidatePattern', pattern: '(' }] }],
      },
      "InvalidCommandMetadata: The metadata of command 'x' is not valid: parameter 'p': Invalid regular expression: /(/i: Unterminated group",
    ],
    [
      'a parameter name equal to another parameter alias (test-nameconflicts6)',
      c.testNameConflicts6,
      "ParameterNameConflictsWithAlias: The parameter 'Parameter2' cannot be specified because it conflicts with the parameter alias of the same name for parameter 'Parameter1'.",
    ],
    [
      'duplicate parameter names',
      {
        name: 'x',
        commandType: 'Cmdlet',
        parameters: [
          { name: 'p', type: 'string' },
          { name: 'P', type: 'int' },
        ],
      },
      "ParameterNameAlreadyExistsForCommand: A parameter with the name 'P' was defined multiple times for the command.",
    ],
    [
      'parameter name with a dash',
      { name: 'x', commandType: 'Cmdlet', parameters: [{ name: '-p', type: 'string' }] },
      '/parameters/0/name: must match pattern "^[^\\s:\\-][^\\s:]*$"',
    ],
  ];
  it.each(bad)('rejects %s with a readable error', (_n, data, message) => {
    const result = validateCommandMetadata(data);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.errors).toContain(message);
  });
});

describe('compileCommand metadata errors', () => {
  const cases: readonly (readonly [string, CommandMetadata, string, string])[] = [
    [
      'a parameter and an alias with the same name',
      c.testNameConflicts6,
      'ParameterNameConflictsWithAlias',
      "The parameter 'Parameter2' cannot be specified because it conflicts with the parameter alias of the same name for parameter 'Parameter1'.",
    ],
    [
      'a function declaring $Verbose',
      { name: 'f', commandType: 'Function', parameters: [{ name: 'Verbose', type: 'switch' }] },
      'ParameterNameAlreadyExistsForCommand',
      "A parameter with the name 'Verbose' was defined multiple times for the command.",
    ],
    [
      'an alias used twice',
      {
        name: 'f',
        commandType: 'Function',
        parameters: [
          { name: 'A', type: 'string', aliases: ['x'] },
          { name: 'B', type: 'string', aliases: ['x'] },
        ],
      },
      'AliasParameterNameAlreadyExistsForCommand',
      "The parameter alias cannot be specified because an alias with the name 'x' was already defined multiple times for the command.",
    ],
    [
      '33 parameter sets',
      {
        name: 'f',
        commandType: 'Function',
        parameters: Array.from({ length: 33 }, (_v, i) => ({
          name: `P${i}`,
          type: 'string',
          parameterSets: { [`S${i}`]: {} },
        })),
      },
      'ParsingTooManyParameterSets',
      'Cannot get or run the command. The maximum number of parameter sets for this command has been exceeded.',
    ],
  ];
  it.each(cases)('%s', (_n, meta, errorId, message) => {
    let caught: unknown;
    try {
      compileCommand(meta);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CommandMetadataException);
    expect((caught as CommandMetadataException).errorId).toBe(errorId);
    expect((caught as CommandMetadataException).message).toBe(message);
  });

  it('32 parameter sets are fine', () => {
    const meta: CommandMetadata = {
      name: 'f',
      commandType: 'Function',
      parameters: Array.from({ length: 32 }, (_v, i) => ({
        name: `P${i}`,
        type: 'string',
        parameterSets: { [`S${i}`]: {} },
      })),
    };
    expect(compileCommand(meta).setNames).toHaveLength(32);
  });
});
