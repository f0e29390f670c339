// Table headers on a VT host (pwsh 7.4's TableWriter): each label cell, its separator space included, in
// $PSStyle.Formatting.TableHeader, or CustomTableHeaderLabel after the space when the label is no property of
// the first object; each rule in TableHeader after its space; every cell closed with Reset. Plain elsewhere.
import { describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';
import { consoleLines } from './console-lines.js';

const TH = '\x1b[32;1m';
const CL = '\x1b[32;1;3m';
const R = '\x1b[0m';

function shown(script: string, ansi = true): string[] {
  const rs = createRunspace({});
  const r = rs.invokeSync(script);
  expect(r.errors).toEqual([]);
  return consoleLines(rs, r.output, ansi);
}

describe('table headers on a VT host', () => {
  it('styles each label and rule of a table of properties', () => {
    expect(shown('[pscustomobject]@{A=1;Bee=2}').slice(0, 5)).toEqual([
      '',
      `${TH}A${R}${TH} Bee${R}`,
      `${TH}-${R} ${TH}---${R}`,
      '1   2',
      '',
    ]);
  });

  it('marks a view label that names no property (RuntimeType: IsSerial shows IsSerializable)', () => {
    const lines = shown('[int]');
    expect(lines[1]).toBe(
      `${TH}IsPublic${R} ${CL}IsSerial${R}${TH} ${'Name'.padEnd(40)}${R}${TH} BaseType${R}`,
    );
    expect(lines[2]).toBe(
      `${TH}--------${R} ${TH}--------${R} ${TH}${'----'.padEnd(40)}${R} ${TH}--------${R}`,
    );
  });

  it("follows the script's $PSStyle.Formatting, and stays plain without VT", () => {
    expect(shown('$PSStyle.Formatting.TableHeader = "`e[35m"; [pscustomobject]@{A=1}')[1]).toBe(
      `\x1b[35mA${R}`,
    );
    expect(shown('[pscustomobject]@{A=1;Bee=2}', false).slice(1, 3)).toEqual(['A Bee', '- ---']);
  });
});
