#!/usr/bin/env node
// exosh entry point: runs the built shell and exits with its code.
import { main } from '../dist/index.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`exosh: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
