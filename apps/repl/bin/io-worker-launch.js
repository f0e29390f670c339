// Decides how the shell's I/O worker starts: from its own bundle, and, when the command line is going to sign in to
// Exchange Online, right now, so the worker's start-up and msal-node's load overlap the shell's own.
'use strict';
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '../dist/bundle/io-worker.cjs');
const entry = path.join(__dirname, 'io-worker.js');
/** Enough for the bridge's control slots (SyncBridge checks it, and makes its own worker otherwise). */
const controlBytes = 16;
const signsIn = /connect-exchangeonline|connect-ippssession/i;

/** Reads a script named on the command line (a .ps1), without failing: the shell reports a missing file itself. */
function scriptText(arg) {
  if (!/\.ps1$/i.test(arg)) return '';
  try {
    return readFileSync(arg, 'utf8');
  } catch {
    return '';
  }
}

function willSignIn(argv) {
  return argv.some((arg) => /^-emulator$/i.test(arg) || signsIn.test(arg) || signsIn.test(scriptText(arg)));
}

function prestart() {
  const { MessageChannel, Worker } = require('node:worker_threads');
  const control = new Int32Array(new SharedArrayBuffer(controlBytes));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(entry, {
    workerData: { control, port: port2, warmExchange: true },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  return { worker, port: port1, control };
}

/** The launch options for the runtime's useIoWorker, or undefined when there is no worker bundle (a plain build). */
function ioWorkerLaunch(argv) {
  if (!existsSync(bundle)) return undefined;
  return { entry, ...(willSignIn(argv) ? { prestarted: prestart() } : {}) };
}

module.exports = { ioWorkerLaunch };
