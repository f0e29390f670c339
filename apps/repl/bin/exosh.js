#!/usr/bin/env node
// exosh entry point: runs the bundled shell (or the plain build) and exits with its code.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`exosh: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
