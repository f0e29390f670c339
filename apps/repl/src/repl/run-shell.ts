// Runs -Command, -File or the interactive loop on a runspace.
import type { ShellFlags } from '../cli/flags.js';

export async function runShell(flags: ShellFlags): Promise<number> {
  if (flags.command !== undefined || flags.file !== undefined) {
    process.stderr.write(
      'exosh: the PowerShell engine (@exosh/runtime) is not built yet; only -Version and -Help work.\n',
    );
    return 1;
  }
  const { startInteractive } = await import('./interactive.js');
  return startInteractive(flags);
}
