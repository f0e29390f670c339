// Token tables transcribed from PowerShell's test/powershell/Language/Parser/Parsing.Tests.ps1
// ("Ternary Operator parsing" and "Keywords 'default', 'hidden', 'in', 'static' Token parsing").
import { describe, expect, it } from 'vitest';
import { parse, TokenFlags } from '../src/index.js';

describe('? and : outside a ternary (Parsing.Tests.ps1, testCases_basic)', () => {
  it.each([
    ['$true?2:3', 'Variable'],
    ['$false?', 'Variable'],
    ['$:abc', 'Variable'],
    ['$env:abc', 'Variable'],
    ['$env:123', 'Variable'],
    ['a?2:2', 'Generic'],
    ['1?2:3', 'Generic'],
    ['a?', 'Generic'],
    ['a?b', 'Generic'],
    ['1?', 'Generic'],
    ['?2:3', 'Generic'],
  ])('%s is one %s token', (script, kind) => {
    const r = parse(script);
    expect(r.tokens[0]?.kind).toBe(kind);
    expect(r.tokens[0]?.text).toBe(script);
    const statement = r.ast.endBlock?.statements[0];
    const element = statement?.type === 'PipelineAst' ? statement.pipelineElements[0] : undefined;
    const node =
      element?.type === 'CommandExpressionAst'
        ? element.expression
        : element?.type === 'CommandAst'
          ? element.commandElements[0]
          : undefined;
    expect(node?.type).toBe(kind === 'Variable' ? 'VariableExpressionAst' : 'StringConstantExpressionAst');
    expect(node?.extent.text).toBe(script);
  });
});

describe("keywords 'default', 'hidden', 'in', 'static' (Parsing.Tests.ps1)", () => {
  const K = TokenFlags.Keyword;
  const C = TokenFlags.CommandName;
  it.each<[string, number, string, number, number]>([
    // script, token index, kind, flag mask, expected masked flags
    ['switch (1) {default {0} 1 {1}}', 5, 'Default', K, K],
    ['switch (1) {"default" {0} 1 {1}}', 5, 'StringExpandable', K, 0],
    ['switch (1) {adefault {0} 1 {1}}', 5, 'Identifier', K, 0],
    ['foreach ($i in 1..2) {$i}', 3, 'In', K, K],
    ['class test {hidden $a; static aMethod () {return $this.a} }', 3, 'Hidden', K, K],
    ['class test {hidden $a; static aMethod () {return $this.a} }', 6, 'Static', K, K],
    ['echo default hidden in static', 1, 'Generic', K, 0],
    ['echo default hidden in static', 2, 'Generic', K, 0],
    ['echo default hidden in static', 3, 'Generic', K, 0],
    ['echo default hidden in static', 4, 'Generic', K, 0],
    ['default', 0, 'Default', K | C, C],
    ['hidden', 0, 'Hidden', K | C, C],
    ['in', 0, 'In', K | C, C],
    ['static', 0, 'Static', K | C, C],
  ])('%s: token %i is %s', (script, index, kind, mask, value) => {
    const token = parse(script).tokens[index];
    expect(token?.kind).toBe(kind);
    expect((token?.flags ?? -1) & mask).toBe(value);
  });
});
