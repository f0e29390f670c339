import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('exosh binary', () => {
  it('prints its version with -Version (any case, any unambiguous prefix)', () => {
    for (const flag of ['-Version', '-version', '-v', '--VERS']) {
      const r = run(flag);
      expect(r.status, flag).toBe(0);
      expect(r.stdout).toMatch(/^exosh \d+\.\d+\.\d+\n$/);
    }
  });

  it("exits 64 with pwsh's message on an unknown flag", () => {
    const r = run('-NoSuchFlag');
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("The argument '-NoSuchFlag' is not recognized as the name of a script file.");
  });

  it('shows a prompt and leaves on exit', () => {
    const r = spawnSync(process.execPath, [bin, '-NoLogo'], { input: 'exit\n', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`PS ${process.cwd()}> `);
  });
});
