// AST snapshot fixtures: tests/fixtures/ast/<NodeKind>/<case>/{input.ps1, expected.json}.
// UPDATE_FIXTURES=1 rewrites expected.json; review the diff before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astToSnapshot, findAll, parse } from '../src/index.js';

const root = join(import.meta.dirname, 'fixtures', 'ast');
const update = process.env['UPDATE_FIXTURES'] === '1';

function snapshot(source: string): unknown {
  const result = parse(source, { fileName: 'input.ps1' });
  const errors = result.errors.map((e) => ({
    errorId: e.errorId,
    startOffset: e.extent.startOffset,
    endOffset: e.extent.endOffset,
    incompleteInput: e.incompleteInput,
  }));
  return errors.length > 0 ? { ast: astToSnapshot(result.ast), errors } : { ast: astToSnapshot(result.ast) };
}

const cases: { kind: string; name: string; dir: string }[] = [];
for (const kind of readdirSync(root).sort()) {
  for (const name of readdirSync(join(root, kind)).sort())
    cases.push({ kind, name, dir: join(root, kind, name) });
}

describe('AST fixtures', () => {
  it.each(cases)('$kind/$name', ({ kind, dir }) => {
    const source = readFileSync(join(dir, 'input.ps1'), 'utf8');
    const actual = snapshot(source);
    const expectedFile = join(dir, 'expected.json');
    if (update || !existsSync(expectedFile))
      writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    // The folder names the node kind the case is about: it must occur in the tree.
    expect(
      findAll(parse(source).ast, (n) => n.type === kind).length,
      `no ${kind} in the tree`,
    ).toBeGreaterThan(0);
  });

  it('covers every node kind the parser can produce', () => {
    const kinds = new Set(cases.map((c) => c.kind));
    for (const required of [
      'ScriptBlockAst',
      'NamedBlockAst',
      'ParamBlockAst',
      'FunctionDefinitionAst',
      'PipelineAst',
      'PipelineChainAst',
      'CommandAst',
      'CommandParameterAst',
      'CommandExpressionAst',
      'FileRedirectionAst',
      'MergingRedirectionAst',
      'AssignmentStatementAst',
      'IfStatementAst',
      'SwitchStatementAst',
      'ForEachStatementAst',
      'ForStatementAst',
      'WhileStatementAst',
      'DoWhileStatementAst',
      'DoUntilStatementAst',
      'TryStatementAst',
      'TrapStatementAst',
      'BreakStatementAst',
      'DataStatementAst',
      'TypeDefinitionAst',
      'BinaryExpressionAst',
      'UnaryExpressionAst',
      'TernaryExpressionAst',
      'ConvertExpressionAst',
      'AttributedExpressionAst',
      'MemberExpressionAst',
      'InvokeMemberExpressionAst',
      'IndexExpressionAst',
      'ArrayLiteralAst',
      'ArrayExpressionAst',
      'HashtableAst',
      'ScriptBlockExpressionAst',
      'SubExpressionAst',
      'ParenExpressionAst',
      'StringConstantExpressionAst',
      'ExpandableStringExpressionAst',
      'ConstantExpressionAst',
      'VariableExpressionAst',
      'UsingExpressionAst',
      'TypeExpressionAst',
      'ErrorStatementAst',
      'ErrorExpressionAst',
    ]) {
      expect(kinds.has(required), required).toBe(true);
    }
  });
});
