// Runs -Command, -File or the interactive loop, and turns the outcome into pwsh's exit code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ShellFlags } from '../cli/flags.js';
import { createSession, type ShellSession } from '../host/create-session.js';
import { readStdinCommand } from './stdin-command.js';
import { runProfile } from '../host/profile.js';
import { stdinIsTerminal } from '../host/console-streams.js';

/** After -Command or -File: the exit code, or with -NoExit (and no `exit`) the prompt loop on the same session. */
async function finish(
  flags: ShellFlags,
  session: ShellSession,
  result: { exitCode?: number | undefined; succeeded: boolean },
): Promise<number> {
  session.flush();
  if (flags.noExit && result.exitCode === undefined) {
    const { startInteractive } = await import('./interactive.js');
    return startInteractive(flags, session);
  }
  await session.runspace.dispose();
  return result.exitCode ?? (result.succeeded ? 0 : 1);
}

export async function runShell(flags: ShellFlags): Promise<number> {
  if (flags.command !== undefined) {
    const session = createSession(flags, !flags.nonInteractive && stdinIsTerminal() && flags.command !== '-');
    const script = flags.command === '-' ? await readStdinCommand() : flags.command;
    if (script instanceof Error) {
      process.stderr.write(`${script.message}\n`);
      return 1;
    }
    await session.prepare(script);
    runProfile(session.runspace, flags.noProfile, session.onRecord);
    const result = session.runspace.invokeSync(script, { onRecord: session.onRecord, hostOutputter: true });
    return finish(flags, session, result);
  }
  if (flags.file !== undefined) {
    const session = createSession(flags, !flags.nonInteractive && stdinIsTerminal() && flags.command !== '-');
    const file = path.resolve(flags.file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      process.stderr.write(
        `The argument '${flags.file}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n`,
      );
      return 64;
    }
    // A shebang line is a comment to PowerShell already; a BOM is not part of the script.
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    await session.prepare(source);
    runProfile(session.runspace, flags.noProfile, session.onRecord);
    const result = session.runspace.invokeSync(source, {
      onRecord: session.onRecord,
      file: { name: file, args: flags.args },
    });
    return finish(flags, session, result);
  }
  const { startInteractive } = await import('./interactive.js');
  return startInteractive(flags);
}
