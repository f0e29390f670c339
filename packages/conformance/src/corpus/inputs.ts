// Reads every PowerShell input of @exosh/language's tests from disk: AST fixtures, admin scripts, parse-error tables.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One input both parsers see; id is its path under packages/language/tests (plus `#<case id>` for table rows). */
export interface ConformanceInput {
  readonly id: string;
  readonly source: string;
}

/** packages/language/tests, found from this file (src/corpus or dist/corpus). */
export const languageTestsDir = fileURLToPath(new URL('../../../language/tests/', import.meta.url));

function fixtureInputs(testsDir: string): ConformanceInput[] {
  const found: ConformanceInput[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'input.ps1') {
        found.push({
          id: path.relative(testsDir, dir).split(path.sep).join('/'),
          source: readFileSync(full, 'utf8'),
        });
      }
    }
  };
  walk(path.join(testsDir, 'fixtures'));
  return found;
}

function adminScriptInputs(testsDir: string): ConformanceInput[] {
  const dir = path.join(testsDir, 'corpus', 'admin-scripts');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ps1'))
    .map((name) => ({
      id: `corpus/admin-scripts/${name}`,
      source: readFileSync(path.join(dir, name), 'utf8'),
    }));
}

interface TableCase {
  readonly id: string;
  readonly input: string;
}

function parseErrorTableInputs(testsDir: string): ConformanceInput[] {
  const dir = path.join(testsDir, 'corpus', 'parse-errors');
  const found: ConformanceInput[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const table = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { cases: readonly TableCase[] };
    for (const c of table.cases) found.push({ id: `corpus/parse-errors/${name}#${c.id}`, source: c.input });
  }
  return found;
}

/** Every input, sorted by id so runs and reports are stable. */
export function conformanceInputs(testsDir: string = languageTestsDir): ConformanceInput[] {
  return [
    ...fixtureInputs(testsDir),
    ...adminScriptInputs(testsDir),
    ...parseErrorTableInputs(testsDir),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
