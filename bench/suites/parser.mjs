// Parser throughput (MB/s) against tree-sitter-powershell (wasm) and acorn (JS), and a cold 20 KB parse.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { median, timeProcess } from '../lib/measure.mjs';

const { parse } = await import('@exosh/language');
const acorn = await import('acorn');
const { Parser: TsParser, Language } = await import('web-tree-sitter');

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const adminDir = path.join(root, 'packages/language/tests/corpus/admin-scripts');
const RUNS = 11;
const WARMUP = 3;

/**
 * The admin scripts, each wrapped in a function so param blocks stay valid; `using` lines hoisted to the top,
 * `#requires` lines made plain comments.
 */
function adminCorpus(minBytes, keep = () => true) {
  const scripts = readdirSync(adminDir)
    .filter((f) => f.endsWith('.ps1'))
    .sort()
    .map((f) => readFileSync(path.join(adminDir, f), 'utf8'))
    .filter(keep);
  const usingLine = /^using\s.*$/gim;
  const usings = [...new Set(scripts.flatMap((s) => s.match(usingLine) ?? []))];
  // `#requires` lines become plain comments: the scripts ask for different versions, and one file that
  // requires two versions is an error (ParameterAlreadyBound), as in pwsh.
  const bodies = scripts.map((s) => s.replace(usingLine, '').replace(/^#requires\b/gim, '# requires'));
  let out = usings.join('\n') + '\n';
  for (let i = 0; Buffer.byteLength(out) < minBytes; i++) {
    out += `function Invoke-CorpusScript${i} {\n${bodies[i % bodies.length]}\n}\n`;
  }
  return out;
}

/** acorn's own dist, repeated (`;`-separated, so ASI cannot join the copies) to about `targetBytes`. */
function jsInput(targetBytes) {
  const file = readFileSync(path.join(path.dirname(require.resolve('acorn')), 'acorn.js'), 'utf8');
  const copies = Math.max(1, Math.round(targetBytes / Buffer.byteLength(file)));
  return Array.from({ length: copies }, () => file).join('\n;\n');
}

async function loadTreeSitter() {
  await TsParser.init();
  const pkgDir = path.dirname(require.resolve('tree-sitter-powershell/package.json'));
  const language = await Language.load(path.join(pkgDir, 'tree-sitter-powershell.wasm'));
  const parser = new TsParser();
  parser.setLanguage(language);
  return parser;
}

const mbPerSecond = (bytes, ms) => bytes / 1e6 / (ms / 1000);

function timeMs(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function throughput() {
  const ps = adminCorpus(1_000_000);
  const js = jsInput(Buffer.byteLength(ps));
  const psBytes = Buffer.byteLength(ps);
  const jsBytes = Buffer.byteLength(js);
  const tsParser = await loadTreeSitter();

  // Correctness before timing: ours parses the valid corpus with no error and covers all of it;
  // tree-sitter returns a tree spanning the whole input; acorn accepts the JS.
  const ours = parse(ps);
  if (ours.errors.length)
    throw new Error(`our parser reports ${ours.errors.length} errors, first ${ours.errors[0].errorId}`);
  if (ours.ast.extent.endOffset < ps.trimEnd().length) throw new Error('our AST does not cover the input');
  const tree = tsParser.parse(ps);
  if (!tree || tree.rootNode.endIndex < ps.trimEnd().length)
    throw new Error('tree-sitter tree does not cover the input');
  tree.delete();
  acorn.parse(js, { ecmaVersion: 'latest', sourceType: 'script' });

  // tree-sitter's error recovery costs time on inputs it rejects, so also time both on the scripts it
  // parses cleanly (wrapped the same way) for a like-for-like figure.
  const tsClean = (src) => {
    const t = tsParser.parse(`function Invoke-CorpusScript {\n${src}\n}\n`);
    const clean = !t.rootNode.hasError;
    t.delete();
    return clean;
  };
  const psClean = adminCorpus(1_000_000, tsClean);
  const psCleanBytes = Buffer.byteLength(psClean);
  const cleanTree = tsParser.parse(psClean);
  const cleanOk = !cleanTree.rootNode.hasError;
  cleanTree.delete();
  if (!cleanOk || parse(psClean).errors.length)
    throw new Error('the tree-sitter-clean subset does not parse cleanly');
  const cleanScripts = readdirSync(adminDir).filter(
    (f) => f.endsWith('.ps1') && tsClean(readFileSync(path.join(adminDir, f), 'utf8')),
  ).length;

  const runOurs = () => timeMs(() => parse(ps));
  const runOursClean = () => timeMs(() => parse(psClean));
  const runTsClean = () => timeMs(() => tsParser.parse(psClean).delete());
  const runTs = () => timeMs(() => tsParser.parse(ps).delete());
  const runAcorn = () => timeMs(() => acorn.parse(js, { ecmaVersion: 'latest', sourceType: 'script' }));
  const runners = { ours: runOurs, ts: runTs, acorn: runAcorn, oursClean: runOursClean, tsClean: runTsClean };
  for (let i = 0; i < WARMUP; i++) Object.values(runners).forEach((f) => f());
  const samples = Object.fromEntries(Object.keys(runners).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [k, f] of Object.entries(runners)) samples[k].push(f());
  const oursMBs = mbPerSecond(psBytes, median(samples.ours));
  const kb = (n) => `${Math.round(n / 1024)} KB`;
  return [
    {
      name: `parse throughput, ${kb(psBytes)} of admin scripts (warm, median of ${RUNS})`,
      unit: 'MB/s',
      ours: oursMBs,
      reference: mbPerSecond(psBytes, median(samples.ts)),
      referenceName: 'tree-sitter-powershell wasm, same input',
    },
    {
      name: `parse throughput, ${kb(psCleanBytes)} of the ${cleanScripts} admin scripts tree-sitter parses cleanly (warm, median of ${RUNS})`,
      unit: 'MB/s',
      ours: mbPerSecond(psCleanBytes, median(samples.oursClean)),
      reference: mbPerSecond(psCleanBytes, median(samples.tsClean)),
      referenceName: 'tree-sitter-powershell wasm, same input',
    },
    {
      name: `parse throughput vs a JS parser (warm, median of ${RUNS})`,
      unit: 'MB/s',
      ours: oursMBs,
      reference: mbPerSecond(jsBytes, median(samples.acorn)),
      referenceName: `acorn, ${kb(jsBytes)} of acorn.js`,
    },
  ];
}

/**
 * Cold parse of a ~20 KB script, two ways: (1) a fresh Node process that imports the built
 * @exosh/language, parses once and exits, start to exit, against `node -e 0`; (2) inside such a fresh
 * process, the first parse call alone (after import), against tree-sitter-powershell's first parse in
 * its own fresh process (after loading the wasm grammar).
 */
async function coldParse() {
  const script = adminCorpus(20_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-bench-parser-'));
  const file = path.join(dir, 'cold.ps1');
  writeFileSync(file, script);
  const languageUrl = import.meta.resolve('@exosh/language');
  const oursChild = `const { parse } = await import(${JSON.stringify(languageUrl)});
const { readFileSync } = await import('node:fs');
const src = readFileSync(${JSON.stringify(file)}, 'utf8');
const t = performance.now();
const r = parse(src);
process.stdout.write(r.errors.length + ' ' + (performance.now() - t));`;
  const tsChild = `const { Parser, Language } = await import(${JSON.stringify(import.meta.resolve('web-tree-sitter'))});
const { readFileSync } = await import('node:fs');
await Parser.init();
const language = await Language.load(${JSON.stringify(path.join(path.dirname(require.resolve('tree-sitter-powershell/package.json')), 'tree-sitter-powershell.wasm'))});
const parser = new Parser();
parser.setLanguage(language);
const src = readFileSync(${JSON.stringify(file)}, 'utf8');
const t = performance.now();
const tree = parser.parse(src);
process.stdout.write(tree.rootNode.endIndex + ' ' + (performance.now() - t));`;
  const inner = { ours: [], ts: [] };
  // Each check also records the in-process first-parse time the child printed.
  const okChild = (samples, firstField) => (r) => {
    if (r.status !== 0) return `exit ${r.status}: ${r.stderr.trim()}`;
    const [first, ms] = r.stdout.split(' ');
    if (first !== firstField)
      return `unexpected result ${JSON.stringify(r.stdout)} (want ${firstField} first)`;
    samples.push(Number(ms));
    return undefined;
  };
  const okEmpty = (r) => (r.status !== 0 ? `exit ${r.status}: ${r.stderr.trim()}` : undefined);
  const wall = { ours: [], node: [] };
  for (let i = 0; i < RUNS; i++) {
    wall.ours.push(
      timeProcess(process.execPath, ['--input-type=module', '-e', oursChild], okChild(inner.ours, '0')),
    );
    wall.node.push(timeProcess(process.execPath, ['-e', '0'], okEmpty));
    timeProcess(
      process.execPath,
      ['--input-type=module', '-e', tsChild],
      okChild(inner.ts, String(script.length)),
    );
  }
  const kb = Math.round(Buffer.byteLength(script) / 1024);
  return [
    {
      name: `cold parse of a ${kb} KB script: fresh node process, import + one parse (start to exit, median of ${RUNS})`,
      unit: 'ms',
      ours: median(wall.ours),
      reference: median(wall.node),
      referenceName: 'node -e 0',
    },
    {
      name: `cold parse of a ${kb} KB script: first parse call in a fresh process, after import (median of ${RUNS})`,
      unit: 'ms',
      ours: median(inner.ours),
      reference: median(inner.ts),
      referenceName: 'tree-sitter-powershell wasm, first parse after loading the grammar',
    },
  ];
}

export default async function parser() {
  return [...(await throughput()), ...(await coldParse())];
}
