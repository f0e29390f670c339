// PowerShell's own parse-error tables (Parsing.Tests.ps1): every case must give the same ErrorIds at the same positions.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import {
  knownFailure,
  knownFailureIds,
  readCorpusJson,
  type CorpusTable,
  type ParseErrorCase,
  type ParseErrorExtentCase,
} from './corpus/corpus.js';

const extentsTable = 'parse-errors/parsing-tests-extents.json';
const extentCases = readCorpusJson<CorpusTable<ParseErrorExtentCase>>(extentsTable).cases;

/** The ShouldBeParseError tables and how many lines each file has. */
const shouldBeParseErrorTables = [
  { table: 'parse-errors/parsing-tests.json', file: 'Parsing.Tests.ps1', count: 161 },
  { table: 'parse-errors/using-namespace-tests.json', file: 'UsingNamespace.Tests.ps1', count: 6 },
];

function testOrKnownFailure(table: string, id: string): typeof it | typeof it.fails {
  return knownFailure(table, id) === undefined ? it : it.fails;
}

for (const { table, file, count } of shouldBeParseErrorTables) {
  const errorCases = readCorpusJson<CorpusTable<ParseErrorCase>>(table).cases;

  describe(`${file} ShouldBeParseError table`, () => {
    it(`holds all ${count} ShouldBeParseError lines, each with one position per ErrorId`, () => {
      expect(errorCases).toHaveLength(count);
      expect(new Set(errorCases.map((c) => c.id)).size).toBe(count);
      for (const c of errorCases) expect(c.positions, c.id).toHaveLength(c.errorIds.length);
    });

    it('lists only existing cases as known failures', () => {
      const ids = new Set(errorCases.map((c) => c.id));
      expect(knownFailureIds(table).filter((id) => !ids.has(id))).toEqual([]);
    });

    for (const c of errorCases) {
      const test = testOrKnownFailure(table, c.id);
      test(`${c.id} ${JSON.stringify(c.input)} -> ${c.errorIds.join(', ')}`, () => {
        const { errors } = parse(c.input);
        // ShouldBeParseError compares Extent.StartScriptPosition: its Offset, or its ColumnNumber with -CheckColumnNumber.
        const actual = errors.map((e) => ({
          errorId: e.errorId,
          position: c.positionKind === 'column' ? e.extent.startColumnNumber : e.extent.startOffset,
        }));
        const expected = c.errorIds.map((errorId, i) => ({ errorId, position: c.positions[i] }));
        expect(actual).toEqual(expected);
      });
    }
  });
}

describe('Parsing.Tests.ps1 start/end offset tables', () => {
  it('lists only existing cases as known failures', () => {
    const ids = new Set(extentCases.map((c) => c.id));
    expect(knownFailureIds(extentsTable).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of extentCases) {
    const test = testOrKnownFailure(extentsTable, c.id);
    test(`${c.id} ${JSON.stringify(c.input)} -> ${c.errorIds?.join(', ') ?? `${c.startOffsets.length} error(s)`}`, () => {
      const { errors } = parse(c.input);
      const actual = errors.map((e) => ({
        ...(c.errorIds === null ? {} : { errorId: e.errorId }),
        startOffset: e.extent.startOffset,
        endOffset: e.extent.endOffset,
      }));
      const expected = c.startOffsets.map((startOffset, i) => ({
        ...(c.errorIds === null ? {} : { errorId: c.errorIds[i] }),
        startOffset,
        endOffset: c.endOffsets[i],
      }));
      expect(actual).toEqual(expected);
    });
  }
});
