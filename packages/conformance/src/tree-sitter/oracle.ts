// Loads tree-sitter-powershell's wasm grammar through web-tree-sitter (dev dependency, never shipped).
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Node } from 'web-tree-sitter';

/** Where tree-sitter first gave up: an ERROR node, or a MISSING token it had to invent. */
export interface TreeSitterError {
  /** 1-based line and column of the node's start. */
  readonly line: number;
  readonly column: number;
  /** 'ERROR', or 'MISSING <token>' (e.g. `MISSING ;`). */
  readonly kind: string;
}

export interface TreeSitterParse {
  readonly hasError: boolean;
  /** The first ERROR or MISSING node in document order; undefined when hasError is false. */
  readonly firstError: TreeSitterError | undefined;
  readonly sexp: string;
}

export interface TreeSitterOracle {
  /** Parses source and returns whether tree-sitter found any ERROR or MISSING node, and the S-expression. */
  parse(source: string): TreeSitterParse;
}

function findFirstError(node: Node): TreeSitterError | undefined {
  if (node.type === 'ERROR' || node.isMissing) {
    return {
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      kind: node.isMissing ? `MISSING ${node.type}` : 'ERROR',
    };
  }
  for (const child of node.children) {
    const found = findFirstError(child);
    if (found) return found;
  }
  return undefined;
}

export async function loadTreeSitterPowerShell(): Promise<TreeSitterOracle> {
  const require = createRequire(import.meta.url);
  const { Parser, Language } = await import('web-tree-sitter');
  await Parser.init();
  const pkgDir = path.dirname(require.resolve('tree-sitter-powershell/package.json'));
  const language = await Language.load(path.join(pkgDir, 'tree-sitter-powershell.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  return {
    parse(source) {
      const tree = parser.parse(source);
      if (!tree) return { hasError: true, firstError: undefined, sexp: '' };
      const root = tree.rootNode;
      const hasError = root.hasError;
      const result = {
        hasError,
        firstError: hasError ? findFirstError(root) : undefined,
        sexp: root.toString(),
      };
      tree.delete();
      return result;
    },
  };
}
