// Mandatory prompting through the host callback, and the static binder used by completion and help.
import { describe, expect, it } from 'vitest';
import type { ParameterBindingException } from '../src/index.js';
import {
  bindCommandLine,
  bindCommandLineAsync,
  compileCommand,
  defaultConverter,
  staticBind,
  type MandatoryPromptRequest,
} from '../src/index.js';
import * as c from './support/commands.js';
import { commandLine } from './support/command-line.js';

describe('mandatory prompt', () => {
  it('asks the host with PowerShell caption and message, then binds the answers with coercion', () => {
    const requests: MandatoryPromptRequest[] = [];
    const state = bindCommandLine(compileCommand(c.setThing), commandLine('-Count 2'), {
      converter: defaultConverter,
      interactive: true,
      promptForMandatory: (r) => {
        requests.push(r);
        return { Identity: 42 };
      },
    });
    expect(requests).toEqual([
      {
        caption: 'cmdlet Set-Thing at command pipeline position 1',
        message: 'Supply values for the following parameters:',
        fields: [{ name: 'Identity', type: 'string', isArray: false, helpMessage: undefined }],
      },
    ]);
    expect(Object.fromEntries(state.boundParameters)).toEqual({ Count: 2, Identity: '42' });
    expect(state.prompted).toEqual(['Identity']);
  });

  it('a cancelled prompt is MissingMandatoryParameter', () => {
    expect(() =>
      bindCommandLine(compileCommand(c.mandatoryA), [], {
        converter: defaultConverter,
        interactive: true,
        promptForMandatory: () => undefined,
      }),
    ).toThrow('Cannot process command because of one or more missing mandatory parameters: a.');
  });

  it('an asynchronous prompt works through bindCommandLineAsync', async () => {
    const state = await bindCommandLineAsync(compileCommand(c.mandatoryA), [], {
      converter: defaultConverter,
      interactive: true,
      promptForMandatory: async () => ({ a: 'typed' }),
    });
    expect(state.boundParameters.get('a')).toBe('typed');
  });

  it('non-interactive never calls the prompt', () => {
    let called = false;
    let caught: unknown;
    try {
      bindCommandLine(compileCommand(c.mandatoryA), [], {
        converter: defaultConverter,
        interactive: false,
        promptForMandatory: () => {
          called = true;
          return {};
        },
      });
    } catch (e) {
      caught = e;
    }
    expect(called).toBe(false);
    expect((caught as ParameterBindingException).fullyQualifiedErrorId).toBe(
      'MissingMandatoryParameter,get-foo',
    );
  });
});

describe('static binder', () => {
  const gci = compileCommand(c.getConnectionInformation);

  it('nothing typed: every set and every parameter is possible', () => {
    const r = staticBind(gci, []);
    expect(r.possibleSets).toEqual(['Default', 'ConnectionId', 'ModulePrefix']);
    expect(r.nextParameters.slice(0, 3)).toEqual(['ConnectionId', 'ModulePrefix', 'Verbose']);
    expect(r.nextPositional).toBeUndefined();
  });

  it('after -ModulePrefix x only its set remains and ConnectionId is no longer offered', () => {
    const r = staticBind(gci, commandLine('-ModulePrefix x'));
    expect(r.possibleSets).toEqual(['ModulePrefix']);
    expect(r.nextParameters).not.toContain('ConnectionId');
    expect(r.nextParameters).not.toContain('ModulePrefix');
    expect(r.nextParameters).toContain('ErrorAction');
  });

  it('a trailing parameter waits for its value; prefixes resolve', () => {
    expect(staticBind(gci, commandLine('-Mod')).awaitingValueFor).toBe('ModulePrefix');
    expect(staticBind(gci, commandLine('-Verbose')).awaitingValueFor).toBeUndefined();
  });

  it('reports unknown and ambiguous names without throwing', () => {
    const r = staticBind(gci, commandLine('-Foo -O'));
    expect(r.unknown).toEqual(['Foo']);
    expect(r.ambiguous.get('O')).toEqual(['OutVariable', 'OutBuffer']);
  });

  it('says which parameter the next bare argument binds to', () => {
    const verb = compileCommand(c.getVerb);
    expect(staticBind(verb, []).nextPositional).toEqual({ parameter: 'Verb', position: 0 });
    expect(staticBind(verb, commandLine('Get')).nextPositional).toEqual({ parameter: 'Group', position: 1 });
    expect(staticBind(verb, commandLine('-Verb Get')).nextPositional).toEqual({
      parameter: 'Group',
      position: 1,
    });
  });

  it('prefers the default set for a shared position', () => {
    expect(staticBind(compileCommand(c.numberOrText), []).nextPositional).toEqual({
      parameter: 'Number',
      position: 0,
    });
    const r = staticBind(compileCommand(c.numberOrText), commandLine('-Text x'));
    expect(r.possibleSets).toEqual(['B']);
    expect(r.nextPositional).toBeUndefined();
  });

  // engine/ParameterBinding/StaticParameterBinder.Tests.ps1
  const getChildItem = compileCommand({
    name: 'Get-ChildItem',
    commandType: 'Cmdlet',
    defaultParameterSetName: 'Items',
    parameters: [
      { name: 'Path', type: 'string[]', parameterSets: { Items: { position: 0, valueFromPipeline: true } } },
      {
        name: 'LiteralPath',
        type: 'string[]',
        aliases: ['PSPath', 'LP'],
        parameterSets: { LiteralItems: { mandatory: true } },
      },
      { name: 'Filter', type: 'string', parameterSets: { __AllParameterSets: { position: 1 } } },
      { name: 'Recurse', type: 'switch', aliases: ['s', 'r'] },
      { name: 'Force', type: 'switch' },
      { name: 'Name', type: 'switch' },
      { name: 'File', type: 'switch' },
      { name: 'FollowSymlink', type: 'switch' },
    ],
  });
  const getAlias = compileCommand(c.getAlias);
  const staticCases = [
    {
      source: 'Get-Alias abc',
      command: getAlias,
      line: 'abc',
      bound: ['Name'],
      unknown: [],
      ambiguous: [],
      extra: [],
    },
    {
      source: 'Get-Alias -Path abc',
      command: getAlias,
      line: '-Path abc',
      bound: [],
      unknown: ['Path'],
      ambiguous: [],
      extra: [],
    },
    {
      source: 'Get-Alias -Path -Name:abc',
      command: getAlias,
      line: '-Path -Name:abc',
      bound: ['Name'],
      unknown: ['Path'],
      ambiguous: [],
      extra: [],
    },
    {
      source: 'Get-Alias -Name -abc',
      command: getAlias,
      line: '-Name -abc',
      bound: ['Name'],
      unknown: [],
      ambiguous: [],
      extra: [],
    },
    {
      source: 'Get-Alias aa bb',
      command: getAlias,
      line: 'aa bb',
      bound: ['Name'],
      unknown: [],
      ambiguous: [],
      extra: ['bb'],
    },
    {
      source: 'Get-Alias aa,bb,cc',
      command: getAlias,
      line: 'aa,bb,cc',
      bound: ['Name'],
      unknown: [],
      ambiguous: [],
      extra: [],
    },
    {
      source: 'Get-ChildItem -Name abc -rec',
      command: getChildItem,
      line: '-Name abc -rec',
      bound: ['Name', 'Path', 'Recurse'],
      unknown: [],
      ambiguous: [],
      extra: [],
    },
    {
      source: 'Get-ChildItem -Name -f',
      command: getChildItem,
      line: '-Name -f',
      bound: ['Name'],
      unknown: [],
      ambiguous: ['f'],
      extra: [],
    },
    {
      source: 'Get-ChildItem -Path -f',
      command: getChildItem,
      line: '-Path -f',
      bound: [],
      unknown: [],
      ambiguous: ['f'],
      extra: [],
    },
  ];
  it.each(staticCases.map((k) => [k.source, k] as const))('%s', (_s, k) => {
    const r = staticBind(k.command, commandLine(k.line));
    expect([...r.bound.keys()]).toEqual(k.bound);
    expect(r.unknown).toEqual(k.unknown);
    expect([...r.ambiguous.keys()]).toEqual(k.ambiguous);
    expect(r.unboundPositional).toEqual(k.extra);
  });

  it('-f on Get-ChildItem lists every own candidate', () => {
    expect(staticBind(getChildItem, commandLine('-f')).ambiguous.get('f')).toEqual([
      'Filter',
      'Force',
      'File',
      'FollowSymlink',
    ]);
  });
});
