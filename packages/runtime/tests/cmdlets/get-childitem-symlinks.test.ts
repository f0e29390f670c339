// Get-ChildItem -Recurse and links to directories: not entered by default, entered with -FollowSymlink, and a link
// loop visited once with pwsh's warning instead of recursing forever.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-gci-links-'));
  mkdirSync(path.join(dir, 'real'));
  writeFileSync(path.join(dir, 'real', 'inside.txt'), 'x');
  symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
  // A loop: real/back -> the root.
  symlinkSync(dir, path.join(dir, 'real', 'back'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function names(script: string) {
  const r = createRunspace({ workingDirectory: dir }).invokeSync(script);
  return { out: r.output.map(String).sort(), warnings: r.warnings.map(String) };
}

describe('Get-ChildItem -Recurse over links', () => {
  it('lists links without entering them by default', () => {
    const { out, warnings } = names('Get-ChildItem -Recurse -Name');
    expect(out).toEqual(['link', 'real', path.join('real', 'back'), path.join('real', 'inside.txt')]);
    expect(warnings).toEqual([]);
  });

  it('enters them with -FollowSymlink, each real directory once (link comes first), warning on repeats', () => {
    const { out, warnings } = names('Get-ChildItem -Recurse -FollowSymlink -Name');
    expect(out).toEqual(['link', path.join('link', 'back'), path.join('link', 'inside.txt'), 'real']);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((w) => w.startsWith('Skip already-visited directory '))).toBe(true);
  });
});
