// Walking the tree: source-order children, visitor actions, parents.
import { describe, expect, it } from 'vitest';
import { childrenOf, findAll, parse, visit, walk } from '../src/index.js';
import type { Ast } from '../src/index.js';

const source = 'if ($a -gt 1) { Get-Date } elseif ($b) { 2 } else { $c = @{ k = 3 } }';

describe('walkers', () => {
  it('childrenOf lists children in source order (tuples flattened)', () => {
    const ifAst = findAll(parse(source).ast, (n) => n.type === 'IfStatementAst')[0] as Ast;
    expect(childrenOf(ifAst).map((c) => c.extent.text)).toEqual([
      '$a -gt 1',
      '{ Get-Date }',
      '$b',
      '{ 2 }',
      '{ $c = @{ k = 3 } }',
    ]);
  });

  it('walk visits depth-first in source order and can skip children', () => {
    const seen: string[] = [];
    walk(parse('$x = 1 + 2; Get-Item a').ast, (n) => {
      seen.push(n.type);
      return n.type !== 'AssignmentStatementAst';
    });
    expect(seen).toEqual([
      'ScriptBlockAst',
      'NamedBlockAst',
      'AssignmentStatementAst',
      'PipelineAst',
      'CommandAst',
      'StringConstantExpressionAst',
      'StringConstantExpressionAst',
    ]);
  });

  it('visit calls typed callbacks and honours SkipChildren and StopVisit', () => {
    const ast = parse(source).ast;
    const constants: number[] = [];
    visit(ast, {
      ConstantExpressionAst: (n) => {
        constants.push(Number(n.value));
      },
      HashtableAst: () => 'SkipChildren',
    });
    expect(constants).toEqual([1, 2]);
    const commands: string[] = [];
    const completed = visit(ast, {
      CommandAst: (n) => {
        commands.push(n.extent.text);
        return 'StopVisit';
      },
    });
    expect(completed).toBe(false);
    expect(commands).toEqual(['Get-Date']);
  });

  it('links every node to its parent', () => {
    const ast = parse(source).ast;
    expect(ast.parent).toBeNull();
    walk(ast, (n) => {
      for (const child of childrenOf(n)) expect(child.parent).toBe(n);
    });
  });
});
