// $env:PSModulePath at start-up, as pwsh's ModuleIntrinsics.GetModulePath composes it on Unix (personal, shared and
// $PSHOME/Modules folders; entries already there keep their order), and $PSHOME from the host.
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';
import { initModulePath } from '../../src/cmdlets/core/module-path.js';

const saved = { PSModulePath: process.env['PSModulePath'], XDG_DATA_HOME: process.env['XDG_DATA_HOME'] };

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const home = '/opt/exosh';
const personal = path.join(os.homedir(), '.local', 'share', 'powershell', 'Modules');
const shared = '/usr/local/share/powershell/Modules';
const system = '/opt/exosh/Modules';

function composed(current: string | undefined): string[] {
  delete process.env['XDG_DATA_HOME'];
  if (current === undefined) delete process.env['PSModulePath'];
  else process.env['PSModulePath'] = current;
  initModulePath(home);
  return (process.env['PSModulePath'] ?? '').split(path.delimiter);
}

describe.skipIf(process.platform === 'win32')('PSModulePath at start-up', () => {
  it('is the personal, shared and $PSHOME/Modules folders when unset', () => {
    expect(composed(undefined)).toEqual([personal, shared, system]);
  });

  it('puts the missing folders in front of what was set, in that order', () => {
    expect(composed('/srv/modules')).toEqual([personal, shared, system, '/srv/modules']);
  });

  it('keeps folders already listed where they are and inserts the rest after them', () => {
    expect(composed(`/srv/modules${path.delimiter}${personal}`)).toEqual([
      '/srv/modules',
      personal,
      shared,
      system,
    ]);
    expect(composed(`${shared}/${path.delimiter}/srv/modules`)).toEqual([
      personal,
      `${shared}/`,
      system,
      '/srv/modules',
    ]);
  });

  it('keeps an empty setting as pwsh does (a trailing separator)', () => {
    expect(composed('')).toEqual([personal, shared, system, '']);
  });

  it('uses XDG_DATA_HOME for the personal folder', () => {
    delete process.env['PSModulePath'];
    process.env['XDG_DATA_HOME'] = '/xdg';
    initModulePath(home);
    expect(process.env['PSModulePath']?.split(path.delimiter)[0]).toBe('/xdg/powershell/Modules');
  });
});

describe('$PSHOME', () => {
  it('is the folder the host names, a constant, and its Modules folder is on PSModulePath', () => {
    delete process.env['PSModulePath'];
    const r = createRunspace({ psHome: home }).invokeSync(
      "$PSHOME; (Get-Variable PSHOME).Options.ToString(); ($env:PSModulePath -split [IO.Path]::PathSeparator) -contains (Join-Path $PSHOME 'Modules')",
    );
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([home, 'Constant, AllScope', true]);
  });

  it("defaults to the @exosh/runtime package folder, not the node executable's", () => {
    const r = createRunspace().invokeSync('$PSHOME');
    expect(r.output).toEqual([path.resolve(import.meta.dirname, '../..')]);
  });
});
