// `> file` writes what `| Out-File file` writes: objects formatted as the console shows them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('file redirection', () => {
  it('formats objects as Out-File does, appends with >>', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'exosh-redirect-'));
    const r = createRunspace({ workingDirectory: dir }).invokeSync(
      `$o = [pscustomobject]@{ one = 1; two = 'x' }; $o > redirected.txt; $o | Out-File outfile.txt; 'a' > lines.txt; 'b', 'c' >> lines.txt`,
    );
    expect(r.errors).toEqual([]);
    const redirected = readFileSync(path.join(dir, 'redirected.txt'), 'utf8');
    expect(redirected).toBe(readFileSync(path.join(dir, 'outfile.txt'), 'utf8'));
    expect(redirected).toContain('one two');
    expect(readFileSync(path.join(dir, 'lines.txt'), 'utf8').split(/\r?\n/).filter(Boolean)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
