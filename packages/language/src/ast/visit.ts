// Walking and visiting ASTs (PowerShell's AstVisitor / AstVisitAction), and parent linking.
import type { Ast, AstOfType, AstType } from './ast.js';
import { childrenOf, forEachChild } from './children.js';
import { linkChildren } from './linkChildren.js';

/** PowerShell's AstVisitAction. */
export type AstVisitAction = 'Continue' | 'SkipChildren' | 'StopVisit';

/** One optional callback per node type; returning nothing means Continue. */
export type AstVisitor = {
  readonly [K in AstType]?: (node: AstOfType<K>) => AstVisitAction | void;
} & {
  /** Called for every node before its type-specific callback. */
  readonly default?: (node: Ast) => AstVisitAction | void;
};

/** Visits nodes depth-first in source order. Returns false if a callback stopped the visit. */
export function visit(ast: Ast, visitor: AstVisitor): boolean {
  let action = visitor.default?.(ast) ?? 'Continue';
  if (action === 'Continue') {
    const typed = visitor[ast.type] as ((node: Ast) => AstVisitAction | void) | undefined;
    action = typed?.(ast) ?? 'Continue';
  }
  if (action === 'StopVisit') return false;
  if (action === 'SkipChildren') return true;
  for (const child of childrenOf(ast)) if (!visit(child, visitor)) return false;
  return true;
}

/** Calls fn on every node depth-first; fn returning false skips that node's children. */
export function walk(ast: Ast, fn: (node: Ast) => boolean | void): void {
  if (fn(ast) === false) return;
  forEachChild(ast, (child) => walk(child, fn));
}

/** Every node below (and including) the root for which the predicate holds. */
export function findAll(ast: Ast, predicate: (node: Ast) => boolean): Ast[] {
  const out: Ast[] = [];
  walk(ast, (node) => {
    if (predicate(node)) out.push(node);
  });
  return out;
}

/**
 * Sets `parent` on every node below the root (the root gets `null`), iteratively and without allocating per node.
 * `onNode` sees every node once its ancestors are linked (pre-order; siblings in no particular order).
 */
export function linkParents(root: Ast, onNode?: (node: Ast) => void): void {
  root.parent = null;
  const stack: Ast[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Ast;
    if (onNode !== undefined) onNode(node);
    linkChildren(node, stack);
  }
}
