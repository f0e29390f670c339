// Realistic Exchange Online admin scripts: each parses with zero errors and calls exactly the commands of its manifest.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { commandNames } from './corpus/ast-queries.js';
import { adminScripts, readCorpusJson, type AdminScriptManifest } from './corpus/corpus.js';

const scripts = adminScripts();
const manifest = readCorpusJson<AdminScriptManifest>('admin-scripts/manifest.json');

function byName(a: string, b: string): number {
  return a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
}

describe('admin scripts corpus', () => {
  it('has at least 30 scripts of 40 to 200 lines, each with a manifest entry', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(30);
    for (const { fileName, source } of scripts) {
      const lines = source.split('\n').length;
      expect(lines, fileName).toBeGreaterThanOrEqual(40);
      expect(lines, fileName).toBeLessThanOrEqual(200);
    }
    expect(Object.keys(manifest.scripts).sort()).toEqual(scripts.map((s) => s.fileName));
  });

  for (const { fileName, source } of scripts) {
    it(`${fileName} parses with zero errors and calls the commands of its manifest`, () => {
      const { ast, errors } = parse(source, { fileName });
      expect(
        errors.map(
          (e) => `${e.errorId} at ${e.extent.startLineNumber}:${e.extent.startColumnNumber}: ${e.message}`,
        ),
      ).toEqual([]);
      const expected = [...(manifest.scripts[fileName]?.commands ?? [])].sort(byName);
      expect([...commandNames(ast)].sort(byName)).toEqual(expected);
      expect(ast.extent.file).toBe(fileName);
    });

    it(`${fileName} with Windows (CRLF) line endings parses the same way`, () => {
      const crlf = source.replace(/\r?\n/g, '\r\n');
      const { ast, errors } = parse(crlf, { fileName });
      expect(
        errors.map((e) => `${e.errorId} at ${e.extent.startLineNumber}:${e.extent.startColumnNumber}`),
      ).toEqual([]);
      expect([...commandNames(ast)].sort(byName)).toEqual([...commandNames(parse(source).ast)].sort(byName));
      expect(ast.extent.endLineNumber).toBe(parse(source).ast.extent.endLineNumber);
    });
  }
});
