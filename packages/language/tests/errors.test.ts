// Parse errors: PowerShell's ErrorId, start offset, and whether more input could complete the script (REPL '>>').
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const cases: [string, [string, number, boolean][]][] = [
  ['if ($a', [['MissingEndParenthesisAfterStatement', 6, true]]],
  ['if ($a) ', [['MissingStatementBlock', 6, true]]],
  ['if ($a) {', [['MissingEndCurlyBrace', 8, true]]],
  ['function f {', [['MissingEndCurlyBrace', 11, true]]],
  ['$x = (1 + 2', [['MissingEndParenthesisInExpression', 11, true]]],
  ['$x = @(1', [['MissingEndParenthesisInSubexpression', 8, true]]],
  ['$x = @{ a = 1', [['MissingEndCurlyBrace', 7, true]]],
  ['"abc', [['TerminatorExpectedAtEndOfString', 0, true]]],
  ["'abc", [['TerminatorExpectedAtEndOfString', 0, true]]],
  ['@"\nabc', [['TerminatorExpectedAtEndOfString', 0, true]]],
  ['Get-Foo |', [['EmptyPipeElement', 9, true]]],
  ['1 +', [['ExpectedValueExpression', 3, true]]],
  ['-not', [['MissingExpressionAfterOperator', 4, true]]],
  ['$a.', [['MissingPropertyName', 3, true]]],
  ['foreach ($x in', [['MissingForeachExpression', 14, true]]],
  ['while ($true)', [['MissingLoopStatement', 13, true]]],
  ['do { } while', [['MissingOpenParenthesisAfterKeyword', 12, true]]],
  ['try { }', [['MissingCatchOrFinally', 7, true]]],
  ['switch ($x)', [['MissingCurlyBraceInSwitchStatement', 11, true]]],
  ['$a[', [['MissingArrayIndexExpression', 3, true]]],
  ['$a.Method(1,', [['MissingExpressionAfterToken', 12, true]]],
  ['x `', [['IncompleteString', 3, true]]],
  ['$x = 1 )', [['UnexpectedToken', 7, false]]],
  ['a && ', [['EmptyPipelineChainElement', 4, true]]],
  ['param(', [['MissingEndParenthesisInFunctionParameterList', 6, true]]],
  ['<# unterminated', [['MissingTerminatorMultiLineComment', 0, true]]],
  ['Get-Foo -Bar:', [['ParameterRequiresArgument', 13, false]]],
  ['@', [['UnrecognizedToken', 0, false]]],
  ['function { }', [['MissingNameAfterKeyword', 8, false]]],
  ['if ($a) { # comment\n', [['MissingEndCurlyBrace', 8, true]]],
  ['Get-Foo | # more to come', [['EmptyPipeElement', 9, true]]],
  ['$h = @{ a }', [['MissingEqualsInHashLiteral', 9, false]]],
  ['$x = ', [['ExpectedValueExpression', 4, true]]],
  ['. ', [['MissingExpression', 0, false]]],
  [
    'Write-Host (',
    [
      ['ExpectedExpression', 12, true],
      ['MissingEndParenthesisInExpression', 12, true],
    ],
  ],
];

describe('parse errors', () => {
  it.each(cases)('%j', (source, expected) => {
    const r = parse(source);
    expect(r.errors.map((e) => [e.errorId, e.extent.startOffset, e.incompleteInput])).toEqual(expected);
  });

  it('gives English messages from the diagnostics table with their holes filled', () => {
    expect(parse('1 +').errors[0]?.message).toBe(
      "You must provide a value expression following the '+' operator.",
    );
    expect(parse('-not').errors[0]?.message).toBe("Missing expression after unary operator '-not'.");
    expect(parse('$x = 1 )').errors[0]?.message).toBe("Unexpected token ')' in expression or statement.");
    expect(parse('if ($a').errors[0]?.message).toBe(
      "Missing closing ')' after expression in 'if' statement.",
    );
  });

  it('reports lines and columns 1-based, as IScriptExtent does', () => {
    const e = parse('Get-Date\n$x = (1 +\n').errors[0];
    expect(e?.errorId).toBe('ExpectedValueExpression');
    expect([e?.extent.startLineNumber, e?.extent.startColumnNumber]).toEqual([2, 10]);
  });

  it('keeps the file name on error extents', () => {
    expect(parse('if (', { fileName: 'C:/s/x.ps1' }).errors[0]?.extent.file).toBe('C:/s/x.ps1');
  });

  it('recovers and keeps parsing after an error', () => {
    const r = parse('$x = 1 )\nGet-Date');
    expect(r.errors).toHaveLength(1);
    expect(r.ast.endBlock?.statements.map((s) => s.extent.text)).toEqual(['$x = 1', 'Get-Date']);
  });
});

describe('depth guard and robustness', () => {
  it('reports ScriptTooComplicated for absurd nesting instead of overflowing the stack', () => {
    for (const open of ['(', '@(', '$(', '{', '-not ', '@{a=', 'if(1){', '$a.b(']) {
      const r = parse(open.repeat(20000));
      expect(
        r.errors.some((e) => e.errorId === 'ScriptTooComplicated'),
        open,
      ).toBe(true);
    }
  });

  it('parses deep but reasonable nesting without complaint', () => {
    const r = parse('('.repeat(100) + '1' + ')'.repeat(100));
    expect(r.errors).toEqual([]);
  });

  it('a long chain of casts is not nesting: it parses', () => {
    expect(() => parse('[int]'.repeat(20000) + '1')).not.toThrow();
  });

  it('never throws on odd input', () => {
    for (const s of [
      '\0',
      '\uD800',
      '`',
      '@"',
      "@'x",
      '${',
      '$(',
      '[',
      ']]]',
      '::',
      '--%',
      '<#',
      '#',
      '\r',
      '\u2013\u2013',
    ]) {
      expect(() => parse(s)).not.toThrow();
    }
  });
});
