// Loads tree-sitter-powershell's wasm grammar through web-tree-sitter (dev dependency, never shipped).
import { createRequire } from 'node:module';
import path from 'node:path';

export interface TreeSitterOracle {
  /** Parses source and returns whether tree-sitter found any ERROR or MISSING node, and the S-expression. */
  parse(source: string): { readonly hasError: boolean; readonly sexp: string };
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
      if (!tree) return { hasError: true, sexp: '' };
      const root = tree.rootNode;
      const result = { hasError: root.hasError, sexp: root.toString() };
      tree.delete();
      return result;
    },
  };
}
