// The process's standard streams as the console host sees them, without creating Node's stream objects early:
// process.stdin/stdout/stderr are built on first access, which costs start-up time a silent command never needs.
import { fstatSync } from 'node:fs';
import type * as Tty from 'node:tty';
import { lazyBuiltin } from '@exosh/runtime';

const tty = lazyBuiltin<typeof Tty>('node:tty');

/** A terminal is a character device; node:tty (which loads node:net) is asked only about those. */
function isatty(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return tty().isatty(fd);
}

/** Where console text goes: the stream is created on the first write. */
export interface ConsoleWriter {
  write(text: string): void;
}

export const stdoutWriter: ConsoleWriter = { write: (text) => void process.stdout.write(text) };
export const stderrWriter: ConsoleWriter = { write: (text) => void process.stderr.write(text) };

/** True when standard input is a terminal (a person may answer prompts). */
export const stdinIsTerminal = (): boolean => isatty(0);

/** True when standard output is a terminal (colours, progress bars, errors on stdout as pwsh does). */
export const stdoutIsTerminal = (): boolean => isatty(1);

/** The terminal's width, or 120 columns when output is redirected (pwsh's default for a redirected host). */
export const consoleWidth = (): number => (stdoutIsTerminal() && process.stdout.columns) || 120;
