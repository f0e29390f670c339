// Property tests: on random, soup, deeply nested and mutated input, parse never throws and keeps its invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { adminScripts, knownFailure, readCorpusJson, type CorpusTable } from './corpus/corpus.js';
import {
  deepNesting,
  mutatedCorpus,
  randomStrings,
  significantCharSoups,
  tokenSoups,
} from './property/arbitraries.js';
import { allViolations, extentViolations, parentViolations } from './property/invariants.js';

// A fixed seed keeps the suite deterministic; set EXOSH_FC_SEED to explore other inputs.
const seed = Number(process.env['EXOSH_FC_SEED'] ?? 20261126);

const regressionsTable = 'property/regressions.json';
const regressions = readCorpusJson<CorpusTable<{ readonly id: string; readonly input: string }>>(
  `../${regressionsTable}`,
).cases;

function holds(source: string): void {
  const result = parse(source);
  expect(allViolations(source, result)).toEqual([]);
}

describe('parse invariants', () => {
  for (const c of regressions) {
    const test = knownFailure(regressionsTable, c.id) === undefined ? it : it.fails;
    test(`hold for the regression input ${c.id} ${JSON.stringify(c.input)}`, () => {
      holds(c.input);
    });
  }

  it('hold for the admin scripts themselves', () => {
    for (const { fileName, source } of adminScripts()) {
      const result = parse(source, { fileName });
      expect(allViolations(source, result), fileName).toEqual([]);
    }
  });

  it('hold for every input of the corpus tables', () => {
    const tables = [
      'parse-errors/parsing-tests.json',
      'parse-errors/parsing-tests-extents.json',
      'parse-errors/using-namespace-tests.json',
      'parse-errors/error-statements.json',
      'parse-errors/named-blocks-ast.json',
      'parse-errors/invalid-numerals.json',
      'parse-errors/line-continuance-tests.json',
      'incomplete/incomplete-input.json',
    ];
    for (const table of tables) {
      for (const c of readCorpusJson<CorpusTable<{ readonly id: string; readonly input: string }>>(table)
        .cases) {
        expect(allViolations(c.input, parse(c.input)), `${table} ${c.id}`).toEqual([]);
      }
    }
  });

  it('hold for random strings', () => {
    fc.assert(fc.property(randomStrings, holds), { numRuns: 500, seed });
  });

  it('hold for soups of tokenizer-significant characters', () => {
    fc.assert(fc.property(significantCharSoups, holds), { numRuns: 500, seed });
  });

  it('hold for soups of PowerShell fragments', () => {
    fc.assert(fc.property(tokenSoups, holds), { numRuns: 500, seed });
  });

  it('hold for deeply nested input, except the token stream, which stops where the depth guard gives up', () => {
    // PowerShell too stops scanning when it reports ScriptTooComplicated, so only the tree is checked here.
    fc.assert(
      fc.property(deepNesting, (source) => {
        const result = parse(source);
        expect([...extentViolations(source, result), ...parentViolations(result)]).toEqual([]);
      }),
      { numRuns: 100, seed },
    );
  });

  it('hold for corpus scripts with random deletions, insertions and swaps', () => {
    fc.assert(fc.property(mutatedCorpus, holds), { numRuns: 300, seed });
  });
});
