// Format-Table/-List on a VT host (pwsh 7.4 renders their format objects at Out-Default with $PSStyle.Formatting):
// exosh's lines carry their VT form where the host supports VT and $PSStyle.OutputRendering allows it, so the console
// shows green headers and labels, while scripts, Out-String and files get the plain text.
import { describe, expect, it } from 'vitest';
import { createRunspace, toStringForDisplay } from '../../src/index.js';
import { consoleLines } from './console-lines.js';

const TH = '\x1b[32;1m';
const R = '\x1b[0m';

function run(script: string, supportsVirtualTerminal = true) {
  const rs = createRunspace({ host: { supportsVirtualTerminal } });
  const r = rs.invokeSync(script);
  expect(r.errors).toEqual([]);
  /** What a console shows: Out-Default's text with VT where it renders it. */
  const shown = (ansi: boolean) => consoleLines(rs, r.output, ansi);
  return { output: r.output.map((o) => toStringForDisplay(o)), shown };
}

const two = '[pscustomobject]@{A=1;Bee=2}, [pscustomobject]@{A=3;Bee=4}';

describe('Format-Table and Format-List on a VT host', () => {
  it("shows Format-Table's header and rule in $PSStyle.Formatting.TableHeader", () => {
    const { output, shown } = run(`${two} | Format-Table`);
    expect(shown(true)).toEqual([
      '',
      `${TH}A${R}${TH} Bee${R}`,
      `${TH}-${R} ${TH}---${R}`,
      '1   2',
      '3   4',
      '',
      '',
    ]);
    // Scripts see the plain lines; a console without VT shows them.
    expect(output).toEqual(['', 'A Bee', '- ---', '1   2', '3   4', '']);
    expect(shown(false)).toEqual(['', 'A Bee', '- ---', '1   2', '3   4', '', '']);
  });

  it("shows Format-List's labels in FormatAccent, as Out-Default's own list", () => {
    const list = run("[pscustomobject]@{A=1;B='x'} | Format-List");
    expect(list.shown(true)).toEqual(['', `${TH}A : ${R}1`, `${TH}B : ${R}x`, '', '', '']);
    expect(list.output).toEqual(['', 'A : 1', 'B : x', '', '']);
  });

  it('stays plain in Out-String, in files and where the host or $PSStyle has no VT', () => {
    const text = run(`${two} | Format-Table | Out-String`).output.join('');
    expect(text).not.toContain('\x1b');
    expect(run(`${two} | Format-Table`, false).shown(true)[1]).toBe('A Bee');
    expect(run(`$PSStyle.OutputRendering = 'PlainText'; ${two} | Format-Table`).shown(true)[1]).toBe('A Bee');
    // The lines are strings to scripts: -match, .Length, -join.
    expect(
      run(`$l = ${two} | Format-Table; ($l[1] -match 'Bee'), $l[1].Length, ($l -join '|')`).output,
    ).toEqual(['True', '5', '|A Bee|- ---|1   2|3   4|']);
  });

  it('keeps the decorations in Out-String when $PSStyle.OutputRendering is Ansi, whatever the host', () => {
    for (const vt of [true, false]) {
      const { output } = run(
        `$PSStyle.OutputRendering = 'Ansi'; [pscustomobject]@{A=1} | Out-String; ${two} | Format-Table | Out-String`,
        vt,
      );
      expect(output[0]!.split('\n').slice(1, 3), String(vt)).toEqual([`${TH}A${R}`, `${TH}-${R}`]);
      expect(output[1]!.split('\n').slice(1, 3), String(vt)).toEqual([
        `${TH}A${R}${TH} Bee${R}`,
        `${TH}-${R} ${TH}---${R}`,
      ]);
    }
  });

  it('runs a script block column once per row however the table is drawn', () => {
    const { output } = run(
      '$n = 0; 1, 2 | Format-Table @{ n = "N"; e = { $script:n++; $_ } } | Out-Null; $n',
    );
    expect(output).toEqual(['2']);
  });
});
