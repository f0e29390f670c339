// Start-up stays lean: `exosh -Command '$null'` must not load the Node built-ins only some commands need (each
// costs milliseconds of the start-up target). Checked through Node's own list of loaded modules, not timings.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');

function builtinsLoadedBy(command: string): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-lazy-'));
  const preload = path.join(dir, 'loaded.cjs');
  writeFileSync(
    preload,
    `process.on('exit', () => require('fs').writeSync(2, '\\nLOADED ' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(',') + '\\n'));`,
  );
  const r = spawnSync(process.execPath, ['-r', preload, bin, '-NoProfile', '-Command', command], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CACHE_HOME: dir },
  });
  expect(r.status).toBe(0);
  const line = /^LOADED (.*)$/m.exec(r.stderr)?.[1];
  expect(line).toBeDefined();
  return (line ?? '').split(',');
}

const heavy = ['crypto', 'child_process', 'worker_threads', 'tty', 'net', 'readline', 'https', 'zlib'];

describe('start-up', () => {
  it("loads none of the heavy built-ins for -Command '$null' (stdin a pipe, stdout a pipe)", () => {
    const loaded = builtinsLoadedBy('$null');
    expect(heavy.filter((m) => loaded.includes(m))).toEqual([]);
  });

  it('loads them when a command needs them (the check above can fail)', () => {
    const loaded = builtinsLoadedBy('$null = & /bin/true; $null = [guid]::NewGuid()');
    expect(loaded).toContain('child_process');
    expect(loaded.some((m) => m.startsWith('internal/crypto/'))).toBe(true);
  });
});
