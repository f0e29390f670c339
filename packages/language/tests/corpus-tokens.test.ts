// PowerShell's token tables (Parsing.Tests.ps1): keyword vs. command-name tokens, `?`/`:` in names, and ternary error trees.
import { describe, expect, it } from 'vitest';
import { parse, TokenFlags } from '../src/index.js';
import type { Ast, ParseResult } from '../src/index.js';
import { knownFailure, knownFailureIds, readCorpusJson } from './corpus/corpus.js';

type FlagName = keyof typeof TokenFlags;

interface TokenCheck {
  readonly index: number;
  readonly kind: string;
  readonly flagsMask: readonly FlagName[];
  readonly flagsValue: readonly FlagName[];
}

interface TokenTables {
  readonly keywordTokens: readonly {
    readonly id: string;
    readonly input: string;
    readonly tokens: readonly TokenCheck[];
  }[];
  readonly ternaryTokens: readonly {
    readonly id: string;
    readonly input: string;
    readonly firstTokenKind: string;
  }[];
  readonly ternaryAst: readonly {
    readonly id: string;
    readonly input: string;
    readonly expressionType: string;
    readonly ifTrueType?: string;
    readonly ifFalseType?: string;
  }[];
}

const table = 'tokens/parsing-tests-tokens.json';
const tables = readCorpusJson<TokenTables>(table);

function flags(names: readonly FlagName[]): number {
  return names.reduce((bits, name) => bits | TokenFlags[name], 0);
}

function testOrKnownFailure(id: string): typeof it | typeof it.fails {
  return knownFailure(table, id) === undefined ? it : it.fails;
}

/** The expression of `Statements[0].PipelineElements[0]`, as PowerShell's tests reach it. */
function firstElement(result: ParseResult): Ast | undefined {
  const statement = result.ast.endBlock?.statements[0];
  return statement?.type === 'PipelineAst' ? statement.pipelineElements[0] : undefined;
}

describe('Parsing.Tests.ps1 token tables', () => {
  it('holds every case and no stale known failures', () => {
    expect([tables.keywordTokens.length, tables.ternaryTokens.length, tables.ternaryAst.length]).toEqual([
      10, 11, 8,
    ]);
    const ids = new Set(
      [...tables.keywordTokens, ...tables.ternaryTokens, ...tables.ternaryAst].map((c) => c.id),
    );
    expect(knownFailureIds(table).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of tables.keywordTokens) {
    testOrKnownFailure(c.id)(`${c.id} keyword tokens of ${JSON.stringify(c.input)}`, () => {
      const { tokens } = parse(c.input);
      const actual = c.tokens.map((check) => ({
        index: check.index,
        kind: tokens[check.index]?.kind,
        flags: (tokens[check.index]?.flags ?? 0) & flags(check.flagsMask),
      }));
      const expected = c.tokens.map((check) => ({
        index: check.index,
        kind: check.kind,
        flags: flags(check.flagsValue),
      }));
      expect(actual).toEqual(expected);
    });
  }

  for (const c of tables.ternaryTokens) {
    testOrKnownFailure(c.id)(`${c.id} ${JSON.stringify(c.input)} is one ${c.firstTokenKind} token`, () => {
      const result = parse(c.input);
      expect({ kind: result.tokens[0]?.kind, text: result.tokens[0]?.text }).toEqual({
        kind: c.firstTokenKind,
        text: c.input,
      });
      const element = firstElement(result);
      const node =
        c.firstTokenKind === 'Variable'
          ? element?.type === 'CommandExpressionAst'
            ? element.expression
            : undefined
          : element?.type === 'CommandAst'
            ? element.commandElements[0]
            : undefined;
      const expectedType =
        c.firstTokenKind === 'Variable' ? 'VariableExpressionAst' : 'StringConstantExpressionAst';
      expect({ type: node?.type, text: node?.extent.text }).toEqual({ type: expectedType, text: c.input });
    });
  }

  for (const c of tables.ternaryAst) {
    testOrKnownFailure(c.id)(`${c.id} ${JSON.stringify(c.input)} gives a ${c.expressionType}`, () => {
      const element = firstElement(parse(c.input));
      const expression = element?.type === 'CommandExpressionAst' ? element.expression : undefined;
      expect(expression?.type).toBe(c.expressionType);
      if (c.ifTrueType !== undefined && expression?.type === 'TernaryExpressionAst') {
        expect([expression.ifTrue.type, expression.ifFalse.type]).toEqual([c.ifTrueType, c.ifFalseType]);
      }
    });
  }
});
