// Numbers in tables: [decimal] keeps its scale and right-aligns like other numbers; a Double shows G15.
import { describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

function table(script: string): string[] {
  const rs = createRunspace();
  const result = rs.invokeSync(`${script} | Format-Table | Out-String`);
  expect(result.errors).toEqual([]);
  return String(result.output[0])
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l !== '');
}

describe('numeric table cells', () => {
  it('right-aligns a [decimal] column and keeps its scale', () => {
    expect(table("[pscustomobject]@{Name='x'; Price=1.10d; D=1.5}")).toEqual([
      'Name Price   D',
      '---- -----   -',
      'x     1.10 1.5',
    ]);
  });

  it('shows a Double as PSObject.ToString does (G15)', () => {
    expect(table('[pscustomobject]@{A=0.1 + 0.2; B=1 / 3}')).toEqual([
      '  A                 B',
      '  -                 -',
      '0.3 0.333333333333333',
    ]);
  });
});
