// Whole-valued Doubles through the cmdlets that write or read numbers: JSON, Get-Random, the host's display.
import { describe, expect, it } from 'vitest';
import { createRunspace, type StreamRecord } from '../../src/index.js';
import { typeNameOf } from '../../src/values/index.js';

function run(script: string) {
  const shown: string[] = [];
  const rs = createRunspace();
  const result = rs.invokeSync(script, {
    onRecord: (r: StreamRecord) => {
      if (r.stream === 'information' && r.value.hostMessage) shown.push(r.value.hostMessage.text);
    },
  });
  expect(result.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([]);
  return { output: result.output, shown };
}

describe('whole Doubles', () => {
  it('ConvertTo-Json writes a Double with a decimal place, as Newtonsoft does', () => {
    expect(run('[double]1 | ConvertTo-Json').output).toEqual(['1.0']);
    // PowerShell's ConvertTo-Json.Tests: a double 0.0 is written '0.0'.
    expect(run('0.0 | ConvertTo-Json').output).toEqual(['0.0']);
    expect(run('@{a=2.0; b=2} | ConvertTo-Json -Compress').output).toEqual(['{"a":2.0,"b":2}']);
    expect(run('1e3, 2.5 | ConvertTo-Json -Compress').output).toEqual(['[1000.0,2.5]']);
    expect(run('(1,2,3 | Measure-Object -Sum).Sum | ConvertTo-Json').output).toEqual(['6.0']);
  });

  it('ConvertFrom-Json reads a real literal as a Double and an integer as an Int64', () => {
    const { output } = run("'[1.0, 2, 1e2]' | ConvertFrom-Json | ForEach-Object { $_.GetType().Name }");
    expect(output).toEqual(['Double', 'Int64', 'Double']);
    expect(run(`'{"a": 3.0}' | ConvertFrom-Json | ConvertTo-Json -Compress`).output).toEqual(['{"a":3.0}']);
  });

  it('Get-Random gives a Double when a bound is a Double, an Int32 for Int32 bounds', () => {
    const [d] = run('Get-Random -Minimum 1.0 -Maximum 1.5').output;
    expect(typeNameOf(d)).toBe('System.Double');
    expect(Number(d)).toBeGreaterThanOrEqual(1);
    expect(Number(d)).toBeLessThan(1.5);
    const [i] = run('Get-Random -Minimum 1 -Maximum 3').output;
    expect(typeNameOf(i)).toBe('System.Int32');
  });

  it('the host shows a whole Double as its digits', () => {
    expect(run('2.0, [double]7, (1.5 + 0.5) | Out-Host').shown).toEqual(['2', '7', '2']);
  });
});
