// Get-ChildItem's FileSystem switches -Hidden, -ReadOnly and -System (and their aliases): only items with that
// FileAttributes flag, as .NET sets them on Unix (Hidden: a leading dot; ReadOnly: not writable by the owner).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-gci-attributes-'));
  writeFileSync(path.join(dir, '.hidden'), 'x');
  writeFileSync(path.join(dir, 'visible.txt'), 'x');
  writeFileSync(path.join(dir, 'locked.txt'), 'x');
  chmodSync(path.join(dir, 'locked.txt'), 0o444);
  mkdirSync(path.join(dir, '.config'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function names(script: string): string[] {
  const r = createRunspace({ workingDirectory: dir }).invokeSync(script);
  expect(r.errors).toEqual([]);
  return r.output.map(String);
}

describe.skipIf(process.platform === 'win32')('Get-ChildItem -Hidden / -ReadOnly / -System', () => {
  it('-Hidden lists only dot items, without -Force', () => {
    expect(names('Get-ChildItem -Hidden -Name')).toEqual(['.config', '.hidden']);
    expect(names('Get-ChildItem -ah -Name')).toEqual(['.config', '.hidden']);
    expect(names('Get-ChildItem -Hidden -File -Name')).toEqual(['.hidden']);
    expect(names('Get-ChildItem -Name')).toEqual(['locked.txt', 'visible.txt']);
  });

  it('-ReadOnly lists items the owner may not write; -System lists nothing on Unix', () => {
    expect(names('Get-ChildItem -ReadOnly -Name')).toEqual(['locked.txt']);
    expect(names('Get-ChildItem -ar -Name')).toEqual(['locked.txt']);
    expect(names('Get-ChildItem -System -Force -Name')).toEqual([]);
    expect(names('Get-ChildItem -as -Name')).toEqual([]);
  });
});
