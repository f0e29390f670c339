// A shell session: a runspace plus the console renderer its records go to.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createRunspace,
  formatEnumerationLimit,
  psStyleSettings,
  toStringForDisplay,
  transcriptionOf,
  type Runspace,
  type StreamRecord,
} from '@exosh/runtime';
import type { ShellFlags } from '../cli/flags.js';
import { ConsoleOutput } from './console-output.js';
import { writeJsonRecord } from './json-output.js';
import { shouldColor } from './palette.js';
import {
  type ConsoleWriter,
  consoleWidth,
  stderrWriter,
  stdinIsTerminal,
  stdoutIsTerminal,
  stdoutWriter,
} from './console-streams.js';
import { readLineSync } from './read-line.js';
import { loadExchangeModule, mayNeedExchangeModule } from '../exchange/load-module.js';

export interface ShellSession {
  readonly runspace: Runspace;
  readonly onRecord: (record: StreamRecord) => void;
  /** Prints whatever output is still buffered for a table. */
  flush(): void;
  /** Replaces how prompts inside a pipeline read a line (the REPL's keyboard thread takes over the terminal). */
  useLineReader(read: LineReader): void;
  /** Loads what `script` may need before it runs (the Exchange module is imported lazily). */
  prepare(script: string, force?: boolean): Promise<void>;
}

function preparer(runspace: Runspace, flags: ShellFlags): ShellSession['prepare'] {
  let loading: Promise<void> | undefined;
  return (script, force = false) => {
    // -Emulator asks for the emulator tenant: $ExoshEmulator is there even before a script names a module command.
    if (!loading && (force || flags.emulator || mayNeedExchangeModule(script)))
      loading = loadExchangeModule(runspace, flags.emulator);
    return loading ?? Promise.resolve();
  };
}

/**
 * $PSHOME: the shell's install folder, the one holding bin/exosh.js (pwsh's is the folder of its own binaries). This
 * file is dist/host/, src/host/ or, bundled, dist/bundle/ below it.
 */
function shellHome(): string {
  return path.resolve(fileURLToPath(import.meta.url), '../../..');
}

export type LineReader = (prompt: string, options?: { readonly secure?: boolean }) => string | undefined;

export function createSession(flags: ShellFlags, interactive: boolean): ShellSession {
  let readLine: LineReader = (prompt) => readLineSync(prompt);
  const runspace = createRunspace({
    interactive,
    host: {
      // Format-Table/-List decorate their lines for a console that shows colour (never for -OutputFormat Json).
      supportsVirtualTerminal: flags.outputFormat !== 'Json' && shouldColor(stdoutIsTerminal()),
      // Scripts can prompt (Read-Host, -Confirm) when a person is at the terminal; the REPL's own input is its
      // keyboard thread.
      ...(interactive && stdinIsTerminal()
        ? { readLine: (prompt: string, options) => readLine(prompt, options), width: consoleWidth() }
        : {}),
    },
    ...(flags.workingDirectory ? { workingDirectory: flags.workingDirectory } : {}),
    psHome: shellHome(),
  });
  if (flags.outputFormat === 'Json') {
    return {
      runspace,
      onRecord: (r) => writeJsonRecord(runspace.context, r, stdoutWriter, stderrWriter),
      flush: () => undefined,
      useLineReader: (read) => void (readLine = read),
      prepare: preparer(runspace, flags),
    };
  }
  // What the console shows also goes to any transcript Start-Transcript opened (it strips colours and redraws).
  const transcription = transcriptionOf(runspace.context);
  const tee = (w: ConsoleWriter): ConsoleWriter => ({
    write: (text) => {
      w.write(text);
      transcription.write(text);
    },
  });
  const terminal = stdoutIsTerminal();
  const console = new ConsoleOutput({
    stdout: tee(stdoutWriter),
    stderr: tee(stderrWriter),
    // Progress is drawn on the terminal only: a transcript never holds it.
    progressOut: stdoutWriter,
    isTerminal: terminal,
    // pwsh's console output never writes the last column (ConsoleLineOutput: buffer width - 1).
    width: terminal ? consoleWidth() - 1 : consoleWidth(),
    color: shouldColor(terminal),
    views: runspace.formatViews,
    errorsToStderr: !terminal,
    style: () => psStyleSettings(runspace.context.sessionState.lookup('PSStyle', 'global')?.value),
    errorView: () => toStringForDisplay(runspace.context.sessionState.lookup('ErrorView', 'global')?.value),
    enumerationLimit: () => formatEnumerationLimit(runspace.context),
  });
  transcription.flushHost = () => console.flush();
  return {
    runspace,
    onRecord: (r) => console.write(r),
    // The end of a command: output shown, progress it left behind forgotten.
    flush: () => {
      console.flush();
      console.resetProgress();
    },
    useLineReader: (read) => void (readLine = read),
    prepare: preparer(runspace, flags),
  };
}
