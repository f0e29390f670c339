// Bundles the shell into one CommonJS file, dist/bundle/exosh.cjs, that bin/exosh.js compiles with a V8 code cache
// (Node 20 has no code cache for ES modules): start-up reads one file and skips most compilation.
// Worker code (the I/O worker, core's operations, the embedded emulator) stays in the packages' own dist files.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(root, 'dist/main.js')],
  outfile: path.join(outdir, 'exosh.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // import.meta does not exist in CommonJS: the bundle's own URL stands in, and package exports resolve workers.
  inject: [path.join(root, 'scripts/import-meta-shim.js')],
  define: { 'import.meta.url': 'importMetaUrl', 'import.meta.resolve': 'importMetaResolve' },
  external: ['@azure/msal-node', 'better-sqlite3', 'exosh-emulator', 'selfsigned', 'jose'],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
