// `#requires` of script files run with `&` and `.`: the cases of PowerShell's Requires.Tests.ps1 ("#requires -Modules":
// non-existent modules, an already loaded module, loading by name from $env:PSModulePath, loading by absolute path)
// and its "Version checks", with the messages of DiscoveryExceptions.resx.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

let root: string;
let moduleDir: string;
let modulePath: string;
let manifestPath: string;
const savedPath = process.env['PSModulePath'];

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'exosh-requires-'));
  moduleDir = path.join(root, 'modules');
  modulePath = path.join(moduleDir, 'Banana');
  manifestPath = path.join(modulePath, 'Banana.psd1');
  mkdirSync(modulePath, { recursive: true });
  writeFileSync(path.join(modulePath, 'Banana.psm1'), "function Test-RequiredModule { 'SUCCESS' }\n");
  writeFileSync(manifestPath, "@{ ModuleVersion = '0.12.1'; RootModule = 'Banana.psm1' }\n");
});

function restoreModulePath(): void {
  if (savedPath === undefined) delete process.env['PSModulePath'];
  else process.env['PSModulePath'] = savedPath;
}

// $env:PSModulePath is the process's: each test starts without the test module folder on it.
beforeEach(restoreModulePath);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  restoreModulePath();
});

/** Writes script.ps1 with `#requires -Modules <requirement>` and runs `& script.ps1` after `setup`. */
function runRequiring(requirement: string, setup = '') {
  const script = path.join(root, 'script.ps1');
  writeFileSync(script, `#requires -Modules ${requirement}\n\nTest-RequiredModule\n`);
  const rs = createRunspace({ workingDirectory: root });
  return rs.invokeSync(`${setup}\n& '${script}'`);
}

describe('#requires -Modules', () => {
  const bad = () => path.join(root, 'ModuleThatDoesNotExist');
  const missing: [string, () => string, () => string][] = [
    ['module name', () => 'ModuleThatDoesNotExist', () => 'ModuleThatDoesNotExist'],
    ['module path', () => `'${bad()}'`, bad],
    [
      'module name and version',
      () => "@{ ModuleName = 'ModuleThatDoesNotExist'; ModuleVersion = '1.0' }",
      () => 'ModuleThatDoesNotExist',
    ],
    [
      'module name and required version',
      () => "@{ ModuleName = 'ModuleThatDoesNotExist'; RequiredVersion = '1.1' }",
      () => 'ModuleThatDoesNotExist',
    ],
    ['module path and maximum version', () => `@{ ModuleName = '${bad()}'; MaximumVersion = '1.2' }`, bad],
  ];
  for (const [scenario, requirement, listed] of missing) {
    it(`stops a script that requires a missing module by ${scenario}`, () => {
      const r = runRequiring(requirement());
      expect(r.output).toEqual([]);
      expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['ScriptRequiresMissingModules']);
      expect(r.errors[0]?.exception.message).toBe(
        `The script 'script.ps1' cannot be run because the following modules that are specified by the "#requires" statements of the script are missing: ${listed()}.`,
      );
      expect(r.errors[0]?.categoryInfo.category).toBe('ResourceUnavailable');
    });
  }

  const found: [string, () => string][] = [
    ['name', () => "'Banana'"],
    ['path', () => `'${modulePath}'`],
    ['manifest path', () => `'${manifestPath}'`],
    ['fully qualified name with name', () => "@{ ModuleName='Banana'; ModuleVersion='0.12.1' }"],
    ['fully qualified name with path', () => `@{ ModuleName='${modulePath}'; ModuleVersion='0.12.1' }`],
  ];
  for (const [scenario, requirement] of found) {
    it(`runs a script requiring a loaded module by ${scenario}`, () => {
      // Loaded from its path, not on $env:PSModulePath: only the loaded module can satisfy the requirement.
      const r = runRequiring(requirement(), `Import-Module '${modulePath}'`);
      expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([]);
      expect(r.output).toEqual(['SUCCESS']);
    });
    it(`imports a module on the module path required by ${scenario}`, () => {
      const r = runRequiring(
        requirement(),
        `$env:PSModulePath = '${moduleDir}' + [IO.Path]::PathSeparator + $env:PSModulePath`,
      );
      expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([]);
      expect(r.output).toEqual(['SUCCESS']);
    });
  }

  it('does not load a module by path whose version is too low', () => {
    const script = path.join(root, 'script.ps1');
    writeFileSync(
      script,
      `#requires -Modules @{ ModuleName = '${modulePath}'; ModuleVersion = '1.0' }\n\nTest-RequiredModule\n`,
    );
    const r = createRunspace().invokeSync(`& '${script}'; (Get-Module Banana).Count`);
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['ScriptRequiresMissingModules']);
    expect(r.output).toEqual([0]);
  });

  it('imports quietly: no name-check warning, no output of the module file', () => {
    const odd = path.join(root, 'Odd.psm1');
    writeFileSync(odd, "'loading'\nfunction Do-Thing { 'did' }\n");
    const script = path.join(root, 'quiet.ps1');
    writeFileSync(script, `#requires -Modules '${odd}'\nDo-Thing\n`);
    const r = createRunspace().invokeSync(`& '${script}'`);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.output).toEqual(['did']);
  });

  it('does not take a loaded module of a lower version', () => {
    const r = runRequiring("@{ ModuleName='Banana'; ModuleVersion='1.0' }", `Import-Module '${modulePath}'`);
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['ScriptRequiresMissingModules']);
  });
});

describe('#requires -Version and -PSEdition', () => {
  function run(requires: string, call = '&') {
    const script = path.join(root, 'versioned.ps1');
    writeFileSync(script, `${requires}\n'ran'\n`);
    return createRunspace().invokeSync(`${call} '${script}'`);
  }

  for (const version of [
    '1.0',
    '2.0',
    '3.0',
    '4.0',
    '5.0',
    '5.1',
    '6.0',
    '6.1',
    '6.2',
    '7.0',
    '7.4',
    "'7.2'",
    '7',
  ])
    it(`runs a script for version ${version}`, () => {
      expect(run(`#requires -version ${version}`, '.').output).toEqual(['ran']);
    });

  for (const [version, shown] of [
    ['7.5', '7.5'],
    ['8', '8.0'],
    ['5.2', '5.2'],
  ])
    it(`stops a dot-sourced script for version ${version}`, () => {
      const r = run(`#requires -version ${version}`, '.');
      expect(r.output).toEqual([]);
      expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['ScriptRequiresUnmatchedPSVersion']);
      expect(r.errors[0]?.exception.message).toBe(
        `The script 'versioned.ps1' cannot be run because it contained a "#requires" statement for PowerShell ${shown}. The version of PowerShell that is required by the script does not match the currently running version of PowerShell 7.4.6.`,
      );
    });

  it('stops a script for the Desktop edition', () => {
    const r = run('#requires -PSEdition Desktop');
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['ScriptRequiresUnmatchedPSEdition']);
    expect(r.errors[0]?.exception.message).toBe(
      `The script 'versioned.ps1' cannot be run because it contained a "#requires" statement for PowerShell editions 'Desktop'. The edition of PowerShell that is required by the script does not match the currently running PowerShell Core edition.`,
    );
  });

  it('runs a script listing the Core edition among others', () => {
    expect(run('#requires -PSEdition Desktop, Core').output).toEqual(['ran']);
  });

  it('does nothing for #requires typed interactively', () => {
    const r = createRunspace().invokeSync("#requires -Version 7.5\n'ran'");
    expect(r.output).toEqual(['ran']);
  });
});
