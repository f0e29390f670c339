// The I/O worker's entry when the shell runs bundled: loads dist/bundle/io-worker.cjs with its own code cache and
// serves the engine thread's requests. The cache is written after each of the first replies of a run that had none
// (the worker ends with the process, so there is no later moment to wait for).
'use strict';
const path = require('node:path');
const { workerData } = require('node:worker_threads');
const { loadBundle } = require('./load-bundle.js');
const { holdYoungGeneration, withDefaultGrowth } = require('./young-generation.js');

/** ControlSlot.Failed and ControlSlot.Reply of the runtime's sync-bridge protocol. */
const failedSlot = 3;
const replySlot = 0;

try {
  const bundle = loadBundle(path.join(__dirname, '../dist/bundle/io-worker.cjs'), 'io-worker');
  let saves = 0;
  // import() inside a code-cached vm.Script has no loader in Node 20: modules outside the bundle load from here.
  bundle.exports.serve(
    (url) => import(url),
    () => {
      if (saves++ < 3) withDefaultGrowth(bundle.saveCompileCache);
    },
    holdYoungGeneration,
  );
} catch (err) {
  process.stderr.write(
    `exosh: the I/O worker failed to start: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  Atomics.store(workerData.control, failedSlot, 1);
  Atomics.notify(workerData.control, replySlot);
}
