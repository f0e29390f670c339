// List labels on a VT host (pwsh 7.4's ListWriter): `<label padded> : ` in $PSStyle.Formatting.FormatAccent, then
// Reset and the value; continuation lines of a multi-line value plain. Plain text elsewhere.
import { describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';
import { consoleLines } from './console-lines.js';

const G = '\x1b[32;1m';
const R = '\x1b[0m';

function shown(script: string, ansi = true): string[] {
  const rs = createRunspace({});
  const r = rs.invokeSync(script);
  expect(r.errors).toEqual([]);
  return consoleLines(rs, r.output, ansi);
}

const five = "[pscustomobject]@{A=1;B='x';C=\"two`nlines\";D=4;Eee=''}";

describe('list labels on a VT host', () => {
  it('styles each label with its separator', () => {
    expect(shown(five)).toEqual([
      '',
      `${G}A   : ${R}1`,
      `${G}B   : ${R}x`,
      `${G}C   : ${R}two`,
      '      lines',
      `${G}D   : ${R}4`,
      `${G}Eee : ${R}`,
      '',
      '',
      '',
    ]);
  });

  it('follows $PSStyle.Formatting.FormatAccent ("" turns it off) and stays plain without VT', () => {
    expect(shown(`$PSStyle.Formatting.FormatAccent = ''; ${five}`)[1]).toBe('A   : 1');
    expect(shown(five, false).slice(1, 3)).toEqual(['A   : 1', 'B   : x']);
  });
});
