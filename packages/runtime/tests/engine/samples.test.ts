// Sample-driven engine tests: tests/samples/**/<name>.ps1 run in a fresh runspace; output and error ids compared.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';
import { toStringForDisplay } from '../../src/conversion/index.js';

const root = path.resolve(import.meta.dirname, '../samples');
const knownFailuresFile = path.join(root, 'known-failures.json');
const knownFailures: Record<string, string> = existsSync(knownFailuresFile)
  ? JSON.parse(readFileSync(knownFailuresFile, 'utf8'))
  : {};

function samples(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? samples(path.join(dir, e.name))
      : e.name.endsWith('.ps1')
        ? [path.join(dir, e.name)]
        : [],
  );
}

function lines(file: string): string[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

describe('samples', () => {
  for (const file of samples(root)) {
    const name = path
      .relative(root, file)
      .replace(/\\/g, '/')
      .replace(/\.ps1$/, '');
    const run = knownFailures[name] ? it.fails : it;
    run(name, () => {
      const base = file.slice(0, -4);
      const rs = createRunspace({ workingDirectory: path.dirname(file) });
      // Run as `exosh -File` runs a script: its own script scope, $PSScriptRoot/$PSCommandPath, its name in error ids.
      const result = rs.invokeSync(readFileSync(file, 'utf8'), { file: { name: file, args: [] } });
      expect(
        result.output.map((o) => toStringForDisplay(o)),
        'output',
      ).toEqual(lines(`${base}.out`));
      expect(
        result.errors.map((e) => e.fullyQualifiedErrorId),
        'errors',
      ).toEqual(lines(`${base}.err`));
    });
  }
});
