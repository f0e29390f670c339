// PowerShell's line-continuance table (LineContinuance.Tests.ps1): backtick and pipe continuations that parse, and those that do not.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { knownFailure, knownFailureIds, readCorpusJson, type CorpusTable } from './corpus/corpus.js';

interface ContinuanceCase {
  readonly id: string;
  readonly title: string;
  readonly input: string;
  readonly firstErrorId: string | null;
}

const table = 'parse-errors/line-continuance-tests.json';
const cases = readCorpusJson<CorpusTable<ContinuanceCase>>(table).cases;

describe('LineContinuance.Tests.ps1', () => {
  it('holds its 28 scripts and no stale known failures', () => {
    expect(cases).toHaveLength(28);
    const ids = new Set(cases.map((c) => c.id));
    expect(knownFailureIds(table).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of cases) {
    const test = knownFailure(table, c.id) === undefined ? it : it.fails;
    test(`${c.id} ${c.title} -> ${c.firstErrorId ?? 'no error'}`, () => {
      const { errors } = parse(c.input);
      if (c.firstErrorId === null) {
        expect(errors.map((e) => `${e.errorId} at ${e.extent.startOffset}`)).toEqual([]);
      } else {
        expect(errors[0]?.errorId).toBe(c.firstErrorId);
      }
    });
  }
});
