// Format-Table/-List/-Wide -GroupBy: a new group (`   <label>: <value>` between blank lines) each time the value
// changes, by property name, script block (labelled with its text) or @{Label; Expression}.
import { describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

const input = "$o = [pscustomobject]@{K='a';V=1},[pscustomobject]@{K='a';V=2},[pscustomobject]@{K='b';V=3}";

function text(script: string): string[] {
  const r = createRunspace({ host: { width: 80 } }).invokeSync(`${input}; ${script} | Out-String`);
  expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([]);
  return String(r.output[0]).split('\n');
}

describe('-GroupBy', () => {
  it('Format-Table: one table per run of equal values', () => {
    expect(text('$o | Format-Table -GroupBy K')).toEqual([
      '',
      '   K: a',
      '',
      'K V',
      '- -',
      'a 1',
      'a 2',
      '',
      '   K: b',
      '',
      'K V',
      '- -',
      'b 3',
      '',
      '',
    ]);
  });

  it('Format-List: the group header, then its entries', () => {
    expect(text('$o | Format-List -GroupBy K')).toEqual([
      '',
      '   K: a',
      '',
      '',
      'K : a',
      'V : 1',
      '',
      'K : a',
      'V : 2',
      '',
      '   K: b',
      '',
      '',
      'K : b',
      'V : 3',
      '',
      '',
      '',
    ]);
  });

  it('Format-Wide: each group laid out on its own', () => {
    const lines = text('$o | Format-Wide -Property V -GroupBy K -Column 2');
    // (the columns' spacing is writeWide's, tested with Format-Wide itself)
    expect(
      lines.filter((l) => l.trim() !== '').map((l) => l.trimEnd().replace(/(?<=\S) {2,}/g, ' ')),
    ).toEqual(['   K: a', '1 2', '   K: b', '3']);
  });

  it('labels a script block group with its text and a hashtable group with its Label', () => {
    expect(text('$o | Format-Table -GroupBy {$_.K.ToUpper()}')[1]).toBe('   $_.K.ToUpper(): A');
    expect(text("$o | Format-Table -GroupBy @{Label='Key'; Expression={$_.K}}")[8]).toBe('   Key: b');
  });
});
