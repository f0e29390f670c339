// Get-Module's views: pwsh's Module table (ModuleType 10, Version 10, PreRelease 10, Name 35, ExportedCommands) and,
// for -ListAvailable, ModuleInfoGrouping (the same plus PSEdition 9, grouped under `    Directory: <folder>`).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

let root: string;
const savedPath = process.env['PSModulePath'];

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'exosh-module-views-'));
  const folder = path.join(root, 'Mine', '1.2.0');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'Mine.psd1'),
    "@{ ModuleVersion = '1.2.0'; RootModule = 'Mine.psm1'; CompatiblePSEditions = 'Core'; FunctionsToExport = 'Get-A', 'Get-B' }",
  );
  writeFileSync(path.join(folder, 'Mine.psm1'), "function Get-A { 'a' }\nfunction Get-B { 'b' }\n");
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (savedPath === undefined) delete process.env['PSModulePath'];
  else process.env['PSModulePath'] = savedPath;
});

function lines(script: string): string[] {
  const rs = createRunspace({ host: { width: 120 } });
  const r = rs.invokeSync(
    `$env:PSModulePath = '${root}' + [IO.Path]::PathSeparator + $env:PSModulePath\n${script}`,
  );
  expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([]);
  return r.output.map(String).join('\n').split('\n');
}

describe('PSModuleInfo views', () => {
  it('Get-Module shows the Module table', () => {
    expect(lines('Import-Module Mine; Get-Module Mine | Out-String -Width 120')).toEqual([
      '',
      'ModuleType Version    PreRelease Name                                ExportedCommands',
      '---------- -------    ---------- ----                                ----------------',
      'Script     1.2.0                 Mine                                {Get-A, Get-B}',
      '',
      '',
    ]);
  });

  it('Get-Module -ListAvailable groups by module folder and shows PSEdition', () => {
    expect(lines('Get-Module -ListAvailable Mine | Out-String -Width 120')).toEqual([
      '',
      `    Directory: ${root}`,
      '',
      'ModuleType Version    PreRelease Name                                PSEdition ExportedCommands',
      '---------- -------    ---------- ----                                --------- ----------------',
      'Script     1.2.0                 Mine                                Core      {Get-A, Get-B}',
      '',
      '',
    ]);
  });
});
