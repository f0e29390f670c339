// Walking the tree: source-order children, visitor actions, parents.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childFields, childrenOf, findAll, parse, visit, walk } from '../src/index.js';
import type { Ast } from '../src/index.js';
import { linkChildren } from '../src/ast/linkChildren.js';
import { linkParents } from '../src/ast/visit.js';
import { checkNode, newSemanticCheckState } from '../src/parser/semanticChecks.js';

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
    const sources = testSources();
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

  it('runs the semantic checks on every node of the tree that has any (the queue misses no node type)', () => {
    const missed: string[] = [];
    for (const src of testSources()) {
      const result = parse(src);
      const reported = new Set(result.errors.map((e) => `${e.errorId}@${e.extent.startOffset}`));
      const state = newSemanticCheckState();
      linkParents(result.ast, (node) =>
        checkNode(
          node,
          (extent, errorId) => {
            if (!reported.has(`${errorId}@${extent.startOffset}`)) missed.push(`${errorId} in ${src}`);
          },
          state,
        ),
      );
    }
    expect(missed).toEqual([]);
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

/** The script strings (`input`, `script` or `source` fields) of a JSON test table. */
function tableInputs(file: string): string[] {
  const text = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
  const fields = text.match(/"(input|script|source)":"(?:[^"\\]|\\.)*"/g) ?? [];
  return fields.map((m) => JSON.parse(m.slice(m.indexOf(':') + 1)) as string);
}

/**
 * Scripts to check the tree on: the AST fixtures, the admin scripts, and every input of the parse-error tables
 * and the class checks' table (error recovery builds nodes and drops them).
 */
function testSources(): string[] {
  const fixtures = join(import.meta.dirname, 'fixtures', 'ast');
  const corpus = join(import.meta.dirname, 'corpus');
  return [
    ...readdirSync(fixtures).flatMap((kind) =>
      readdirSync(join(fixtures, kind)).map((name) =>
        readFileSync(join(fixtures, kind, name, 'input.ps1'), 'utf8'),
      ),
    ),
    ...readdirSync(join(corpus, 'admin-scripts'))
      .filter((f) => f.endsWith('.ps1'))
      .map((f) => readFileSync(join(corpus, 'admin-scripts', f), 'utf8')),
    ...readdirSync(join(corpus, 'parse-errors')).flatMap((f) => tableInputs(join(corpus, 'parse-errors', f))),
    ...tableInputs(join(import.meta.dirname, 'fixtures', 'semantic', 'class-parse-errors.json')),
    ...tableInputs(join(import.meta.dirname, 'fixtures', 'semantic', 'semantic-check-errors.json')),
    // One script per node type the semantic checks look at, each breaking its rule.
    'class A { [void] M() { return 1 } }; class A {}',
    'function f { param([ordered]$h, $h) }',
    'function f($a) { param($b) }',
    'parallel { 1 }',
    'switch -parallel (1) { 1 {} }',
    'foreach -throttlelimit 2 ($i in 1) {}',
    'try {} catch {} catch [int] {}',
    'try {} finally { break }',
    'foreach ($i in 1) { try {} finally { continue } }',
    'try {} finally { return }',
    '1 = 2',
    '++1; 2--',
    '[ref][int]$x = 1; [void]$y = 2',
    '[int][Parameter()]$z = 1',
    'f -p:@splat; $a.M(@splat)',
    '@{ a = 1; a = 2 }',
    'using namespace a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee.ff.gg.hh.ii.jj.kk; using namespace System.(1)',
    'data { $x }',
    '$using:a.M()',
  ];
}
