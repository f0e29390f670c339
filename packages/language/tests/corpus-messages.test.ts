// Every parse error on the corpus inputs uses a PowerShell ErrorId and its English message (ParserStrings.resx).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import {
  adminScripts,
  knownFailure,
  knownFailureIds,
  readCorpusJson,
  type CorpusTable,
} from './corpus/corpus.js';
import { mutatedCorpus, tokenSoups } from './property/arbitraries.js';

const resource = {
  ...readCorpusJson<{ readonly messages: Readonly<Record<string, string>> }>('messages/parser-strings.json')
    .messages,
  // The few ids the parser takes from other resources (#requires errors).
  ...readCorpusJson<{ readonly messages: Readonly<Record<string, string>> }>('messages/other-strings.json')
    .messages,
};

/** A .NET format string as a regular expression: holes match anything, doubled braces are literal. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/(\{\{|\}\}|\{\d+(?:,-?\d+)?(?::[^}]*)?\})/);
  const body = parts
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (part === '{{') return '\\{';
      if (part === '}}') return '\\}';
      return '[\\s\\S]*';
    })
    .join('');
  return new RegExp(`^${body}$`);
}

const tableInputs: string[] = [
  'parse-errors/parsing-tests.json',
  'parse-errors/parsing-tests-extents.json',
  'parse-errors/using-namespace-tests.json',
  'parse-errors/error-statements.json',
  'parse-errors/named-blocks-ast.json',
  'parse-errors/invalid-numerals.json',
  'parse-errors/line-continuance-tests.json',
  'incomplete/incomplete-input.json',
].flatMap((table) =>
  readCorpusJson<CorpusTable<{ readonly input: string }>>(table).cases.map((c) => c.input),
);

const resourceTable = 'messages/parser-strings.json';
const exactTable = 'messages/exact-messages.json';
const exactCases = readCorpusJson<
  CorpusTable<{
    readonly id: string;
    readonly input: string;
    readonly errorId: string;
    readonly message: string;
  }>
>(exactTable).cases;

function messageProblems(source: string): string[] {
  const problems: string[] = [];
  for (const error of parse(source).errors) {
    // Ids with a reviewed, known-wrong message are checked by the exact-message cases instead.
    if (knownFailure(resourceTable, error.errorId) !== undefined) continue;
    const template = resource[error.errorId];
    if (template === undefined) problems.push(`${error.errorId} is not a ParserStrings ErrorId`);
    else if (!templatePattern(template).test(error.message)) {
      problems.push(
        `${error.errorId}: ${JSON.stringify(error.message)} does not fit ${JSON.stringify(template)}`,
      );
    }
  }
  return problems;
}

describe('parse error ids and messages are PowerShell’s', () => {
  it('knows the whole ParserStrings resource', () => {
    expect(Object.keys(resource).length).toBeGreaterThan(400);
    expect(
      templatePattern(resource['UnexpectedToken'] ?? '').test(
        "Unexpected token ')' in expression or statement.",
      ),
    ).toBe(true);
  });

  it('lists only resource ErrorIds and exact-message cases as known failures', () => {
    expect(knownFailureIds(resourceTable).filter((id) => resource[id] === undefined)).toEqual([]);
    const ids = new Set(exactCases.map((c) => c.id));
    expect(knownFailureIds(exactTable).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const c of exactCases) {
    const test = knownFailure(exactTable, c.id) === undefined ? it : it.fails;
    test(`${c.id}: ${JSON.stringify(c.input)} -> ${c.errorId} ${JSON.stringify(c.message)}`, () => {
      const first = parse(c.input).errors[0];
      expect({ errorId: first?.errorId, message: first?.message }).toEqual({
        errorId: c.errorId,
        message: c.message,
      });
    });
  }

  it('for every input of the corpus tables', () => {
    const problems = tableInputs.flatMap((input) =>
      messageProblems(input).map((p) => `${JSON.stringify(input)}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('for fragment soups and mutated admin scripts', () => {
    expect(adminScripts().length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.oneof(tokenSoups, mutatedCorpus), (source) => {
        expect(messageProblems(source)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });
});
