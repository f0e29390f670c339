// Standard and custom numeric format strings (en-US), from the .NET formatting documentation tables.
import { describe, expect, it } from 'vitest';
import { formatNumberValue } from '../../src/text/numeric-format.js';
import { PSDecimal } from '../../src/values/index.js';

describe('standard numeric formats', () => {
  it.each<[number | bigint, string, string]>([
    [1234.5678, 'N2', '1,234.57'],
    [1234.5678, 'N', '1,234.57'],
    [1234.5, 'N0', '1,235'],
    [-1234.5, 'N1', '-1,234.5'],
    [0, 'N2', '0.00'],
    [1234.5, 'C', '$1,234.50'],
    [-1234.5, 'C', '-$1,234.50'],
    [1234.567, 'C0', '$1,235'],
    [5, 'D3', '005'],
    [-5, 'D', '-5'],
    [-5, 'D3', '-005'],
    [123456789, 'D', '123456789'],
    [1234.5678, 'E', '1.234568E+003'],
    [1234.5678, 'e2', '1.23e+003'],
    [-0.000123, 'E2', '-1.23E-004'],
    [0, 'E', '0.000000E+000'],
    [1.5, 'F', '1.50'],
    [2.5, 'F0', '3'],
    [-2.5, 'F0', '-3'],
    [0.05, 'F1', '0.1'],
    [1.005, 'F2', '1.00'],
    [1e21, 'F0', '1000000000000000000000'],
    [-0.001, 'F2', '0.00'],
    [1234.5678, 'G', '1234.5678'],
    [1234.5678, 'G3', '1.23E+03'],
    [0.0001234, 'G5', '0.0001234'],
    [0.000001234, 'G2', '1.2E-06'],
    // .NET: fixed-point only while the exponent is above -5.
    [0.00001234, 'G3', '1.23E-05'],
    [0.1 + 0.2, 'G15', '0.3'],
    [0.1 + 0.2, 'G17', '0.30000000000000004'],
    [12345, 'G3', '1.23E+04'],
    [1.5, 'G5', '1.5'],
    [0.1235, 'P', '12.35%'],
    [0.5, 'P0', '50%'],
    [-0.1234, 'P1', '-12.3%'],
    [1, 'P', '100.00%'],
    [255, 'X', 'FF'],
    [255, 'x4', '00ff'],
    [-1, 'X', 'FFFFFFFF'],
    [4294967296, 'X', '100000000'],
    [0.1, 'R', '0.1'],
    [1 / 3, 'R', '0.3333333333333333'],
    [42, '', '42'],
    [12345678901234567890n, 'N0', '12,345,678,901,234,567,890'],
  ])('%s.ToString(%j)', (value, format, expected) => {
    expect(formatNumberValue(value, format)).toBe(expected);
  });
  it('D and X need integers', () => {
    expect(() => formatNumberValue(1.5, 'D')).toThrow('Format specifier was invalid.');
    expect(() => formatNumberValue(1.5, 'X')).toThrow('Format specifier was invalid.');
  });
  it('special values', () => {
    expect(formatNumberValue(NaN, 'N2')).toBe('NaN');
    expect(formatNumberValue(Infinity, 'F')).toBe('∞');
  });
  it('decimals', () => {
    const d = PSDecimal.tryParse('1234.565') as PSDecimal;
    expect(formatNumberValue(d, 'N2')).toBe('1,234.57');
    expect(formatNumberValue(d, 'F1')).toBe('1234.6');
    expect(formatNumberValue(d, '')).toBe('1234.565');
    expect(formatNumberValue(d, 'C')).toBe('$1,234.57');
    expect(formatNumberValue(d, 'E2')).toBe('1.23E+003');
  });
});

describe('custom numeric formats', () => {
  it.each<[number, string, string]>([
    [3.14159, '0.00', '3.14'],
    [1234567, '#,##0', '1,234,567'],
    [0.256, '0.0%', '25.6%'],
    [-1234.5, '#,##0.00;(#,##0.00);Zero', '(1,234.50)'],
    [0, '#,##0.00;(#,##0.00);Zero', 'Zero'],
    [1234.5, '#,##0.00;(#,##0.00);Zero', '1,234.50'],
    [5, '000', '005'],
    [0.5, '#.##', '.5'],
    [5551234567, '(###) ###-####', '(555) 123-4567'],
    [1234, '#,#', '1,234'],
    [1234567890, '0,,', '1235'],
    [12345, '0.###E+0', '1.235E+4'],
    [0.00012, '0.0E-00', '1.2E-04'],
    [-1.5, '00.00', '-01.50'],
    [5, '0 "items"', '5 items'],
    [5, "0 'x'", '5 x'],
    [5, '\\#0', '#5'],
    [0, '#', ''],
    [0, '0', '0'],
    [123.456, '#', '123'],
    [123.456, '#.#', '123.5'],
    [1.2, '0.00##', '1.20'],
    [1.23456, '0.00##', '1.2346'],
    [-5, '0;minus 0', 'minus 5'],
    [0.001, '0.00', '0.00'],
    [-0.001, '0.00', '0.00'],
    [1234.5, '0', '1235'],
    [99, '[0]', '[99]'],
  ])('%s.ToString(%j)', (value, format, expected) => {
    expect(formatNumberValue(value, format)).toBe(expected);
  });
});
