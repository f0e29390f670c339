// Parsing work grows linearly with the input: the tokenizer's charsScanned counter (characters covered by every token
// made, rescans included) at N and 2N copies of a pattern. No timings: the count is the work.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { SourceText } from '../src/ast/extent.js';
import { Parser } from '../src/parser/parser.js';
import { Tokenizer } from '../src/tokenizer/tokenizer.js';

/** Characters the tokenizer scanned to parse `source` (the same steps as `parse`). */
function work(source: string): number {
  const parser = new Parser(new SourceText(source));
  parser.scriptBlockRule(null, false);
  parser.drainTokens();
  return parser.tokenizer.charsScanned;
}

/** work(2N) / work(N): 2 when the work is linear, 4 when quadratic. */
function growth(pattern: string, copies: number): number {
  return work(pattern.repeat(2 * copies)) / work(pattern.repeat(copies));
}

describe('linear work', () => {
  // Runs of statements with no separator: each statement used to peek the whole rest of the run as one
  // command-mode generic token before rescanning it in expression mode.
  const runs = [
    '$',
    '$a',
    '$?',
    '$_',
    '@a',
    '${a}',
    '$a:',
    '$a.b',
    '"x"',
    "'x'",
    '$(1)',
    '$a[0]',
    '[a]',
    '-$a',
  ];
  it.each(runs)('a run of %j statements', (pattern) => {
    const copies = Math.ceil(4000 / pattern.length);
    expect(growth(pattern, copies)).toBeLessThan(2.2);
  });

  it.each([
    ['commands', 'Get-Item -Path $env:TEMP\\x.txt | Select-Object Name, Length\n'],
    ['expressions', '$x = @{ a = 1; b = "v $($y.z)" }; if ($x.a -gt 2) { $x.b }\n'],
    ['a command argument run', 'echo ' + '$a'.repeat(50) + '\n'],
  ])('%s', (_name, line) => {
    expect(growth(line, 200)).toBeLessThan(2.2);
  });

  it('the 50 KB `$$$...` script still reports every statement after the first', () => {
    const n = 50_000;
    const result = parse('$'.repeat(n));
    expect(result.ast.endBlock?.statements).toHaveLength(n / 2);
    expect(result.errors).toHaveLength(n / 2 - 1);
    // As PowerShell: the unexpected token is the rest of the run, read in command mode.
    expect(result.errors[0]).toMatchObject({
      errorId: 'UnexpectedToken',
      extent: { startOffset: 2, endOffset: n },
    });
    expect(result.errors[0]?.message).toBe(
      `Unexpected token '${'$'.repeat(n - 2)}' in expression or statement.`,
    );
    expect(result.errors.at(-1)).toMatchObject({ extent: { startOffset: n - 2, endOffset: n } });
  });

  it('a token taken from the scan memo is the token a fresh scan gives', () => {
    const source = new SourceText('$a$b' + '$c${d}x$(1)'.repeat(20) + ' tail');
    const sink = () => {};
    const memo = new Tokenizer(source, sink, null);
    memo.nextToken(); // scans the whole run from 0 and remembers it
    const scanned = memo.charsScanned;
    memo.resync(2);
    const fromMemo = memo.nextToken();
    expect(memo.charsScanned).toBe(scanned); // nothing read again
    const fresh = new Tokenizer(source, sink, null, 2).nextToken();
    expect(fromMemo.kind).toBe('Generic');
    expect(fromMemo.text).toBe(fresh.text);
    expect(fromMemo.value).toBe(fresh.value);
    expect(fromMemo.nestedTokens?.map((t) => [t.kind, t.text])).toEqual(
      fresh.nestedTokens?.map((t) => [t.kind, t.text]),
    );
    expect(fromMemo.literalParts).toEqual(fresh.literalParts);
    expect(JSON.stringify(fromMemo)).toBe(JSON.stringify(fresh));
  });
});
