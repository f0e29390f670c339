// Module specifications at parse time: `#requires -Modules` (tokenizer.cs) and `using module` (SymbolResolver.cs).
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { UsingModuleRequest } from '../src/index.js';

const errorsOf = (source: string): [string, string][] =>
  parse(source).errors.map((e) => [e.errorId, e.extent.text]);

const castPrefix =
  'The argument for the Module parameter is not valid. Cannot convert value "System.Collections.Hashtable" to type "Microsoft.PowerShell.Commands.ModuleSpecification". Error: ';

describe('#requires -Modules specifications', () => {
  it('accepts names and complete hashtables', () => {
    expect(errorsOf('#requires -Modules A, @{ ModuleName = "B"; ModuleVersion = "1.0" }\n1')).toEqual([]);
    expect(errorsOf('#requires -Modules @{ ModuleName = "B"; RequiredVersion = "1.0.2" }\n1')).toEqual([]);
    expect(errorsOf('#requires -Modules @{ ModuleName = "B"; MaximumVersion = "2.0" }\n1')).toEqual([]);
  });

  it('reports the ModuleSpecification conversion failure on the argument', () => {
    const missingVersion = parse('#requires -Modules @{ ModuleName = "B" }\n1').errors;
    expect(missingVersion.map((e) => [e.errorId, e.extent.text])).toEqual([
      ['RequiresModuleInvalid', '@{ ModuleName = "B" }'],
    ]);
    expect(missingVersion[0]?.message).toBe(
      `${castPrefix}"The 'ModuleVersion', 'MaximumVersion' and 'RequiredVersion' members do not exist in the hashtable that describes this module. One of these three members must exist, and be assigned a version number in the format 'n.n.n.n'."`,
    );
    expect(parse('#requires -Modules @{ ModuleVersion = "1.0" }').errors[0]?.message).toBe(
      `${castPrefix}"The 'ModuleName' member does not exist in the hashtable that describes this module."`,
    );
    expect(
      parse(
        '#requires -Modules A, @{ ModuleName = "B"; ModuleVersion = "1.0"; RequiredVersion = "1.0" }',
      ).errors.map((e) => [e.extent.text, e.message]),
    ).toEqual([
      [
        'A, @{ ModuleName = "B"; ModuleVersion = "1.0"; RequiredVersion = "1.0" }',
        `${castPrefix}"The parameters ModuleVersion and RequiredVersion cannot be used together. Please specify only one parameter."`,
      ],
    ]);
    expect(parse('#requires -Modules @{ ModuleName = "B"; Version = "1.0" }').errors[0]?.message).toBe(
      `${castPrefix}"The hashtable describing a module contains one or more members that are not valid. The valid members are (ModuleName, ModuleVersion, RequiredVersion, GUID). Remove the members that are not valid ('Version'), then try again."`,
    );
  });
});

describe('using module', () => {
  // The module a test machine has: PowerShell asks Get-Module -ListAvailable; exosh asks the findUsingModule option.
  const findUsingModule = (request: UsingModuleRequest): boolean => {
    const name = 'name' in request ? request.name : request.specification.moduleName;
    if (name === 'Broken') throw new Error('The module manifest is not valid.');
    return name === 'FooWithManifest';
  };
  const idsOf = (source: string): string[] => parse(source, { findUsingModule }).errors.map((e) => e.errorId);

  // test/powershell/Language/Classes/scripting.Classes.using.tests.ps1 (v7.4.19), Context 'parse time errors'.
  it.each([
    ['using module ThisModuleDoesntExist', ['ModuleNotFoundDuringParse']],
    ["using module @{ Foo = 'Foo' }", ['RequiresModuleInvalid']],
    ['using module fo*', ['WildCardModuleNameError']],
    ['using module C:\\fo*', ['WildCardModuleNameError']],
    ["using module @{ModuleName = 'Fo*'; RequiredVersion = '1.0'}", ['WildCardModuleNameError']],
    ['using module ,FooWithManifest', ['MissingUsingItemName']],
    ['using module ', ['MissingUsingItemName']],
    ["using module @{ModuleName = 'FooWithManifest'; RequiredVersion = 1. }", ['RequiresModuleInvalid']],
    [
      "using module @{ModuleName = 'FooWithManifest'; FooWithManifest = 1.",
      ['MissingEndCurlyBrace', 'RequiresModuleInvalid'],
    ],
    ['using module', ['MissingUsingItemName']],
    ['using module; $testvar=1', ['MissingUsingItemName']],
    ['using module )', ['InvalidValueForUsingItemName']],
    ['using module 123', ['InvalidValueForUsingItemName']],
  ])('%s', (source, ids) => {
    expect(idsOf(source)).toEqual(ids);
  });

  it('reports on the whole statement, with the module text', () => {
    const [e] = parse('using module Missing\n1', { findUsingModule }).errors;
    expect([e?.errorId, e?.extent.text, e?.message]).toEqual([
      'ModuleNotFoundDuringParse',
      'using module Missing',
      "Could not find the module 'Missing'.",
    ]);
    const spec = "@{ ModuleName = 'Missing'; ModuleVersion = '1.0' }";
    expect(parse(`using module ${spec}`, { findUsingModule }).errors[0]?.message).toBe(
      `Could not find the module '${spec}'.`,
    );
    expect(parse("using module @{ Foo = 'Foo' }").errors[0]?.message).toBe(
      "The argument for the Module parameter is not valid. The hashtable describing a module contains one or more members that are not valid. The valid members are (ModuleName, ModuleVersion, RequiredVersion, GUID). Remove the members that are not valid ('Foo'), then try again.",
    );
  });

  it('passes what to look up, and turns a lookup failure into RequiresModuleInvalid', () => {
    const requests: UsingModuleRequest[] = [];
    parse("using module ./Mod.psm1\nusing module @{ ModuleName = 'M'; RequiredVersion = '2.0' }", {
      fileName: '/scripts/main.ps1',
      findUsingModule: (r) => {
        requests.push(r);
        return true;
      },
    });
    expect(requests).toEqual([
      { name: './Mod.psm1', fileName: '/scripts/main.ps1' },
      {
        specification: {
          moduleName: 'M',
          moduleVersion: null,
          requiredVersion: '2.0',
          maximumVersion: null,
          guid: null,
        },
        fileName: '/scripts/main.ps1',
      },
    ]);
    expect(
      parse('using module Broken', { findUsingModule }).errors.map((e) => [e.errorId, e.message]),
    ).toEqual([
      [
        'RequiresModuleInvalid',
        'The argument for the Module parameter is not valid. The module manifest is not valid.',
      ],
    ]);
  });

  it('looks nothing up without the option', () => {
    expect(errorsOf('using module Anything')).toEqual([]);
    expect(errorsOf('using module @{ ModuleName = $name; ModuleVersion = "1.0" }')).toEqual([
      ['RequiresArgumentMustBeConstant', 'using module @{ ModuleName = $name; ModuleVersion = "1.0" }'],
    ]);
  });
});
