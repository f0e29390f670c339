// Persistent history at ~/.local/share/exosh/history (XDG_DATA_HOME respected); a bad file is a warning, never fatal.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function historyFile(): string {
  const base = process.env['XDG_DATA_HOME'] || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'exosh', 'history');
}

export function loadHistory(): { lines: string[]; warning?: string } {
  try {
    const text = readFileSync(historyFile(), 'utf8');
    // readline wants the newest entry first; multi-line entries are stored with escaped newlines.
    return {
      lines: text
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/\\n/g, '\n'))
        .reverse(),
    };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { lines: [] };
    return {
      lines: [],
      warning: `The history file ${historyFile()} could not be read; history starts empty.`,
    };
  }
}

export function appendHistory(entry: string): void {
  try {
    mkdirSync(path.dirname(historyFile()), { recursive: true, mode: 0o700 });
    appendFileSync(historyFile(), entry.replace(/\n/g, '\\n') + '\n', { mode: 0o600 });
  } catch {
    // History is a convenience: a read-only home must not stop the shell.
  }
}
