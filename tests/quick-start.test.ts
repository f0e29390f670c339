// The README's quick start and .ci/run must never drift apart; every package keeps its README and a test.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const ciRun = readFileSync(path.join(root, '.ci/run'), 'utf8');

function quickStartCommands(): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Quick start'));
  expect(section, 'README has a "## Quick start" section').toBeDefined();
  const blocks = [...(section ?? '').matchAll(/```(?:sh|bash)\n([\s\S]*?)```/g)].map((m) =>
    (m[1] ?? '').trim(),
  );
  return blocks.flatMap((b) => b.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')));
}

describe('README quick start', () => {
  it('is exactly two commands: run the shell, run the tests', () => {
    const cmds = quickStartCommands();
    expect(cmds).toHaveLength(2);
    expect(cmds[0]).toMatch(/ start$/);
    expect(cmds[1]).toMatch(/ test$/);
  });

  it('runs the same test command as .ci/run, verbatim', () => {
    const testCommand = quickStartCommands()[1] ?? '';
    const ciLines = ciRun.split('\n').map((l) => l.trim());
    expect(ciLines).toContain(testCommand);
  });

  it('uses no corepack and no global install', () => {
    for (const cmd of quickStartCommands()) {
      expect(cmd).not.toMatch(/corepack|npm (i|install) -g/);
    }
  });
});

describe('workspace layout', () => {
  const packages = ['packages', 'apps'].flatMap((d) =>
    readdirSync(path.join(root, d)).map((name) => path.join(root, d, name)),
  );

  it.each(packages)('%s has a README, a src/index.ts with a header comment, and tests', (dir) => {
    expect(existsSync(path.join(dir, 'README.md'))).toBe(true);
    const index = readFileSync(path.join(dir, 'src/index.ts'), 'utf8');
    expect(index.startsWith('// ')).toBe(true);
    const tests = readdirSync(path.join(dir, 'tests'), { recursive: true }).filter((f) =>
      String(f).endsWith('.test.ts'),
    );
    expect(tests.length).toBeGreaterThan(0);
  });
});
