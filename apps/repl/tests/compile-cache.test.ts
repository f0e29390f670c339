// The launcher's V8 code cache (bin/load-bundle.js): written once, private, reused, and never trusted blindly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');

function run(cacheHome: string, extraEnv: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, '-NoProfile', '-Command', '"{0:N1}" -f (6 * 7)'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: cacheHome, ...extraEnv },
  });
}

const cacheFiles = (cacheHome: string): string[] => {
  const dir = path.join(cacheHome, 'exosh');
  return existsSync(dir) ? readdirSync(dir) : [];
};

describe('compile cache', () => {
  it('applies to the built bundle', () => {
    expect(existsSync(path.resolve(import.meta.dirname, '../dist/bundle/exosh.cjs'))).toBe(true);
  });

  it('is written on the first run with owner-only permissions and reused by the next', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-cc-'));
    const first = run(home);
    expect(first.stdout).toBe('42.0\n');
    const files = cacheFiles(home);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^exosh-v\d+.*\.v8$/);
    const file = path.join(home, 'exosh', files[0]!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(home, 'exosh')).mode & 0o777).toBe(0o700);
    const written = statSync(file).mtimeMs;
    const second = run(home);
    expect(second.stdout).toBe('42.0\n');
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it('replaces a corrupt cache instead of failing', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-cc-'));
    run(home);
    const file = path.join(home, 'exosh', cacheFiles(home)[0]!);
    writeFileSync(file, 'not a V8 code cache', { mode: 0o600 });
    const r = run(home);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('42.0\n');
    expect(statSync(file).size).toBeGreaterThan(1000);
  });

  it('is not written with EXOSH_NO_COMPILE_CACHE=1 or when the cache folder cannot be created', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-cc-'));
    expect(run(home, { EXOSH_NO_COMPILE_CACHE: '1' }).stdout).toBe('42.0\n');
    expect(cacheFiles(home)).toEqual([]);
    const blocker = path.join(home, 'file');
    writeFileSync(blocker, '');
    const r = run(blocker);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('42.0\n');
  });

  it('gives the I/O worker bundle its own cache, and a cached worker still loads modules outside its bundle', () => {
    // -Emulator starts the worker ahead of the shell and asks it for the embedded emulator, which is not bundled.
    const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-cc-'));
    const script =
      '$e = $ExoshEmulator; Connect-ExchangeOnline -AppId $e.AppId -CertificateFilePath $e.CertificateFilePath ' +
      '-Organization $e.Organization -ShowBanner:$false; (Get-EXOMailbox -ResultSize 1).DisplayName';
    const connect = () =>
      spawnSync(process.execPath, [bin, '-Emulator', '-NoProfile', '-Command', script], {
        encoding: 'utf8',
        env: { ...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CACHE_HOME: home, NO_COLOR: '1' },
        timeout: 60_000,
      });
    const first = connect();
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('MOD Administrator\n');
    const worker = cacheFiles(home).filter((f) => f.startsWith('io-worker-'));
    expect(worker).toHaveLength(1);
    expect(worker[0]).toMatch(/^io-worker-v\d+.*\.v8$/);
    const file = path.join(home, 'exosh', worker[0]!);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const written = statSync(file).mtimeMs;
    const second = connect();
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe('MOD Administrator\n');
    expect(statSync(file).mtimeMs).toBe(written);
  });
});
