#!/usr/bin/env node
// exosh entry point: runs the bundled shell (or the plain build) and exits with its code. CommonJS (see
// bin/package.json): Node starts a CommonJS entry faster than an ES module one.
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');
const { loadBundle } = require('./load-bundle.js');
const { ioWorkerLaunch } = require('./io-worker-launch.js');
const { withDefaultGrowth } = require('./young-generation.js');

async function start() {
  const bundle = path.join(__dirname, '../dist/bundle/exosh.cjs');
  if (!existsSync(bundle)) {
    const { main } = await import('../dist/main.js');
    return { main, saveCompileCache: () => undefined };
  }
  const ioWorker = ioWorkerLaunch(process.argv.slice(2));
  const { exports, saveCompileCache } = loadBundle(bundle, 'exosh');
  return { main: (argv) => exports.main(argv, ioWorker ? { ioWorker } : {}), saveCompileCache };
}

start()
  .then(({ main, saveCompileCache }) =>
    main(process.argv.slice(2)).then((code) => {
      withDefaultGrowth(saveCompileCache);
      process.exitCode = code;
    }),
  )
  .catch((err) => {
    process.stderr.write(`exosh: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
