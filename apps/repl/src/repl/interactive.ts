// The interactive loop: banner, `PS /dir> ` prompt, `>> ` continuation while the parser says the input is incomplete.
import { createInterface, type Interface } from 'node:readline';
import { parse } from '@exosh/language';
import { toStringForDisplay, transcriptionOf } from '@exosh/runtime';
import type { ShellFlags } from '../cli/flags.js';
import { createSession, type ShellSession } from '../host/create-session.js';
import { version } from '../version.js';
import { loadHistory, appendHistory } from './history.js';
import { complete } from '../completion/complete.js';
import { runProfile } from '../host/profile.js';
import { startKeyboard } from './keyboard.js';
import { ReverseSearch, type ReverseSearchView } from './reverse-search.js';

/** The Ctrl+R search drawn on the prompt line, handing its result to readline as typed keys. */
function searchView(rl: Interface): ReverseSearchView {
  const clearLine = () => process.stdout.write('\r\x1b[K');
  const clearInput = () => {
    rl.write(null, { ctrl: true, name: 'e' });
    rl.write(null, { ctrl: true, name: 'u' });
  };
  return {
    show: (query, match, failed) => {
      clearLine();
      const shown = (match ?? '').replace(/\n/g, ' ');
      process.stdout.write(`(${failed ? 'failed ' : ''}reverse-i-search)\`${query}': ${shown}`);
    },
    accept: (line, run) => {
      clearLine();
      clearInput();
      // A multi-line entry cannot be edited on one line: it runs, continuing with >> as typed.
      rl.write(run || line.includes('\n') ? `${line}\n` : line);
    },
    cancel: () => {
      clearLine();
      rl.prompt(true);
    },
  };
}

/**
 * Runs the prompt loop. With `continued` (-NoExit after -Command or -File) the loop takes over that session: no
 * banner, the profile has already run, and the command's variables and functions are still there.
 */
export function startInteractive(flags: ShellFlags, continued?: ShellSession): Promise<number> {
  const session = continued ?? createSession(flags, !flags.nonInteractive);
  const { runspace } = session;
  if (!continued) {
    if (!flags.noLogo) process.stdout.write(`exosh ${version}\n`);
    runProfile(runspace, flags.noProfile, session.onRecord);
    session.flush();
  }
  const history = loadHistory();
  /** Every entry, newest first: the file's and this session's. */
  const entries = [...history.lines];
  let search: ReverseSearch | undefined;
  // On a terminal, a keyboard thread owns the input so that Ctrl+C reaches a running pipeline.
  const keyboard = process.stdin.isTTY
    ? startKeyboard(runspace.bridge.control, (text) => (search ? search.filter(text) : text))
    : undefined;
  if (keyboard) session.useLineReader(keyboard.readLine);
  const rl = createInterface({
    input: keyboard?.input ?? process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY === true,
    history: history.lines,
    historySize: 4096,
    completer: (line: string): [string[], string] => {
      const c = complete(runspace, line);
      return [[...c.items], c.word];
    },
  });
  if (history.warning) process.stderr.write(`WARNING: ${history.warning}\n`);
  if (keyboard) search = new ReverseSearch(() => entries, searchView(rl));
  const promptText = (): string => {
    const custom = runspace.context.sessionState.lookupFunction('prompt');
    if (custom) {
      const r = runspace.invokeSync('prompt');
      if (r.output.length > 0) return r.output.map((o) => toStringForDisplay(o)).join('');
    }
    return `PS ${runspace.context.currentLocation}> `;
  };
  let buffer = '';
  let currentPrompt = promptText();
  rl.setPrompt(currentPrompt);
  rl.prompt();
  return new Promise((resolve) => {
    let exitCode = 0;
    // The Exchange module loads in the background while the user types its first line.
    const ready = session.prepare('', true).catch((err: unknown) => {
      process.stderr.write(
        `WARNING: The ExchangeOnlineManagement module could not be loaded: ${(err as Error).message}\n`,
      );
    });
    // Lines run in order, after the module is ready; input that arrives faster (a pipe) waits its turn.
    let queue: Promise<void> = ready;
    let finished = false;
    rl.on('line', (line) => {
      queue = queue.then(() => {
        if (!finished) onLine(line);
      });
    });
    const onLine = (line: string) => {
      buffer = buffer ? `${buffer}\n${line}` : line;
      const parsed = parse(buffer);
      if (parsed.errors.length > 0 && parsed.errors.every((e) => e.incompleteInput) && line !== '') {
        rl.setPrompt('>> ');
        rl.prompt();
        return;
      }
      const script = buffer;
      buffer = '';
      if (script.trim() !== '') {
        appendHistory(script);
        entries.unshift(script);
      }
      keyboard?.busy(true);
      transcriptionOf(runspace.context).command(currentPrompt, script);
      const result = runspace.invokeSync(script, { onRecord: session.onRecord, hostOutputter: true });
      keyboard?.busy(false);
      session.flush();
      if (result.stopped) process.stdout.write('\n');
      if (result.exitCode !== undefined) {
        exitCode = result.exitCode;
        finished = true;
        rl.close();
        return;
      }
      currentPrompt = promptText();
      rl.setPrompt(currentPrompt);
      rl.prompt();
    };
    rl.on('SIGINT', () => {
      // Ctrl+C at the prompt abandons the line being typed; it never leaves the shell.
      buffer = '';
      process.stdout.write('\n');
      rl.setPrompt(promptText());
      rl.prompt();
    });
    rl.on('close', () => {
      void queue
        .then(() => keyboard?.close())
        .then(() => runspace.dispose())
        .then(() => resolve(exitCode));
    });
  });
}
