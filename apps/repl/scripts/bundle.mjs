// Bundles the shell into dist/bundle/ (one file plus lazy chunks): start-up reads a few files instead of hundreds.
// Worker code (the I/O worker, core's operations, the embedded emulator) stays in the packages' own dist files.
import { build } from 'esbuild';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
await build({
  entryPoints: [path.join(root, 'dist/main.js')],
  outdir: path.join(root, 'dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@azure/msal-node', 'better-sqlite3', 'exosh-emulator', 'selfsigned', 'jose'],
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __exoshCreateRequire } from 'node:module'; const require = __exoshCreateRequire(import.meta.url);",
  },
});
