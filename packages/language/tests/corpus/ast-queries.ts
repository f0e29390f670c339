// Small read-only queries over a parsed tree, shared by the corpus and property tests.
import { walk } from '../../src/index.js';
import type { Ast } from '../../src/index.js';

/** Every node of the tree, root first, depth-first in source order. */
export function allNodes(root: Ast): Ast[] {
  const nodes: Ast[] = [];
  walk(root, (node) => {
    nodes.push(node);
  });
  return nodes;
}

/** Command names as PowerShell's CommandAst.GetCommandName() gives them: a constant-string first element. */
export function commandNames(root: Ast): Set<string> {
  const names = new Set<string>();
  for (const node of allNodes(root)) {
    if (node.type !== 'CommandAst') continue;
    const first = node.commandElements[0];
    if (first?.type === 'StringConstantExpressionAst') names.add(first.value);
  }
  return names;
}

/** Sorted copy, so that two multisets of strings compare with toEqual. */
export function sortedTexts(texts: Iterable<string>): string[] {
  return [...texts].sort();
}
