// The real exosh binary in a real terminal: a tmux session on its own tmux server (its own socket), so test files
// running in parallel never share or race a server.
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const bin = path.resolve(import.meta.dirname, '../../bin/exosh.js');

export interface Terminal {
  /** The visible screen, one line per row (trailing spaces trimmed by tmux). */
  screen(): string;
  /** tmux send-keys arguments: key names (`Enter`, `C-c`, `Up`) or `-l` followed by literal text. */
  keys(...keys: string[]): void;
  /** Waits up to 15 s for the screen to match; returns the last screen either way. */
  waitFor(pattern: RegExp): Promise<string>;
  kill(): void;
}

/** Starts `exosh -NoLogo -NoProfile` with HOME and XDG_DATA_HOME in `home`, on a `rows`-line terminal. */
export function terminal(home: string, rows = 30): Terminal {
  const socket = `exosh-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  tmux(
    'new-session',
    '-d',
    '-s',
    'exosh',
    '-x',
    '120',
    '-y',
    String(rows),
    `HOME=${home} XDG_DATA_HOME=${home} NO_COLOR=1 ${process.execPath} ${bin} -NoLogo -NoProfile`,
  );
  const screen = () => tmux('capture-pane', '-p', '-t', 'exosh');
  return {
    screen,
    keys: (...keys) => void tmux('send-keys', '-t', 'exosh', ...keys),
    waitFor: async (pattern) => {
      for (let i = 0; i < 150 && !pattern.test(screen()); i++) await new Promise((r) => setTimeout(r, 100));
      return screen();
    },
    kill: () => void spawnSync('tmux', ['-L', socket, 'kill-server']),
  };
}
