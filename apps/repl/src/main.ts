// The exosh entry point: parses the shell's flags and runs a command, a script file or the REPL.
import { parseFlags } from './cli/flags.js';
import { usage } from './cli/usage.js';
import { version } from './version.js';
import type { IoWorkerLaunch } from '@exosh/runtime';

/** What bin/exosh.js knows before the shell loads: how the I/O worker starts when the shell runs bundled. */
export interface ShellLaunch {
  readonly ioWorker?: IoWorkerLaunch;
}

/** Runs the shell; resolves to the process exit code, as pwsh chooses it. */
export async function main(argv: readonly string[], launch: ShellLaunch = {}): Promise<number> {
  const result = parseFlags(argv);
  if (!result.ok) {
    process.stderr.write(`${result.message}\n\n${usage}`);
    return 64;
  }
  const { flags } = result;
  if (flags.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (flags.version) {
    process.stdout.write(`exosh ${version}\n`);
    return 0;
  }
  if (launch.ioWorker) (await import('@exosh/runtime')).useIoWorker(launch.ioWorker);
  const { runShell } = await import('./repl/run-shell.js');
  return runShell(flags);
}
