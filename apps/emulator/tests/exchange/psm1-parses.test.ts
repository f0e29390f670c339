// The generated psm1 parses as PowerShell: checked with tree-sitter-powershell (the conformance package's dev oracle).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cmdletCatalog, writeModule } from '../../src/exchange/index.js';

interface SyntaxNode {
  readonly hasError: boolean;
  readonly type: string;
  descendantsOfType(type: string): SyntaxNode[];
}
interface TreeSitter {
  Parser: {
    init(): Promise<void>;
    new (): { setLanguage(l: unknown): void; parse(s: string): { rootNode: SyntaxNode } | null };
  };
  Language: { load(file: string): Promise<unknown> };
}

// The grammar is a dev dependency of packages/conformance; resolve it from there rather than adding it here.
const conformance = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../packages/conformance/package.json',
);

async function loadParser() {
  const require = createRequire(conformance);
  const ts = (await import(pathToFileURL(require.resolve('web-tree-sitter')).href)) as TreeSitter;
  await ts.Parser.init();
  const grammar = path.join(
    path.dirname(require.resolve('tree-sitter-powershell/package.json')),
    'tree-sitter-powershell.wasm',
  );
  const parser = new ts.Parser();
  parser.setLanguage(await ts.Language.load(grammar));
  return parser;
}

describe('generated ExchangeOnline.psm1', () => {
  it('parses without errors and defines one function per cmdlet', async () => {
    const parser = await loadParser();
    const cmdlets = cmdletCatalog.filter((c) => !c.builtIn);
    const tree = parser.parse(writeModule(cmdlets, 'contoso.onmicrosoft.com'));
    expect(tree?.rootNode.hasError).toBe(false);
    expect(tree?.rootNode.descendantsOfType('function_statement')).toHaveLength(cmdlets.length);
  });

  it('the oracle does catch a broken param block', async () => {
    const parser = await loadParser();
    const broken = writeModule(cmdletCatalog.slice(0, 1), 'x').replace('${Identity},', '${Identity}');
    expect(parser.parse(broken)?.rootNode.hasError).toBe(true);
  });
});
