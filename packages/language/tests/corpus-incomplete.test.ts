// Incomplete input (the REPL's `>>` continuation) versus complete-but-wrong and complete input.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import {
  knownFailure,
  knownFailureIds,
  readCorpusJson,
  type CorpusTable,
  type IncompleteInputCase,
} from './corpus/corpus.js';

const table = 'incomplete/incomplete-input.json';
const cases = readCorpusJson<CorpusTable<IncompleteInputCase>>(table).cases;

describe('incomplete-input table', () => {
  it('has cases of every kind and no stale known failures', () => {
    const kinds = new Set(cases.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['complete', 'complete-but-wrong', 'incomplete']);
    const ids = new Set(cases.map((c) => c.id));
    expect(ids.size).toBe(cases.length);
    expect(knownFailureIds(table).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of cases) {
    const test = knownFailure(table, c.id) === undefined ? it : it.fails;
    test(`${c.kind}: ${c.id} ${JSON.stringify(c.input)}`, () => {
      const { errors } = parse(c.input);
      if (c.kind === 'complete') {
        expect(errors.map((e) => `${e.errorId} at ${e.extent.startOffset}`)).toEqual([]);
        return;
      }
      // PowerShell's host continues with `>>` when the first error is incomplete input.
      const first = errors[0];
      expect(first, 'expected at least one parse error').toBeDefined();
      expect({
        errorId: c.firstErrorId === undefined ? undefined : first?.errorId,
        incompleteInput: first?.incompleteInput,
      }).toEqual({ errorId: c.firstErrorId, incompleteInput: c.firstErrorIncomplete });
      if (c.errorsIncomplete !== undefined) {
        expect(errors.map((e) => e.incompleteInput)).toEqual(c.errorsIncomplete);
      }
    });
  }
});
