// Walking the tree: source-order children, visitor actions, parents.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childFields, childrenOf, findAll, parse, visit, walk } from '../src/index.js';
import type { Ast } from '../src/index.js';
import { linkChildren } from '../src/ast/linkChildren.js';

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

  it('links every parent as the nodes are built, in valid scripts and in scripts with errors', () => {
    const fixtures = join(import.meta.dirname, 'fixtures', 'ast');
    const corpus = join(import.meta.dirname, 'corpus');
    const sources = [
      ...readdirSync(fixtures).flatMap((kind) =>
        readdirSync(join(fixtures, kind)).map((name) =>
          readFileSync(join(fixtures, kind, name, 'input.ps1'), 'utf8'),
        ),
      ),
      ...readdirSync(join(corpus, 'admin-scripts'))
        .filter((f) => f.endsWith('.ps1'))
        .map((f) => readFileSync(join(corpus, 'admin-scripts', f), 'utf8')),
      // Every input of PowerShell's parse-error tables: error recovery builds and drops nodes.
      ...readdirSync(join(corpus, 'parse-errors')).flatMap(
        (f) =>
          JSON.stringify(JSON.parse(readFileSync(join(corpus, 'parse-errors', f), 'utf8')))
            .match(/"(input|script|source)":"(?:[^"\\]|\\.)*"/g)
            ?.map((m) => JSON.parse(m.slice(m.indexOf(':') + 1)) as string) ?? [],
      ),
    ];
    expect(sources.length).toBeGreaterThan(400);
    let wrong = 0;
    for (const src of sources) {
      const ast = parse(src).ast;
      if (ast.parent !== null) wrong++;
      walk(ast, (n) => {
        for (const child of childrenOf(n)) if (child.parent !== n) wrong++;
      });
    }
    expect(wrong).toBe(0);
  });

  it('the per-type parent linker links exactly the children childFields lists, for every node type', () => {
    const fixtures = join(import.meta.dirname, 'fixtures', 'ast');
    const sources = readdirSync(fixtures).flatMap((kind) =>
      readdirSync(join(fixtures, kind)).map((name) =>
        readFileSync(join(fixtures, kind, name, 'input.ps1'), 'utf8'),
      ),
    );
    const seen = new Set<string>();
    for (const src of sources) {
      walk(parse(src).ast, (n) => {
        seen.add(n.type);
        const linked: Ast[] = [];
        linkChildren(n, linked);
        expect(new Set(linked)).toEqual(new Set(childrenOf(n)));
        expect(linked).toHaveLength(childrenOf(n).length);
      });
    }
    // Every node type with children occurs in the fixtures, so every case above was exercised.
    const withChildren = Object.entries(childFields).filter(([, fields]) => fields.length > 0);
    expect(withChildren.map(([type]) => type).filter((t) => !seen.has(t))).toEqual([]);
  });
});
