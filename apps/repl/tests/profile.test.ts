// The profile at $XDG_CONFIG_HOME/exosh/profile.ps1: $PROFILE, -NoProfile, a failing profile leaves the shell usable.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');

function withProfile(text: string) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-profile-'));
  const config = path.join(home, 'config');
  mkdirSync(path.join(config, 'exosh'), { recursive: true });
  writeFileSync(path.join(config, 'exosh', 'profile.ps1'), text);
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: config, XDG_DATA_HOME: home, NO_COLOR: '1' };
  return (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
}

describe('profile', () => {
  it('runs the profile before -Command and sets $PROFILE', () => {
    const run = withProfile('function Get-Greeting { "hello from profile" }\n');
    const r = run(
      '-c',
      'Get-Greeting; Split-Path -Leaf $PROFILE 2>$null; $PROFILE.EndsWith("exosh/profile.ps1")',
    );
    expect(r.stdout).toContain('hello from profile');
    expect(r.stdout).toContain('True');
  });

  it('skips it with -NoProfile', () => {
    const run = withProfile('function Get-Greeting { "hello from profile" }\n');
    const r = run('-NoProfile', '-c', 'Get-Greeting');
    expect(r.stdout).not.toContain('hello from profile');
    expect(r.stderr).toContain("The term 'Get-Greeting' is not recognized");
  });

  it('reports a failing profile and still runs the command', () => {
    const run = withProfile('throw "broken profile"\n');
    const r = run('-c', '"still works"');
    expect(r.stderr).toContain('broken profile');
    expect(r.stdout).toContain('still works');
    expect(r.status).toBe(0);
  });
});
