// Ctrl+R: reverse incremental history search, as in bash and PSReadLine. A filter in front of readline's input:
// while a search is open it consumes the keys, shows `(reverse-i-search)`query': match` and finally hands the
// match to the line editor (Enter runs it, another editing key keeps it for editing, Esc or Ctrl+G cancels).

export interface ReverseSearchView {
  /** Draws the search line in place of the prompt line; `failed` when no entry contains the query. */
  show(query: string, match: string | undefined, failed: boolean): void;
  /** Puts `line` in the editor (replacing what was typed) and, when `run` is set, submits it. */
  accept(line: string, run: boolean): void;
  /** Restores the prompt and the line as it was before the search. */
  cancel(): void;
}

const CTRL_R = '\x12';
const CTRL_G = '\x07';
const ESC = '\x1b';
const BACKSPACE = new Set(['\x7f', '\b']);
const ENTER = new Set(['\r', '\n']);

export class ReverseSearch {
  private active = false;
  private query = '';
  /** Index in the history (newest first) of the entry shown, or -1 when nothing matches. */
  private position = -1;

  /** `history` returns the entries newest first. */
  constructor(
    private readonly history: () => readonly string[],
    private readonly view: ReverseSearchView,
  ) {}

  /** Returns what readline should still receive from this chunk of typed text. */
  filter(text: string): string {
    let passed = '';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (!this.active) {
        if (ch === CTRL_R) this.open();
        else passed += ch;
        continue;
      }
      if (ch === CTRL_R) this.find(this.position + 1);
      else if (BACKSPACE.has(ch)) {
        this.query = this.query.slice(0, -1);
        this.find(0);
      } else if (ENTER.has(ch)) this.close(true);
      else if (ch === CTRL_G || (ch === ESC && i === text.length - 1)) {
        this.active = false;
        this.view.cancel();
      } else if (ch < ' ' || ch === ESC) {
        // Another editing key (arrows, Home, Ctrl+A, Tab...): keep the match and let the editor have the key.
        this.close(false);
        passed += ch;
      } else {
        this.query += ch;
        this.find(Math.max(this.position, 0));
      }
    }
    return passed;
  }

  private open(): void {
    this.active = true;
    this.query = '';
    this.position = -1;
    this.view.show('', undefined, false);
  }

  /** Shows the first entry at or after `from` (older) that contains the query, case-insensitively. */
  private find(from: number): void {
    const entries = this.history();
    const needle = this.query.toLowerCase();
    let found = -1;
    for (let i = from; i < entries.length; i++) {
      if (entries[i]!.toLowerCase().includes(needle)) {
        found = i;
        break;
      }
    }
    // No older match: keep showing the current one, marked failed, as bash does.
    if (found !== -1 || this.query === '') this.position = found;
    this.view.show(this.query, this.current(), found === -1 && this.query !== '');
  }

  private current(): string | undefined {
    return this.position === -1 ? undefined : this.history()[this.position];
  }

  private close(run: boolean): void {
    this.active = false;
    this.view.accept(this.current() ?? '', run);
  }
}
