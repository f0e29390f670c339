// Renders a runspace's records on the console: formatted output, ConciseView errors, WARNING:/VERBOSE: lines.
import {
  formatErrorView,
  formatOutput,
  PendingProgress,
  psStyleSettings,
  rendersVt,
  renderProgressMinimal,
  toStringForDisplay,
  type FormatViewRegistry,
  type ProgressLine,
  type ProgressRecord,
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
  /** Where progress is drawn and erased: the terminal itself, not the transcript (stdout by default). */
  readonly progressOut?: ConsoleWriter;
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
  /** The runspace's $ErrorView, read as each error is drawn (ConciseView when absent). */
  readonly errorView?: () => string;
  /** The runspace's $FormatEnumerationLimit as pwsh's formatters read it, when output is drawn (4 when absent). */
  readonly enumerationLimit?: () => number;
}

/** Buffers output objects so consecutive ones share a table; other records flush it first, keeping order. */
export class ConsoleOutput {
  private pending: unknown[] = [];
  /** The activities still running (Write-Progress -Id/-ParentId), drawn one line each. */
  private activities = new PendingProgress();
  /** Lines of progress on the screen; the cursor is at the end of the last one. */
  private progressLines = 0;
  private readonly palettes: { readonly on: Palette; readonly off: Palette };

  constructor(private readonly options: ConsoleOutputOptions) {
    this.palettes = { on: colorFor(true), off: colorFor(false) };
  }

  /** Colour where the host allows it, unless $PSStyle.OutputRendering says PlainText (or forces it with Ansi). */
  private get progressOut(): ConsoleWriter {
    return this.options.progressOut ?? this.options.stdout;
  }

  private colorOn(style: PSStyleSettings | undefined): boolean {
    return rendersVt(style ?? { outputRendering: 'Host' }, this.options.color);
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
    const style = this.options.style?.() ?? psStyleSettings();
    const color = this.colorOn(style);
    const p = color ? this.palettes.on : this.palettes.off;
    // Errors, warnings, verbose and debug lines in $PSStyle.Formatting's colours where colour shows.
    const { formatting, reset } = style;
    const styled = (code: string, text: string) => (color && code ? `${code}${text}${reset}` : text);
    switch (record.stream) {
      case 'error': {
        const view = this.options.errorView?.() ?? 'ConciseView';
        // Long messages wrap at the window's width (the console writes one column less).
        const options = {
          width: this.options.isTerminal ? this.options.width + 1 : this.options.width,
          ...(color ? { colors: { error: formatting.error, accent: formatting.errorAccent, reset } } : {}),
        };
        (this.options.errorsToStderr ? stderr : stdout).write(
          formatErrorView(record.value, view, options) + '\n',
        );
        break;
      }
      case 'warning':
        stdout.write(styled(formatting.warning, `WARNING: ${record.value}`) + '\n');
        break;
      case 'verbose':
        stdout.write(styled(formatting.verbose, `VERBOSE: ${record.value}`) + '\n');
        break;
      case 'debug':
        stdout.write(styled(formatting.debug, `DEBUG: ${record.value}`) + '\n');
        break;
      case 'information': {
        const host = record.value.hostMessage;
        if (host)
          stdout.write(
            p.hostColors(host.text, host.foregroundColor, host.backgroundColor) +
              (host.noNewLine ? '' : '\n'),
          );
        else stdout.write(toStringForDisplay(record.value.messageData) + '\n');
        // Write-Host -NoNewline leaves the line open: the activities come back after the line ends.
        if (host?.noNewLine) return;
        break;
      }
    }
    // pwsh's console shows the progress pane again under what it wrote (PostWrite).
    this.drawProgress();
  }

  /**
   * Progress is erased before any other text (and drawn again under it) and when the command ends: each line
   * blanked, from the last up to the first, where the cursor is left.
   */
  private clearProgress(): void {
    if (this.progressLines === 0) return;
    const blank = `\r${' '.repeat(Math.max(0, this.options.width - 1))}\r`;
    this.progressOut.write(blank + `\x1b[1A${blank}`.repeat(this.progressLines - 1));
    this.progressLines = 0;
  }

  /** The end of a command: pwsh's host forgets the activities a script never completed. */
  resetProgress(): void {
    this.clearProgress();
    this.activities = new PendingProgress();
  }

  /**
   * On a terminal, every running activity on its own line, a child under its parent two columns further in, and none
   * once all completed (pwsh's PendingProgress and ProgressPane): pwsh's Minimal view (reverse-video bar) where colour
   * is on and $PSStyle.Progress.View is Minimal, else `Activity [ooooo     ] 50% Status`.
   */
  private progress(record: ProgressRecord): void {
    if (!this.options.isTerminal) return;
    this.activities.update(record);
    this.drawProgress();
  }

  private drawProgress(): void {
    if (!this.options.isTerminal) return;
    const lines = this.activities.lines();
    if (lines.length === 0) return;
    const style = this.options.style?.();
    const minimal = this.colorOn(style) && style?.progressView !== 'Classic';
    const drawn = lines.map((l) =>
      minimal
        ? renderProgressMinimal(l, this.options.width, l.indentation, style?.progress)
        : this.classicLine(l),
    );
    this.progressOut.write(`\r${drawn.join('\n\r')}`);
    this.progressLines = drawn.length;
  }

  private classicLine(p: ProgressLine): string {
    const width = this.options.width;
    const pct = Math.max(0, Math.min(100, p.percentComplete));
    const barWidth = 30;
    const filled = p.percentComplete < 0 ? 0 : Math.round((pct / 100) * barWidth);
    const bar =
      p.percentComplete < 0 ? '' : ` [${'o'.repeat(filled)}${' '.repeat(barWidth - filled)}] ${pct}%`;
    const line = `${' '.repeat(p.indentation)}${p.activity}${bar} ${p.statusDescription}`;
    return line.slice(0, Math.max(1, width - 1)).padEnd(width - 1);
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
      ...(this.options.enumerationLimit ? { enumerationLimit: this.options.enumerationLimit() } : {}),
    });
    this.pending = [];
    if (text !== '') this.options.stdout.write(text);
  }
}
