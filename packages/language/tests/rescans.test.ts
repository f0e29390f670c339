// The parser scans each token of common statements once (issue #3's throughput): where pwsh scans a token again after a
// tokenizer mode change or a failed look-ahead, exosh keeps the token when a second scan could not differ. Measured
// with the tokenizer's `charsScanned` (characters covered by every token made, rescans included): for these scripts
// it equals the characters covered by the parse's final tokens, so any rescan shows.
import { describe, expect, it } from 'vitest';
import { parse, TokenKind } from '../src/index.js';
import { SourceText } from '../src/ast/extent.js';
import { Parser } from '../src/parser/parser.js';

function scanned(source: string): number {
  const parser = new Parser(new SourceText(source));
  parser.scriptBlockRule(null, false);
  parser.drainTokens();
  return parser.tokenizer.charsScanned;
}

function covered(source: string): number {
  const { tokens, errors } = parse(source);
  expect(errors).toEqual([]);
  return tokens
    .filter((t) => t.kind !== TokenKind.EndOfInput)
    .reduce((sum, t) => sum + (t.extent.endOffset - t.extent.startOffset), 0);
}

describe('tokens scanned once', () => {
  it.each([
    ['a command', 'Get-Mailbox -ResultSize Unlimited | Select-Object Name, PrimarySmtpAddress\n'],
    ['a command without a dash', 'dir C:\\temp\n'],
    ['an assignment', '$count = $count + 1\n'],
    ['member access', '$mailbox.PrimarySmtpAddress.Address\n'],
    ['a method call', '$list.Add($item)\n'],
    ['an if without else', 'if ($a) { $b }\nGet-Date\n'],
    ['a script block without param', '$sb = {\n  $x\n}\n'],
    ['a function', 'function Get-Thing {\n  Get-Item $path\n}\n'],
    ['a command in parentheses', '$n = (Get-Mailbox).Count\n'],
    ['a command as a condition', 'if (Test-Path $p) { $a }\n'],
  ])('%s', (_name, source) => {
    expect(scanned(source)).toBe(covered(source));
  });

  it('shows the rescans that remain: a cast at the start of a statement is read as an attribute first', () => {
    // As pwsh: `[string]` is parsed as a statement attribute, then the statement is scanned again as an expression.
    const source = "[string]$name = 'x'\n";
    expect(scanned(source)).toBeGreaterThan(covered(source));
    // and an `else` after an if body is found with its look-ahead, scanned once.
    const ifElse = 'if ($a) { $b }\nelse { $c }\n';
    expect(scanned(ifElse)).toBe(covered(ifElse));
    expect(parse(ifElse).ast.endBlock?.statements).toHaveLength(1);
  });
});

describe('tokens on demand', () => {
  it('are the tokens scanned before a parse that failed too deep', () => {
    const source = '('.repeat(5000) + '1' + ')'.repeat(5000);
    const result = parse(source);
    expect(result.errors.map((e) => e.errorId)).toContain('ScriptTooComplicated');
    expect(result.tokens.length).toBeGreaterThan(100);
    expect(result.tokens.every((t) => t.kind === TokenKind.LParen || t.kind === TokenKind.EndOfInput)).toBe(
      true,
    );
  });

  it("carry the parse's file name and share its variable paths", () => {
    const result = parse('$mailbox = Get-Mailbox\n$mailbox.Name', { fileName: '/scripts/report.ps1' });
    expect(result.tokens[0]?.extent.file).toBe('/scripts/report.ps1');
    const assignment = result.ast.endBlock?.statements[0];
    if (assignment?.type !== 'AssignmentStatementAst' || assignment.left.type !== 'VariableExpressionAst')
      throw new Error('expected an assignment to a variable');
    const variableTokens = result.tokens.filter((t) => t.kind === TokenKind.Variable);
    expect(variableTokens).toHaveLength(2);
    for (const t of variableTokens) expect(t.variablePath).toBe(assignment.left.variablePath);
  });

  it('are made once and kept', () => {
    const result = parse('Get-Item $a');
    expect(result.tokens).toBe(result.tokens);
    expect(result.tokens.map((t) => t.text)).toEqual(['Get-Item', '$a', '']);
  });
});
