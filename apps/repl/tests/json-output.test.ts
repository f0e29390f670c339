// -OutputFormat Json's writer: each output object as one JSON line, numbers as JSON numbers.
import { createRunspace } from '@exosh/runtime';
import { describe, expect, it } from 'vitest';
import { writeJsonRecord } from '../src/host/json-output.js';

function jsonLines(script: string): unknown[] {
  const rs = createRunspace();
  const lines: string[] = [];
  const out = { write: (text: string) => void lines.push(text) };
  const err = { write: () => undefined };
  rs.invokeSync(script, { onRecord: (r) => writeJsonRecord(rs.context, r, out, err) });
  return lines.map((l) => JSON.parse(l) as unknown);
}

describe('writeJsonRecord', () => {
  it('writes whole Doubles, Int64s and numeric arguments as numbers', () => {
    expect(jsonLines('2.0; [double]5; 3L; 2.5; Write-Output 007')).toEqual([2, 5, 3, 2.5, 7]);
    expect(jsonLines('[pscustomobject]@{ Sum = (1, 2 | Measure-Object -Sum).Sum }')).toEqual([{ Sum: 3 }]);
  });
});
