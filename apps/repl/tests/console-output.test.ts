// The console host's rendering of records, written to a recording writer: progress bars never mix with text.
import { describe, expect, it } from 'vitest';
import { FormatViewRegistry, createRunspace, psStyleSettings, type ProgressRecord } from '@exosh/runtime';
import { ConsoleOutput } from '../src/host/console-output.js';

function console(isTerminal: boolean, color = false, psStyle?: string) {
  // A runspace whose $PSStyle a script has set, read as the console draws each record.
  const rs = psStyle === undefined ? undefined : createRunspace({});
  if (rs && psStyle !== undefined) rs.invokeSync(psStyle);
  let text = '';
  const out = new ConsoleOutput({
    stdout: { write: (t) => void (text += t) },
    stderr: { write: (t) => void (text += `[err]${t}`) },
    isTerminal,
    width: 80,
    color,
    views: new FormatViewRegistry(),
    errorsToStderr: false,
    ...(rs
      ? { style: () => psStyleSettings(rs.context.sessionState.lookup('PSStyle', 'global')?.value) }
      : {}),
  });
  return { out, text: () => text };
}

const progress = (
  percentComplete: number,
  recordType: ProgressRecord['recordType'] = 'Processing',
): ProgressRecord => ({
  activity: 'Copying',
  statusDescription: 'Processing',
  percentComplete,
  recordType,
  activityId: 0,
  parentActivityId: -1,
  currentOperation: '',
  secondsRemaining: -1,
});

const blank = `\r${' '.repeat(79)}\r`;
/** The bar pwsh-style hosts draw: 30 cells, the line padded to the width less one. */
const bar = (pct: number) => {
  const filled = Math.round((pct / 100) * 30);
  return `\r${`Copying [${'o'.repeat(filled)}${' '.repeat(30 - filled)}] ${pct}% Processing`.padEnd(79)}`;
};

/** A Write-Progress record of activity `activityId` under `parentActivityId`, without a percentage. */
const activity = (
  activityId: number,
  parentActivityId: number,
  name: string,
  recordType: ProgressRecord['recordType'] = 'Processing',
): ProgressRecord => ({ ...progress(-1, recordType), activityId, parentActivityId, activity: name });

/** The plain view's line without a percentage: the activity, indented, then its status, padded to the width less one. */
const plainLine = (indent: number, name: string) => `${' '.repeat(indent)}${name} Processing`.padEnd(79);

describe('ConsoleOutput', () => {
  it('draws a bar on a terminal and erases it before output that follows', () => {
    const c = console(true);
    c.out.write({ stream: 'progress', value: progress(50) });
    c.out.write({ stream: 'output', value: 'done' });
    c.out.flush();
    expect(c.text()).toBe(`${bar(50)}${blank}done\n`);
  });

  it('erases the bar before a warning and draws it again under it; erases it when the activity completes', () => {
    const c = console(true);
    c.out.write({ stream: 'progress', value: progress(10) });
    c.out.write({ stream: 'warning', value: 'careful' });
    // pwsh's console shows the progress pane again after what it wrote (PostWrite).
    expect(c.text()).toBe(`${bar(10)}${blank}WARNING: careful\n${bar(10)}`);
    c.out.write({ stream: 'progress', value: progress(20) });
    c.out.write({ stream: 'progress', value: progress(100, 'Completed') });
    c.out.flush();
    expect(c.text()).toBe(`${bar(10)}${blank}WARNING: careful\n${bar(10)}${blank}${bar(20)}${blank}`);
  });

  it('leaves a Write-Host -NoNewline line open: the bar comes back after the line ends', () => {
    const c = console(true);
    const host = (text: string, noNewLine: boolean) =>
      ({
        stream: 'information',
        value: { messageData: text, tags: [], hostMessage: { text, noNewLine } },
      }) as unknown as Parameters<typeof c.out.write>[0];
    c.out.write({ stream: 'progress', value: progress(10) });
    c.out.write(host('a', true));
    c.out.write(host('b', false));
    expect(c.text()).toBe(`${bar(10)}${blank}ab\n${bar(10)}`);
  });

  it('draws a child activity on the line under its parent, two columns in; -Completed redraws the others', () => {
    const c = console(true);
    c.out.write({ stream: 'progress', value: activity(1, -1, 'Mailboxes') });
    c.out.write({ stream: 'progress', value: activity(2, 1, 'Folders') });
    c.out.write({ stream: 'progress', value: activity(2, 1, 'Folders', 'Completed') });
    c.out.write({ stream: 'output', value: 'done' });
    c.out.flush();
    const parent = `\r${plainLine(0, 'Mailboxes')}`;
    // Two lines are erased from the last up: blank it, move up, blank the first.
    expect(c.text()).toBe(
      `${parent}${blank}${parent}\n\r${plainLine(2, 'Folders')}${blank}\x1b[1A${blank}${parent}${blank}done\n`,
    );
  });

  it("indents a child in pwsh's Minimal view too, its bar narrower by the indentation", () => {
    const c = console(true, true);
    c.out.write({ stream: 'progress', value: activity(1, -1, 'Parent') });
    c.out.write({ stream: 'progress', value: activity(2, 1, 'Child') });
    // width 80: the parent's bar is 80 - 6 - 4 = 70 columns, the child's 80 - 5 - 2 - 4 = 69.
    const minimal = (indent: number, name: string, barWidth: number) =>
      `${' '.repeat(indent)}\x1b[33;1m${name} [\x1b[7mProcessing${' '.repeat(barWidth - 11)}\x1b[27m]\x1b[0m`;
    expect(c.text()).toBe(
      `\r${minimal(0, 'Parent', 70)}${blank}\r${minimal(0, 'Parent', 70)}\n\r${minimal(2, 'Child', 69)}`,
    );
  });

  it('forgets the activities a command left running when it ends', () => {
    const c = console(true);
    c.out.write({ stream: 'progress', value: activity(1, -1, 'Left') });
    c.out.resetProgress();
    c.out.write({ stream: 'progress', value: activity(2, -1, 'Next') });
    expect(c.text()).toBe(`\r${plainLine(0, 'Left')}${blank}\r${plainLine(0, 'Next')}`);
  });

  it("shows Format-Table's header in $PSStyle.Formatting.TableHeader where colour is on, plain where it is off", () => {
    // The shell's runspace: its host supports VT when the console shows colour.
    const rs = createRunspace({ host: { supportsVirtualTerminal: true } });
    const records = rs.invokeSync('[pscustomobject]@{A=1;Bee=2} | Format-Table').output;
    const shown = (color: boolean) => {
      const c = console(true, color);
      for (const value of records) c.out.write({ stream: 'output', value });
      c.out.flush();
      return c.text().split('\n').slice(1, 3);
    };
    expect(shown(true)).toEqual([
      '\x1b[32;1mA\x1b[0m\x1b[32;1m Bee\x1b[0m',
      '\x1b[32;1m-\x1b[0m \x1b[32;1m---\x1b[0m',
    ]);
    expect(shown(false)).toEqual(['A Bee', '- ---']);
  });

  it("draws errors, warnings, verbose and debug lines in $PSStyle.Formatting's colours", () => {
    const c = console(
      true,
      true,
      '$PSStyle.Formatting.Warning = "`e[35m"; $PSStyle.Formatting.Verbose = "`e[36m"; $PSStyle.Formatting.Debug = ""',
    );
    c.out.write({ stream: 'warning', value: 'w' });
    c.out.write({ stream: 'verbose', value: 'v' });
    c.out.write({ stream: 'debug', value: 'd' });
    const [error] = createRunspace({}).invokeSync('Write-Error -Message m').errors;
    c.out.write({ stream: 'error', value: error! });
    expect(c.text()).toBe(
      '\x1b[35mWARNING: w\x1b[0m\n\x1b[36mVERBOSE: v\x1b[0m\nDEBUG: d\n\x1b[31;1mWrite-Error: m\x1b[0m\n',
    );
  });

  it('draws errors in the view $ErrorView names', () => {
    const rs = createRunspace({});
    const [error] = rs.invokeSync('Write-Error -Message m -Category InvalidData').errors;
    let text = '';
    const out = new ConsoleOutput({
      stdout: { write: (t) => void (text += t) },
      stderr: { write: (t) => void (text += t) },
      isTerminal: false,
      width: 80,
      color: false,
      views: new FormatViewRegistry(),
      errorsToStderr: true,
      errorView: () => 'CategoryView',
    });
    out.write({ stream: 'error', value: error! });
    expect(text).toBe('InvalidData: (:) [Write-Error], WriteErrorException\n');
  });

  it('draws and erases progress on its own writer (the terminal), so a transcript of stdout never holds it', () => {
    let text = '';
    let terminal = '';
    const out = new ConsoleOutput({
      stdout: { write: (t) => void (text += t) },
      stderr: { write: (t) => void (text += t) },
      progressOut: { write: (t) => void (terminal += t) },
      isTerminal: true,
      width: 80,
      color: false,
      views: new FormatViewRegistry(),
      errorsToStderr: false,
    });
    out.write({ stream: 'progress', value: activity(1, -1, 'Parent') });
    out.write({ stream: 'progress', value: activity(2, 1, 'Child') });
    out.write({ stream: 'warning', value: 'careful' });
    out.flush();
    expect(text).toBe('WARNING: careful\n');
    expect(terminal).toContain(plainLine(2, 'Child'));
  });

  it('draws nothing when output is not a terminal', () => {
    const c = console(false);
    c.out.write({ stream: 'progress', value: progress(50) });
    c.out.write({ stream: 'output', value: 'done' });
    c.out.flush();
    expect(c.text()).toBe('done\n');
  });

  it("draws pwsh's Minimal view (reverse-video bar, yellow bold activity) where colour is on", () => {
    const c = console(true, true);
    c.out.write({ stream: 'progress', value: progress(50) });
    c.out.write({ stream: 'output', value: 'done' });
    c.out.flush();
    // width 80: the bar is 80 - 7 (Copying) - 4 = 69 columns, reversed for 34 of them.
    const line = `\x1b[33;1mCopying [\x1b[7mProcessing${' '.repeat(24)}\x1b[27m${' '.repeat(34)}]\x1b[0m`;
    expect(c.text()).toBe(`\r${line}${blank}done\n`);
  });

  it('follows $PSStyle: OutputRendering PlainText turns colour off, Ansi on; Progress.View Classic draws the plain bar', () => {
    const plain = console(true, true, "$PSStyle.OutputRendering = 'PlainText'");
    plain.out.write({ stream: 'warning', value: 'careful' });
    expect(plain.text()).toBe('WARNING: careful\n');
    const ansi = console(false, false, "$PSStyle.OutputRendering = 'Ansi'");
    ansi.out.write({ stream: 'warning', value: 'careful' });
    expect(ansi.text()).toBe('\x1b[33;1mWARNING: careful\x1b[0m\n');
    const classic = console(true, true, "$PSStyle.Progress.View = 'Classic'");
    classic.out.write({ stream: 'progress', value: progress(50) });
    expect(classic.text()).toBe(bar(50));
    const styled = console(true, true, '$PSStyle.Progress.Style = "`e[35m"; $PSStyle.Progress.MaxWidth = 40');
    styled.out.write({ stream: 'progress', value: progress(50) });
    // MaxWidth 40: the bar is 40 - 7 - 4 = 29 columns, reversed for 14.
    expect(styled.text()).toBe(
      `\r\x1b[35mCopying [\x1b[7mProcessing${' '.repeat(4)}\x1b[27m${' '.repeat(14)}]\x1b[0m`,
    );
  });
});
