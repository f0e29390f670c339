// Format-Wide on Get-ChildItem: pwsh's FileSystem wide view (files by Name, directories as [Name]) under the
// `Directory:` group header, two columns sharing the width.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-fw-'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'a.txt'), 'x');
  writeFileSync(path.join(dir, 'b.txt'), 'x');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('Format-Wide', () => {
  it('shows a directory listing in columns under its Directory header', () => {
    const rs = createRunspace({ workingDirectory: dir, host: { width: 80 } });
    const r = rs.invokeSync('Get-ChildItem | Format-Wide');
    expect(r.errors).toEqual([]);
    // 80 columns, 2 cells: 79 to share after the separator, 40 + 39.
    expect(r.output).toEqual([
      '',
      `    Directory: ${dir}`,
      '',
      `${'[sub]'.padEnd(40)} a.txt`,
      `${'b.txt'.padEnd(40)} `,
      '',
    ]);
  });
});
