// Tokenizer modes as the parser drives them: the same characters tokenize differently in command and expression mode.
import { describe, expect, it } from 'vitest';
import { parse, TokenKind, TokenFlags, hasTrait, getBinaryPrecedence } from '../src/index.js';

/** "Kind:text" for every token except EndOfInput. */
function tokens(source: string): string[] {
  return parse(source)
    .tokens.filter((t) => t.kind !== 'EndOfInput')
    .map((t) => `${t.kind}:${t.text}`);
}

describe('command mode vs expression mode', () => {
  it.each([
    // -x is a parameter in command mode, an operator (or error) in expression mode
    ['Get-Item -Path x', ['Generic:Get-Item', 'Parameter:-Path', 'Identifier:x']],
    ['$a -eq 1', ['Variable:$a', 'Ieq:-eq', 'Number:1']],
    [
      'Where-Object Status -eq Running',
      ['Generic:Where-Object', 'Identifier:Status', 'Parameter:-eq', 'Identifier:Running'],
    ],
    // numbers with multipliers are numbers in both modes; 7z is a bare word
    ['Set-Quota 2KB', ['Generic:Set-Quota', 'Number:2KB']],
    ['$q = 2KB', ['Variable:$q', 'Equals:=', 'Number:2KB']],
    ['Get-Thing 7z', ['Generic:Get-Thing', 'Generic:7z']],
    // `.` alone, `.\path`, `..`
    ['Get-Item .\\a.txt', ['Generic:Get-Item', 'Generic:.\\a.txt']],
    ['Write-Host . x', ['Generic:Write-Host', 'Generic:.', 'Identifier:x']],
    ['1..3', ['Number:1', 'DotDot:..', 'Number:3']],
    ['$x.Name', ['Variable:$x', 'Dot:.', 'Identifier:Name']],
    // operators glued to text are bare words in command mode
    ['echo 1+2', ['Identifier:echo', 'Generic:1+2']],
    ['1+2', ['Number:1', 'Plus:+', 'Number:2']],
    ['echo a=b', ['Identifier:echo', 'Generic:a=b']],
    ['echo -1', ['Identifier:echo', 'Generic:-1']],
    ['-1', ['Number:-1']],
    ['$a - 1', ['Variable:$a', 'Minus:-', 'Number:1']],
    // `[` starts a type in expression position, a bare word among arguments
    ['[int]$x', ['LBracket:[', 'Identifier:int', 'RBracket:]', 'Variable:$x']],
    [
      'Read-Host Continue? [Y] Yes',
      ['Generic:Read-Host', 'Generic:Continue?', 'Generic:[Y]', 'Identifier:Yes'],
    ],
    // keywords only at statement start; as arguments they become Generic
    ['if ($a) {}', ['If:if', 'LParen:(', 'Variable:$a', 'RParen:)', 'LCurly:{', 'RCurly:}']],
    ['Write-Host if', ['Generic:Write-Host', 'Generic:if']],
    // labels, splats, redirections
    [
      ':outer while (1) {}',
      ['Label::outer', 'While:while', 'LParen:(', 'Number:1', 'RParen:)', 'LCurly:{', 'RCurly:}'],
    ],
    ['Get-Mailbox @p', ['Generic:Get-Mailbox', 'SplattedVariable:@p']],
    ['cmd 2>&1 > out.txt', ['Identifier:cmd', 'Redirection:2>&1', 'Redirection:>', 'Generic:out.txt']],
    ['a *> $null', ['Identifier:a', 'Redirection:*>', 'Variable:$null']],
    // chain and background operators
    [
      'a && b || c &',
      ['Identifier:a', 'AndAnd:&&', 'Identifier:b', 'OrOr:||', 'Identifier:c', 'Ampersand:&'],
    ],
    // PowerShell 7 operators in expression mode
    ['$a ?? $b', ['Variable:$a', 'QuestionQuestion:??', 'Variable:$b']],
    ['$a ??= 1', ['Variable:$a', 'QuestionQuestionEquals:??=', 'Number:1']],
    ['${a}?.b', ['Variable:${a}', 'QuestionDot:?.', 'Identifier:b']],
    ['$a ? 1 : 2', ['Variable:$a', 'QuestionMark:?', 'Number:1', 'Colon::', 'Number:2']],
    [
      '[int]::MaxValue',
      ['LBracket:[', 'Identifier:int', 'RBracket:]', 'ColonColon:::', 'Identifier:MaxValue'],
    ],
    ['$i++; --$j', ['Variable:$i', 'PlusPlus:++', 'Semi:;', 'MinusMinus:--', 'Variable:$j']],
  ])('%s', (source, expected) => {
    expect(tokens(source)).toEqual(expected);
  });
});

describe('trivia', () => {
  it('keeps comments, newlines and line continuations as tokens', () => {
    expect(tokens('# c\n<# b #> x `\ny')).toEqual([
      'Comment:# c',
      'NewLine:\n',
      'Comment:<# b #>',
      'Identifier:x',
      'LineContinuation:`\n',
      'Identifier:y',
    ]);
  });

  it('normalizes nothing: CRLF is one NewLine token with its two characters', () => {
    expect(tokens('a\r\nb')).toEqual(['Identifier:a', 'NewLine:\r\n', 'Identifier:b']);
  });

  it('ends with exactly one EndOfInput token at the end of the source', () => {
    const r = parse('Get-Date');
    const eof = r.tokens.filter((t) => t.kind === 'EndOfInput');
    expect(eof).toHaveLength(1);
    expect(eof[0]?.extent.startOffset).toBe(8);
  });

  it('treats typographic dashes and quotes as their ASCII counterparts', () => {
    expect(tokens('Get-Mailbox \u2013Identity \u201cx\u201d')).toEqual([
      'Generic:Get-Mailbox',
      'Parameter:\u2013Identity',
      'StringExpandable:\u201cx\u201d',
    ]);
    expect(tokens('$a \u2014replace \u2018a\u2019')).toEqual([
      'Variable:$a',
      'Ireplace:\u2014replace',
      'StringLiteral:\u2018a\u2019',
    ]);
  });
});

describe('token flags and traits', () => {
  it('marks command names and keeps PowerShell precedences', () => {
    const first = parse('Get-Date').tokens[0];
    expect(first && (first.flags & TokenFlags.CommandName) !== 0).toBe(true);
    expect(hasTrait(TokenKind.Ieq, TokenFlags.BinaryOperator)).toBe(true);
    expect(getBinaryPrecedence(TokenKind.Multiply)).toBeGreaterThan(getBinaryPrecedence(TokenKind.Plus));
    expect(getBinaryPrecedence(TokenKind.Format)).toBeGreaterThan(getBinaryPrecedence(TokenKind.Multiply));
    expect(getBinaryPrecedence(TokenKind.DotDot)).toBeGreaterThan(getBinaryPrecedence(TokenKind.Format));
    expect(getBinaryPrecedence(TokenKind.And)).toBeLessThan(getBinaryPrecedence(TokenKind.Ieq));
    expect(getBinaryPrecedence(TokenKind.QuestionQuestion)).toBeLessThan(getBinaryPrecedence(TokenKind.Plus));
  });

  it('parameter tokens carry their name and whether a colon followed', () => {
    const p = parse('Connect-ExchangeOnline -ShowBanner:$false').tokens[1];
    expect(p?.kind).toBe('Parameter');
    expect(p?.name).toBe('ShowBanner');
    expect(p?.usedColon).toBe(true);
  });
});
