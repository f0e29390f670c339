// fast-check generators for parser inputs: random strings, fragment soups, and mutated corpus scripts.
import fc from 'fast-check';
import { adminScripts, readCorpusJson, type CorpusTable, type ParseErrorCase } from '../corpus/corpus.js';
import { fragments, significantChars } from './fragments.js';

/** Any UTF-16 string, lone surrogates included. */
export const randomStrings: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 120 });

/** Strings drawn mostly from characters that switch tokenizer modes. */
export const significantCharSoups: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(...significantChars),
  maxLength: 120,
});

/** Random sequences of PowerShell fragments, glued with nothing, a space or a newline. */
export const tokenSoups: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...fragments), fc.constantFrom('', ' ', ' ', '\n')), { maxLength: 40 })
  .map((parts) => parts.map(([fragment, glue]) => fragment + glue).join(''));

/** Closers of the openers used to build deeply nested input. */
const closers: Readonly<Record<string, string>> = {
  '(': ')',
  '{': '}',
  '@(': ')',
  '$(': ')',
  '[': ']',
  '@{a=': '}',
  '{$x=': '}',
  'if(1){': '}',
  '-': '',
  '!': '',
  ',': '',
};

/** Deeply nested openers (and sometimes their closers): parse must report, not overflow the stack. */
export const deepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...Object.keys(closers)), fc.integer({ min: 1, max: 3000 }), fc.boolean())
  .map(
    ([opener, depth, close]) =>
      opener.repeat(depth) + '1' + (close ? (closers[opener] ?? '').repeat(depth) : ''),
  );

const seeds: readonly string[] = [
  ...adminScripts().map((s) => s.source),
  ...readCorpusJson<CorpusTable<ParseErrorCase>>('parse-errors/parsing-tests.json').cases.map((c) => c.input),
];

type Edit =
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'swap'; readonly a: number; readonly b: number; readonly length: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...fragments), fc.constantFrom(...significantChars)),
  }),
  fc.record({
    kind: fc.constant('swap' as const),
    a: fc.nat(),
    b: fc.nat(),
    length: fc.integer({ min: 1, max: 20 }),
  }),
);

function applyEdit(source: string, e: Edit): string {
  const n = source.length;
  if (e.kind === 'insert') {
    const at = n === 0 ? 0 : e.at % (n + 1);
    return source.slice(0, at) + e.text + source.slice(at);
  }
  if (n === 0) return source;
  if (e.kind === 'delete') {
    const at = e.at % n;
    return source.slice(0, at) + source.slice(at + e.length);
  }
  // swap two non-overlapping ranges of the same length
  let a = e.a % n;
  let b = e.b % n;
  if (a > b) [a, b] = [b, a];
  const length = Math.min(e.length, b - a, n - b);
  if (length <= 0) return source;
  return (
    source.slice(0, a) +
    source.slice(b, b + length) +
    source.slice(a + length, b) +
    source.slice(a, a + length) +
    source.slice(b + length)
  );
}

/** A corpus script or table input with 1 to 6 random deletions, insertions or swaps. */
export const mutatedCorpus: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }))
  .map(([index, edits]) => edits.reduce(applyEdit, seeds[index] ?? ''));
