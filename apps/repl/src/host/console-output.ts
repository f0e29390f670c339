// Renders a runspace's records on the console: formatted output, ConciseView errors, WARNING:/VERBOSE: lines.
import {
  formatErrorConcise,
  formatOutput,
  psStyleSettings,
  renderProgressMinimal,
  toStringForDisplay,
  type FormatViewRegistry,
  type PSStyleSettings,
  type StreamRecord,
} from '@exosh/runtime';
import type { ConsoleWriter } from './console-streams.js';
import { colorFor, type Palette } from './palette.js';

export interface ConsoleOutputOptions {
  readonly stdout: ConsoleWriter;
  readonly stderr: ConsoleWriter;
  /** Progress bars are drawn only on a terminal. */
  readonly isTerminal: boolean;
  readonly width: number;
  readonly color: boolean;
  readonly views: FormatViewRegistry;
  /** pwsh prints errors on stdout in a terminal and on stderr when redirected; the host decides. */
  readonly errorsToStderr: boolean;
  /**
   * The runspace's $PSStyle, read as each record is drawn: OutputRendering PlainText turns colour off, Ansi on (even
   * redirected); Progress.View Classic draws the plain bar.
   */
  readonly style?: () => PSStyleSettings;
}

/** Buffers output objects so consecutive ones share a table; other records flush it first, keeping order. */
export class ConsoleOutput {
  private pending: unknown[] = [];
  private progressShown = false;
  private readonly palettes: { readonly on: Palette; readonly off: Palette };

  constructor(private readonly options: ConsoleOutputOptions) {
    this.palettes = { on: colorFor(true), off: colorFor(false) };
  }

  /** Colour where the host allows it, unless $PSStyle.OutputRendering says PlainText (or forces it with Ansi). */
  private colorOn(style: PSStyleSettings | undefined): boolean {
    if (style?.outputRendering === 'PlainText') return false;
    return style?.outputRendering === 'Ansi' || this.options.color;
  }

  write(record: StreamRecord): void {
    if (record.stream === 'output') {
      this.pending.push(record.value);
      return;
    }
    if (record.stream === 'progress') {
      this.flush();
      this.progress(record.value);
      return;
    }
    this.flush();
    this.clearProgress();
    const { stdout, stderr } = this.options;
    const p = this.colorOn(this.options.style?.()) ? this.palettes.on : this.palettes.off;
    switch (record.stream) {
      case 'error':
        (this.options.errorsToStderr ? stderr : stdout).write(
          p.error(formatErrorConcise(record.value)) + '\n',
        );
        break;
      case 'warning':
        stdout.write(p.warning(`WARNING: ${record.value}`) + '\n');
        break;
      case 'verbose':
        stdout.write(p.verbose(`VERBOSE: ${record.value}`) + '\n');
        break;
      case 'debug':
        stdout.write(p.debug(`DEBUG: ${record.value}`) + '\n');
        break;
      case 'information': {
        const host = record.value.hostMessage;
        if (host)
          stdout.write(
            p.hostColors(host.text, host.foregroundColor, host.backgroundColor) +
              (host.noNewLine ? '' : '\n'),
          );
        else stdout.write(toStringForDisplay(record.value.messageData) + '\n');
        break;
      }
    }
  }

  /** A progress bar is erased before any other text and when the command ends (the next record redraws it). */
  private clearProgress(): void {
    if (!this.progressShown) return;
    this.progressShown = false;
    this.options.stdout.write(`\r${' '.repeat(Math.max(0, this.options.width - 1))}\r`);
  }

  /**
   * One line on a terminal, cleared when the activity completes: pwsh's Minimal view (reverse-video bar) where colour
   * is on and $PSStyle.Progress.View is Minimal, else `Activity [ooooo     ] 50% Status`.
   */
  private progress(p: {
    activity: string;
    statusDescription: string;
    percentComplete: number;
    secondsRemaining: number;
    recordType: string;
  }): void {
    const out = this.options.stdout;
    if (!this.options.isTerminal) return;
    const width = this.options.width;
    if (p.recordType === 'Completed') {
      this.clearProgress();
      return;
    }
    const style = this.options.style?.();
    if (this.colorOn(style) && style?.progressView !== 'Classic') {
      out.write(`\r${renderProgressMinimal(p, width, 0, style?.progress)}`);
      this.progressShown = true;
      return;
    }
    const pct = Math.max(0, Math.min(100, p.percentComplete));
    const barWidth = 30;
    const filled = p.percentComplete < 0 ? 0 : Math.round((pct / 100) * barWidth);
    const bar =
      p.percentComplete < 0 ? '' : ` [${'o'.repeat(filled)}${' '.repeat(barWidth - filled)}] ${pct}%`;
    const line = `${p.activity}${bar} ${p.statusDescription}`.slice(0, Math.max(1, width - 1));
    out.write(`\r${line.padEnd(width - 1)}`);
    this.progressShown = true;
  }

  flush(): void {
    this.clearProgress();
    if (this.pending.length === 0) return;
    const style = this.options.style?.() ?? psStyleSettings();
    // Where colour shows, the views add $PSStyle's decorations (file names, Select-String's matches).
    const rendering = { ansi: this.colorOn(style), style };
    const text = formatOutput(this.pending, {
      width: this.options.width,
      views: this.options.views,
      rendering,
    });
    this.pending = [];
    if (text !== '') this.options.stdout.write(text);
  }
}
