// Holds the I/O worker's V8 young generation at its first size.
'use strict';
const v8 = require('node:v8');

/**
 * V8 doubles a young generation (up to 32 MB) whenever a burst of objects survives a scavenge: the I/O worker's
 * does so over a long stream of REST pages. Held at its first size, peak RSS streaming 100,000 mailboxes to
 * Export-Csv drops from ~175 to ~127 MB (issue #8's 150 MB target). The engine thread's own young generation does not
 * matter there. A worker does not see flags its parent set, so the worker sets it itself, before it loads its bundle
 * (V8 rejects a code cache made under other flags).
 */
function holdYoungGeneration() {
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}

module.exports = { holdYoungGeneration };
