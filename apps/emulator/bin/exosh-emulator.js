#!/usr/bin/env node
// exosh-emulator entry point: runs the built CLI.
import { runCli } from '../dist/index.js';

runCli(process.argv.slice(2)).catch((err) => {
  process.stderr.write(`exosh-emulator: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
