// Bundles the shell into one CommonJS file, dist/bundle/exosh.cjs, that bin/exosh.js compiles with a V8 code cache
// (Node 20 has no code cache for ES modules): start-up reads one file and skips most compilation.
// The I/O worker gets its own bundle, dist/bundle/io-worker.cjs (bridge server, core's operations and msal-node),
// that bin/io-worker.js loads the same way. The embedded emulator stays in its package's dist files.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // import.meta does not exist in CommonJS: the bundle's own URL stands in, and package exports resolve workers.
  inject: [path.join(root, 'scripts/import-meta-shim.js')],
  define: { 'import.meta.url': 'importMetaUrl', 'import.meta.resolve': 'importMetaResolve' },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: [path.join(root, 'dist/main.js')],
  outfile: path.join(outdir, 'exosh.cjs'),
  external: ['@azure/msal-node', 'better-sqlite3', 'exosh-emulator', 'selfsigned', 'jose'],
});

/** core's load-msal.js requires msal-node at run time (unbundled, its one-file CommonJS entry): here it is bundled. */
const bundleMsal = {
  name: 'bundle-msal',
  setup(b) {
    b.onLoad({ filter: /[\\/]worker[\\/]load-msal\.js$/ }, (args) => ({
      contents: "export const loadMsal = () => require('@azure/msal-node');",
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

await build({
  ...common,
  entryPoints: [path.join(root, 'dist/host/io-worker.js')],
  outfile: path.join(outdir, 'io-worker.cjs'),
  external: ['better-sqlite3', 'exosh-emulator', 'selfsigned'],
  plugins: [bundleMsal],
});

// bin/load-bundle.js reads the bundles as latin1 (a third of the time of utf8 for 1.3 MB): they must be ASCII.
for (const file of ['exosh.cjs', 'io-worker.cjs']) {
  const bytes = readFileSync(path.join(outdir, file));
  const at = bytes.findIndex((b) => b > 0x7f);
  if (at >= 0) throw new Error(`${file} has a non-ASCII byte at ${at}: escape it in the source (\\uXXXX)`);
}
