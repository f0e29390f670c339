// Holds V8's young generations at their first size once the I/O worker is ready.
'use strict';
const v8 = require('node:v8');

/**
 * V8 doubles a young generation (up to 32 MB) whenever a burst of objects survives a scavenge, as it does over a
 * long stream of REST pages. Held at its first size, peak RSS streaming 100,000 mailboxes to Export-Csv drops from
 * ~170 to ~135 MB (issue #8's 150 MB target), for a few % of throughput in allocation-heavy scripts.
 * The flag is process-wide but a worker's heap only follows it when set from that worker: the I/O worker sets it once
 * it is ready (after msal-node is loaded: held from the start, start-up and Connect are ~25 ms slower), and from then
 * it holds the engine thread's young generation too.
 */
const held = '--semi-space-growth-factor=1';
const released = '--semi-space-growth-factor=2';

function holdYoungGeneration() {
  v8.setFlagsFromString(held);
}

/**
 * Runs `save` (a code-cache write) under V8's default value of the flag: the flags are part of the hash a code cache
 * is checked against, and the bundles are loaded before the flag is set.
 */
function withDefaultGrowth(save) {
  v8.setFlagsFromString(released);
  try {
    save();
  } finally {
    v8.setFlagsFromString(held);
  }
}

module.exports = { holdYoungGeneration, withDefaultGrowth };
