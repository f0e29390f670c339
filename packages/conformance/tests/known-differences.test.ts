// Both parsers over every input of @exosh/language's tests; every disagreement must be listed in known-differences.json.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  agreementTableHeader,
  agreementTableRow,
  compareParsers,
  conformanceInputs,
  countAgreement,
  diffKnownDifferences,
  inputGroup,
  loadTreeSitterPowerShell,
  type KnownDifferences,
  type ParserVerdicts,
} from '../src/index.js';

const packageDir = new URL('../', import.meta.url);
const known = JSON.parse(
  readFileSync(new URL('known-differences.json', packageDir), 'utf8'),
) as KnownDifferences;
const inputs = conformanceInputs();
const observed = new Map<string, ParserVerdicts>();

beforeAll(async () => {
  const oracle = await loadTreeSitterPowerShell();
  for (const { id, source } of inputs) observed.set(id, compareParsers(source, oracle));
});

describe('parser conformance against tree-sitter-powershell', () => {
  it('reads the fixtures, the admin scripts and the parse-error tables', () => {
    const groups = new Set(inputs.map((i) => inputGroup(i.id)));
    expect([...groups].sort()).toEqual(['corpus/admin-scripts', 'corpus/parse-errors', 'fixtures/ast']);
    expect(new Set(inputs.map((i) => i.id)).size).toBe(inputs.length);
  });

  it('finds no disagreement missing from known-differences.json', () => {
    expect(diffKnownDifferences(observed, known).unlisted).toEqual([]);
  });

  it('lists no disagreement that has disappeared', () => {
    expect(diffKnownDifferences(observed, known).vanished).toEqual([]);
  });

  it('lists each disagreement with the verdicts both parsers give today', () => {
    expect(diffKnownDifferences(observed, known).changed).toEqual([]);
  });

  it('gives every listed difference a reason', () => {
    for (const [id, d] of Object.entries(known)) expect(d.reason.length, id).toBeGreaterThan(20);
  });

  it('README.md shows the counts of this run', () => {
    const readme = readFileSync(new URL('README.md', packageDir), 'utf8');
    const byGroup = new Map<string, ParserVerdicts[]>();
    for (const [id, v] of observed) byGroup.set(inputGroup(id), [...(byGroup.get(inputGroup(id)) ?? []), v]);
    const rows = [
      ...agreementTableHeader,
      ...[...byGroup.keys()].sort().map((g) => agreementTableRow(g, countAgreement(byGroup.get(g) ?? []))),
      agreementTableRow('all', countAgreement(observed.values())),
    ];
    expect(readme).toContain(rows.join('\n'));
  });
});
