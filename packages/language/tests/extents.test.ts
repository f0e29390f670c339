// Extents: node texts and 1-based lines/columns as PowerShell's IScriptExtent reports them.
import { describe, expect, it } from 'vitest';
import { findAll, parse } from '../src/index.js';
import type { Ast, AstType } from '../src/index.js';

function texts(source: string, type: AstType): string[] {
  return findAll(parse(source).ast, (n: Ast) => n.type === type).map((n) => n.extent.text);
}

describe('extents', () => {
  it.each<[string, AstType, string[]]>([
    [
      'Get-Mailbox -Identity x -Confirm:$false  # note',
      'CommandAst',
      ['Get-Mailbox -Identity x -Confirm:$false'],
    ],
    ['Get-Mailbox -Identity x -Confirm:$false', 'CommandParameterAst', ['-Identity', '-Confirm:$false']],
    ['a | b\n| c', 'PipelineAst', ['a | b\n| c']],
    ['[int]$n = 1 + 2', 'AssignmentStatementAst', ['[int]$n = 1 + 2']],
    ['[int]$n = 1 + 2', 'ConvertExpressionAst', ['[int]$n']],
    ['if ($a) { 1 }\nelse { 2 }', 'IfStatementAst', ['if ($a) { 1 }\nelse { 2 }']],
    ['$x.Trim().Length', 'MemberExpressionAst', ['$x.Trim().Length']],
    ['$x.Trim().Length', 'InvokeMemberExpressionAst', ['$x.Trim()']],
    ['function f($a) { $a }', 'FunctionDefinitionAst', ['function f($a) { $a }']],
    ['function f($a) { $a }', 'ScriptBlockAst', ['function f($a) { $a }', '{ $a }']],
    ['@{ a = 1 }', 'HashtableAst', ['@{ a = 1 }']],
    ['"x $($y) z"', 'SubExpressionAst', ['$($y)']],
    [':l foreach ($i in $c) { }', 'ForEachStatementAst', [':l foreach ($i in $c) { }']],
    ['Get-Item x 2>&1 > f.txt', 'FileRedirectionAst', ['> f.txt']],
  ])('%j: %s', (source, type, expected) => {
    expect(texts(source, type)).toEqual(expected);
  });

  it('reports the binary operator position for errors', () => {
    const r = parse('$a -like $b');
    const bin = findAll(r.ast, (n) => n.type === 'BinaryExpressionAst')[0];
    expect(bin?.type === 'BinaryExpressionAst' && bin.errorPosition.text).toBe('-like');
  });

  it('uses 1-based lines and columns, counting CRLF as one line break', () => {
    const r = parse('Get-Date\r\n  $x = 1\r\n');
    const assignment = findAll(r.ast, (n) => n.type === 'AssignmentStatementAst')[0];
    const e = assignment?.extent;
    expect([e?.startLineNumber, e?.startColumnNumber, e?.endLineNumber, e?.endColumnNumber]).toEqual([
      2, 3, 2, 9,
    ]);
  });

  it('every node text is the source between its offsets', () => {
    const source = 'param($p)\nforeach ($m in Get-Mailbox) { "$($m.Name): $p" | Out-File -Append log.txt }\n';
    for (const node of findAll(parse(source).ast, () => true)) {
      expect(node.extent.text).toBe(source.slice(node.extent.startOffset, node.extent.endOffset));
    }
  });
});
