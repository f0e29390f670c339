// PowerShell's invalid-numeral table (Parser.Tests.ps1): a bad suffix is either a parse error or turns the literal into a command name.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { commandNames } from './corpus/ast-queries.js';
import { knownFailure, knownFailureIds, readCorpusJson, type CorpusTable } from './corpus/corpus.js';

interface NumeralCase {
  readonly id: string;
  readonly input: string;
  readonly parseErrors: boolean;
  readonly powershellErrorId: string;
}

const table = 'parse-errors/invalid-numerals.json';
const cases = readCorpusJson<CorpusTable<NumeralCase>>(table).cases;

describe('Parser.Tests.ps1 invalid numerals', () => {
  it('holds the 30 cases of $testInvalidNumerals and no stale known failures', () => {
    expect(cases).toHaveLength(30);
    const ids = new Set(cases.map((c) => c.id));
    expect(knownFailureIds(table).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of cases) {
    const test = knownFailure(table, c.id) === undefined ? it : it.fails;
    const expectation = c.parseErrors ? 'is a parse error' : 'is a command name';
    test(`${c.id} ${c.input} ${expectation} (PowerShell: ${c.powershellErrorId})`, () => {
      const { ast, errors } = parse(c.input);
      if (c.parseErrors) {
        expect(errors.length).toBeGreaterThan(0);
      } else {
        expect(errors.map((e) => e.errorId)).toEqual([]);
        expect([...commandNames(ast)]).toEqual([c.input]);
      }
    });
  }
});
