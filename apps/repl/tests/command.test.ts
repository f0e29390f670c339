import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');
const xdg = mkdtempSync(path.join(os.tmpdir(), 'exosh-xdg-'));
const env = { ...process.env, XDG_DATA_HOME: xdg, NO_COLOR: '1' };
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, input });

describe('exosh -Command', () => {
  it('-Emulator sets $ExoshEmulator before a script names any module command', () => {
    const r = run(['-Emulator', '-NoProfile', '-Command', '$ExoshEmulator.Organization']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('contoso.onmicrosoft.com\n');
  });

  it('runs a pipeline and formats objects as a table', () => {
    const r = run([
      '-NoProfile',
      '-Command',
      '1..3 | ForEach-Object { [pscustomobject]@{ N = $_; Sq = $_ * $_ } }',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('\nN Sq\n- --\n1  1\n2  4\n3  9\n\n');
  });

  it('shows a collection-valued property up to $FormatEnumerationLimit items (-1: all)', () => {
    const object = '[pscustomobject]@{ A = 1..5 }';
    const limited = run(['-NoProfile', '-Command', `$FormatEnumerationLimit = 2; ${object}`]);
    expect(limited.stdout).toBe('\nA\n-\n{1, 2…}\n\n');
    const all = run(['-NoProfile', '-Command', `$FormatEnumerationLimit = -1; ${object}`]);
    expect(all.stdout).toBe('\nA\n-\n{1, 2, 3, 4, 5}\n\n');
  });

  it('-NoExit keeps the session for the prompt after -Command and -File, unless the script exits', () => {
    const cwd = process.cwd();
    const r = run(
      ['-NoProfile', '-NoExit', '-Command', '$greeting = "hi"; "ran"'],
      '$greeting + "!"\nexit 7\n',
    );
    expect(r.stdout).toBe(`ran\nPS ${cwd}> hi!\nPS ${cwd}> `);
    expect(r.status).toBe(7);
    const script = path.join(mkdtempSync(path.join(os.tmpdir(), 'exosh-noexit-')), 'set.ps1');
    // -File runs the script in its own scope (as `& file`): only what it puts in the global scope stays.
    writeFileSync(script, '$global:kept = "global"; $gone = "script"; function Show-Thing { "thing" }');
    const f = run(['-NoProfile', '-NoExit', '-File', script], '"$kept/$gone"\n');
    expect(f.stdout).toBe(`PS ${cwd}> global/\nPS ${cwd}> `);
    expect(f.status).toBe(0);
    const exited = run(['-NoProfile', '-NoExit', '-Command', 'exit 4'], '"never"\n');
    expect(exited.stdout).toBe('');
    expect(exited.status).toBe(4);
  });

  it('prints nothing and exits 0 for $null', () => {
    const r = run(['-NoProfile', '-Command', '$null']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('exits 1 after an error, with the error in ConciseView on stderr when redirected', () => {
    const r = run(['-c', 'Get-Nope']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Get-Nope: The term 'Get-Nope' is not recognized as a name of a cmdlet");
  });

  it("exits with the script's exit code", () => {
    expect(run(['-c', 'exit 7']).status).toBe(7);
  });

  it('writes JSON lines with -OutputFormat Json', () => {
    const r = run(['-OutputFormat', 'Json', '-c', '@{a=1}; [pscustomobject]@{x="y"}; Write-Error oops']);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([{ a: 1 }, { x: 'y' }]);
    const err = JSON.parse(r.stderr.trim());
    expect(err).toMatchObject({
      FullyQualifiedErrorId: 'Microsoft.PowerShell.Commands.WriteErrorException',
      Message: 'oops',
    });
  });

  it('writes the properties of class-based objects with -OutputFormat Json, never a SecureString', () => {
    const r = run([
      '-OutputFormat',
      'Json',
      '-c',
      "[version]'1.2.3.4'; [timespan]::FromMinutes(90); " +
        "[pscredential]::new('u', (ConvertTo-SecureString 'topsecret' -AsPlainText -Force))",
    ]);
    const [version, span, credential] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(version).toEqual({
      Major: 1,
      Minor: 2,
      Build: 3,
      Revision: 4,
      MajorRevision: 0,
      MinorRevision: 4,
    });
    expect(span).toMatchObject({ Hours: 1, Minutes: 30, TotalMinutes: 90, Ticks: 54000000000 });
    expect(credential).toEqual({ UserName: 'u', Password: { Length: 9 } });
    expect(r.stdout).not.toContain('topsecret');
  });

  it('reads the command from stdin with -Command -', () => {
    const r = run(['-c', '-'], '"from stdin"\n');
    expect(r.stdout).toBe('from stdin\n');
  });
});

describe('exosh -File', () => {
  it('binds script parameters from the command line and returns its exit code', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-file-'));
    const script = path.join(dir, 'greet.ps1');
    writeFileSync(
      script,
      '#!/usr/bin/env exosh\nparam([string]$Name = "world", [int]$Code = 0)\n"Hello $Name"\nexit $Code\n',
    );
    const r = run(['-File', script, '-Name', 'admin', '-Code', '3']);
    expect(r.stdout).toBe('Hello admin\n');
    expect(r.status).toBe(3);
    const bare = run([script]);
    expect(bare.stdout).toBe('Hello world\n');
    expect(bare.status).toBe(0);
  });
});

describe('interactive input through a pipe', () => {
  it('continues incomplete input with >> and runs it when complete', () => {
    const r = run(['-NoLogo'], 'function f {\n"multi"\n}\nf\n$x = 3 +\n4\n$x\nexit 2\n');
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('>> ');
    expect(r.stdout).toContain('multi\n');
    expect(r.stdout).toContain('7\n');
  });
});
