// Get-ChildItem -Attributes with the flags .NET gives on Unix that a sample cannot set up portably: ReadOnly (not
// writable by the owner) and ReparsePoint (a symbolic link), combined with -Attributes' AND/OR/NOT and the switches.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-gci-attributes-expr-'));
  writeFileSync(path.join(dir, 'plain.txt'), 'x');
  writeFileSync(path.join(dir, 'locked.txt'), 'x');
  chmodSync(path.join(dir, 'locked.txt'), 0o444);
  mkdirSync(path.join(dir, 'sub'));
  symlinkSync(path.join(dir, 'plain.txt'), path.join(dir, 'file-link'));
  symlinkSync(path.join(dir, 'sub'), path.join(dir, 'dir-link'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function output(script: string): string[] {
  const r = createRunspace({ workingDirectory: dir }).invokeSync(script);
  expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([]);
  return r.output.map(String);
}

describe.skipIf(process.platform === 'win32')('Get-ChildItem -Attributes', () => {
  it('ReparsePoint is a symbolic link; a link to a directory is a Directory too', () => {
    expect(output('Get-ChildItem -Attributes ReparsePoint -Name')).toEqual(['dir-link', 'file-link']);
    expect(output("Get-ChildItem -Attributes 'Directory+!ReparsePoint' -Name")).toEqual(['sub']);
    expect(output('(Get-Item dir-link).Attributes.ToString()')).toEqual(['Directory, ReparsePoint']);
    expect(output('(Get-Item file-link).Attributes.ToString()')).toEqual(['ReparsePoint']);
  });

  it('ReadOnly is a file its owner may not write; the switches AND with the expression', () => {
    expect(output('Get-ChildItem -Attributes ReadOnly -Name')).toEqual(['locked.txt']);
    expect(output('Get-ChildItem -Attributes !ReadOnly -File -Name')).toEqual(['file-link', 'plain.txt']);
    expect(output("Get-ChildItem -Attributes 'ReadOnly,Directory' -Name")).toEqual([
      'dir-link',
      'sub',
      'locked.txt',
    ]);
    expect(output('Get-ChildItem -Attributes ReadOnly, ReparsePoint -Directory -Name')).toEqual(['dir-link']);
    expect(output('(Get-Item locked.txt).Attributes.ToString()')).toEqual(['ReadOnly']);
  });

  it('ReadOnly follows .NET: read without write, judged on the link itself', () => {
    writeFileSync(path.join(dir, 'sealed.txt'), 'x');
    chmodSync(path.join(dir, 'sealed.txt'), 0o000);
    symlinkSync(path.join(dir, 'locked.txt'), path.join(dir, 'locked-link'));
    expect(output('(Get-Item sealed.txt).Attributes.ToString()')).toEqual(['Normal']);
    expect(output('(Get-Item locked-link).Attributes.ToString()')).toEqual(['ReparsePoint']);
    expect(output('Get-ChildItem -Attributes ReadOnly -Name')).toEqual(['locked.txt']);
  });
});
