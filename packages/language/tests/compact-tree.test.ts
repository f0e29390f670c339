// What a parse keeps (issue #3): shared read-only pieces where the value is the same, nothing shared that differs.
import { describe, expect, it } from 'vitest';
import { findAll, parse, TokenKind } from '../src/index.js';
import type { Ast, CommandAst, VariableExpressionAst } from '../src/index.js';

const variables = (ast: Ast) =>
  findAll(ast, (n) => n.type === 'VariableExpressionAst') as VariableExpressionAst[];

describe('compact parse results', () => {
  it('variables with the same name share one VariablePath; different names do not', () => {
    const { ast, tokens } = parse('$a = 1; $a + $script:a; $b');
    const [a1, a2, scriptA, b] = variables(ast) as [
      VariableExpressionAst,
      VariableExpressionAst,
      VariableExpressionAst,
      VariableExpressionAst,
    ];
    expect(a1.variablePath).toBe(a2.variablePath);
    expect(scriptA.variablePath).not.toBe(a1.variablePath);
    expect(scriptA.variablePath).toMatchObject({
      userPath: 'script:a',
      unqualifiedPath: 'a',
      scope: 'Script',
    });
    expect(b.variablePath).toMatchObject({ userPath: 'b', unqualifiedPath: 'b', scope: null });
    const varTokens = tokens.filter((t) => t.kind === TokenKind.Variable);
    expect(varTokens.map((t) => t.variablePath?.userPath)).toEqual(['a', 'a', 'script:a', 'b']);
    expect(varTokens[0]?.variablePath).toBe(a1.variablePath);
    expect(JSON.parse(JSON.stringify(varTokens[2]))).toMatchObject({
      kind: TokenKind.Variable,
      text: '$script:a',
      variablePath: { userPath: 'script:a', scope: 'Script' },
    });
  });

  it('empty node lists are frozen, so a consumer cannot change a list another node shares', () => {
    const { ast } = parse('Get-Date; Get-Item x');
    const [date, item] = findAll(ast, (n) => n.type === 'CommandAst') as [CommandAst, CommandAst];
    expect(date.redirections).toEqual([]);
    expect(Object.isFrozen(date.redirections)).toBe(true);
    expect(() => (date.redirections as unknown[]).push(1)).toThrow(TypeError);
    expect(item.redirections).toHaveLength(0);
    // Non-empty lists are the node's own, and hold exactly their items.
    expect(item.commandElements.map((e) => e.extent.text)).toEqual(['Get-Item', 'x']);
    expect(Object.isFrozen(item.commandElements)).toBe(false);
  });

  it("a node whose extent is its only part's shares that extent; a wider node gets its own", () => {
    const { ast } = parse('Get-Date | Out-Null\nGet-Item x');
    const pipelines = findAll(ast, (n) => n.type === 'PipelineAst');
    const commands = findAll(ast, (n) => n.type === 'CommandAst');
    expect(pipelines[1]?.extent).toBe(commands[2]?.extent);
    expect(pipelines[0]?.extent).not.toBe(commands[0]?.extent);
    expect(pipelines[0]?.extent.text).toBe('Get-Date | Out-Null');
    expect(pipelines[1]?.extent.text).toBe('Get-Item x');
  });

  it('a token extent is made on each read, with the same offsets, lines and text', () => {
    const { tokens } = parse('$x =\n  42');
    const number = tokens.find((t) => t.kind === TokenKind.Number);
    expect(number?.extent).not.toBe(number?.extent);
    expect(number?.extent.toJSON()).toEqual(number?.extent.toJSON());
    expect(number?.extent).toMatchObject({ text: '42', startLineNumber: 2, startColumnNumber: 3 });
  });
});
