// PowerShell's Test-ErrorStmt and Test-Ast tables: which nodes error recovery keeps, by their extent texts.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { allNodes, sortedTexts } from './corpus/ast-queries.js';
import {
  knownFailure,
  knownFailureIds,
  readCorpusJson,
  type AstTextsCase,
  type CorpusTable,
  type ErrorStatementCase,
} from './corpus/corpus.js';

const statementsTable = 'parse-errors/error-statements.json';
const astTable = 'parse-errors/named-blocks-ast.json';
const statementCases = readCorpusJson<CorpusTable<ErrorStatementCase>>(statementsTable).cases;
const astCases = readCorpusJson<CorpusTable<AstTextsCase>>(astTable).cases;

function testOrKnownFailure(table: string, id: string): typeof it | typeof it.fails {
  return knownFailure(table, id) === undefined ? it : it.fails;
}

describe('Parsing.Tests.ps1 Test-ErrorStmt table', () => {
  it('holds all 96 Test-ErrorStmt lines and no stale known failures', () => {
    expect(statementCases).toHaveLength(96);
    const ids = new Set(statementCases.map((c) => c.id));
    expect(knownFailureIds(statementsTable).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of statementCases) {
    const test = testOrKnownFailure(statementsTable, c.id);
    test(`${c.id} ${JSON.stringify(c.input)} -> ErrorStatementAst ${JSON.stringify(c.errorStatementText)}`, () => {
      const { ast } = parse(c.input);
      const first = ast.endBlock?.statements[0];
      expect(first?.type).toBe('ErrorStatementAst');
      expect(first?.extent.text).toBe(c.errorStatementText);
      // PowerShell lists descendants in Flatten-Ast order (properties by name); compare them as a multiset.
      const descendants = first === undefined ? [] : allNodes(first).slice(1);
      expect(sortedTexts(descendants.map((n) => n.extent.text))).toEqual(sortedTexts(c.nestedAstTexts));
    });
  }
});

describe('Parsing.Tests.ps1 Test-Ast table (named blocks without bodies)', () => {
  it('lists only existing cases as known failures', () => {
    const ids = new Set(astCases.map((c) => c.id));
    expect(knownFailureIds(astTable).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of astCases) {
    const test = testOrKnownFailure(astTable, c.id);
    test(`${c.id} ${JSON.stringify(c.input)}`, () => {
      const { ast } = parse(c.input);
      const nodes = allNodes(ast);
      expect(nodes[0]?.extent.text).toBe(c.astTexts[0]);
      expect(sortedTexts(nodes.map((n) => n.extent.text))).toEqual(sortedTexts(c.astTexts));
    });
  }
});
