// The line editing a prompt inside a running pipeline needs (Read-Host, mandatory parameters, -Confirm): typed
// characters echoed (or masked with `*`), Backspace, Ctrl+U, Enter; arrow keys and other sequences ignored.

export interface LineEdit {
  /** What to write to the terminal for the keys just fed. */
  readonly echo: string;
  /** The finished line once Enter arrived; null when Ctrl+D ended an empty line. */
  readonly line?: string | null;
}

const ESC = '\x1b';

export class LineEditor {
  private chars: string[] = [];

  constructor(private readonly masked: boolean) {}

  feed(input: string): LineEdit {
    let echo = '';
    const keys = [...input];
    for (let i = 0; i < keys.length; i++) {
      const ch = keys[i]!;
      if (ch === '\r' || ch === '\n') return { echo: echo + '\r\n', line: this.chars.join('') };
      if (ch === '\x04' && this.chars.length === 0) return { echo: echo + '\r\n', line: null };
      if (ch === '\x7f' || ch === '\b') {
        if (this.chars.pop() !== undefined) echo += '\b \b';
      } else if (ch === '\x15') {
        echo += '\b \b'.repeat(this.chars.length);
        this.chars = [];
      } else if (ch === ESC) {
        // CSI/SS3 sequences (arrows, Home, F-keys): skip to the final byte.
        if (keys[i + 1] === '[' || keys[i + 1] === 'O') {
          i += 2;
          while (i < keys.length && !/[@-~]/.test(keys[i]!)) i++;
        }
      } else if (ch >= ' ') {
        this.chars.push(ch);
        echo += this.masked ? '*' : ch;
      }
    }
    return { echo };
  }
}
