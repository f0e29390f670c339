// Select-String's MatchInfo view: the matched text in reverse video ($PSStyle.Reverse ... Reset) on a VT host,
// plain where VT is not shown and with -NoEmphasis (MatchInfo.ToEmphasizedString).
import { describe, expect, it } from 'vitest';
import { createRunspace, formatOutput, psStyleSettings } from '../../src/index.js';

function shown(script: string, ansi: boolean): string {
  const rs = createRunspace({});
  const r = rs.invokeSync(script);
  expect(r.errors).toEqual([]);
  return formatOutput(r.output, {
    width: 120,
    views: rs.formatViews,
    rendering: { ansi, style: psStyleSettings() },
  });
}

describe('MatchInfo on a VT host', () => {
  it('reverses each match of the line', () => {
    expect(shown("'hello world, wonderful' | Select-String 'wo'", true)).toBe(
      '\nhello \x1b[7mwo\x1b[0mrld, wonderful\n\n',
    );
    expect(shown("'hello world, wonderful' | Select-String 'wo' -AllMatches", true)).toBe(
      '\nhello \x1b[7mwo\x1b[0mrld, \x1b[7mwo\x1b[0mnderful\n\n',
    );
  });

  it('stays plain with -NoEmphasis and where VT is not shown', () => {
    expect(shown("'hello world' | Select-String 'wo' -NoEmphasis", true)).toBe('\nhello world\n\n');
    expect(shown("'hello world' | Select-String 'wo'", false)).toBe('\nhello world\n\n');
  });
});
