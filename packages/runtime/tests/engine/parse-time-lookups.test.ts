// What a runspace answers when the parser asks at parse time: `using module` (Get-Module -ListAvailable) and the types
// named in classes (its type registry), through parseOptionsFor.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from '@exosh/language';
import { createRunspace } from '../../src/index.js';
import { parseOptionsFor } from '../../src/engine/parse-options.js';

const fixtures = path.join(import.meta.dirname, '..', 'samples', 'modules', 'fixtures');
const savedModulePath = process.env['PSModulePath'];

afterEach(() => {
  if (savedModulePath === undefined) delete process.env['PSModulePath'];
  else process.env['PSModulePath'] = savedModulePath;
});

/** The parse errors of `source` parsed as this runspace parses code it runs. */
function parseErrors(source: string, fileName?: string): [string, string][] {
  const rs = createRunspace({ workingDirectory: '/' });
  return parse(source, parseOptionsFor(rs.context, fileName)).errors.map((e) => [e.errorId, e.message]);
}

describe('using module at parse time', () => {
  it('finds a module path relative to the script, else relative to the current location', () => {
    const script = path.join(fixtures, 'script.ps1');
    expect(parseErrors('using module ./Tools/Tools.psm1', script)).toEqual([]);
    expect(parseErrors('using module ./Tools', script)).toEqual([]);
    // A version folder is named for its parent; a .ps1 is no module file for Get-Module -ListAvailable.
    expect(parseErrors('using module ./Greet/2.1.0', script)).toEqual([]);
    expect(parseErrors('using module ../exported-dictionaries.ps1', script).map(([id]) => id)).toEqual([
      'ModuleNotFoundDuringParse',
    ]);
    expect(parseErrors('using module ./Tools/Missing.psm1', script)).toEqual([
      ['ModuleNotFoundDuringParse', "Could not find the module './Tools/Missing.psm1'."],
    ]);
    expect(parseErrors('using module ./Tools/Tools.psm1')).toEqual([
      ['ModuleNotFoundDuringParse', "Could not find the module './Tools/Tools.psm1'."],
    ]);
  });

  it('finds a module by name under PSModulePath within the version bounds, and the built-in modules', () => {
    process.env['PSModulePath'] = fixtures;
    expect(parseErrors('using module Greet')).toEqual([]);
    expect(parseErrors("using module @{ ModuleName = 'Greet'; RequiredVersion = '1.0.0' }")).toEqual([]);
    expect(
      parseErrors("using module @{ ModuleName = 'Greet'; ModuleVersion = '3.0' }").map(([id]) => id),
    ).toEqual(['ModuleNotFoundDuringParse']);
    expect(parseErrors('using module Microsoft.PowerShell.Utility')).toEqual([]);
    expect(parseErrors('using module NoSuchModuleAnywhere').map(([id]) => id)).toEqual([
      'ModuleNotFoundDuringParse',
    ]);
  });
});

describe('types named in classes at parse time', () => {
  it('resolves accelerators, full names, generics, using namespaces and the attribute types', () => {
    expect(
      parseErrors(
        [
          'using namespace System.Collections.Generic',
          '[Flags()] enum Access { Read = 1 }',
          '[NoRunspaceAffinity()] class C {',
          '  [string]$s; [hashtable]$h; [List[string]]$l; [System.Collections.Generic.Dictionary[string,int]]$d',
          '  [Parameter(Mandatory)][ValidateSet("a")][string[]]$p; [Access]$a',
          '  [void] Run() { $x = [System.Math]::Abs(-1); try { } catch [System.IO.IOException] { } }',
          '}',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('reports what the runspace cannot resolve', () => {
    expect(parseErrors('class A : NoSuchBase { [NoSuchType]$x }')).toEqual([
      ['TypeNotFound', 'Unable to find type [NoSuchBase].'],
      ['TypeNotFound', 'Unable to find type [NoSuchType].'],
    ]);
    expect(parseErrors('[NoSuchAttribute()] class A {}').map(([id]) => id)).toEqual([
      'CustomAttributeTypeNotFound',
    ]);
  });

  it('stops a -Command text and a script file before anything runs', () => {
    const rs = createRunspace({ workingDirectory: fixtures });
    const typed = rs.invokeSync("'ran'\nclass A : NoSuchBase {}");
    expect(typed.output).toEqual([]);
    expect(typed.errors.map((e) => [e.fullyQualifiedErrorId, e.exception.message])).toEqual([
      ['TypeNotFound', 'Unable to find type [NoSuchBase].'],
    ]);
    const file = path.join(fixtures, 'script.ps1');
    const run = rs.invokeSync("using module ./Tools/Missing.psm1\n'ran'", { file: { name: file, args: [] } });
    expect(run.output).toEqual([]);
    expect(run.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['ModuleNotFoundDuringParse']);
  });
});
