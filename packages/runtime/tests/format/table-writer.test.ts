// TableWriter with declared widths, as pwsh's TableWriter/ColumnWidthManager lay out a view's table.
import { describe, expect, it } from 'vitest';
import { writeTable, type TableColumn } from '../../src/format/index.js';

const col = (label: string, index: number, extra: Partial<TableColumn> = {}): TableColumn => ({
  label,
  get: (row) => (row as unknown[])[index],
  ...extra,
});

describe('writeTable with declared widths', () => {
  it('gives the column without a width the rest of the line and cuts long cells with …', () => {
    const cols = [col('A', 0, { width: 5 }), col('B', 1, { width: 4, alignment: 'Right' }), col('C', 2)];
    // C: 20 - 5 - 4 - 2 separators = 9 columns; a right-aligned cell keeps its end.
    expect(
      writeTable(
        cols,
        [
          ['abcdefgh', 123456, 'xyz'],
          ['ab', 7, 'a long value'],
        ],
        20,
      ),
    ).toEqual(['A        B C', '-        - -', 'abcd… …456 xyz', 'ab       7 a long v…']);
  });

  it('wraps a header longer than its column and keeps the rule as long as the column', () => {
    const cols = [col('LongHeader', 0, { width: 4 }), col('Y', 1)];
    expect(writeTable(cols, [['ab', 'cd']], 10)).toEqual(['Long Y', 'Head', 'er', '---- -', 'ab   cd']);
  });

  it('wraps rows between words when the view asks for it, trimming the ends of lines', () => {
    const cols = [col('K', 0, { width: 3 }), col('Text', 1)];
    expect(
      writeTable(
        cols,
        [
          ['a', 'hello world foo'],
          ['b', 'x'],
        ],
        10,
        { wrap: true },
      ),
    ).toEqual(['K   Text', '-   ----', 'a   hello', '    world', '    foo', 'b   x']);
  });

  it('cuts at the first line break with … when rows do not wrap', () => {
    const cols = [col('K', 0, { width: 3 }), col('Text', 1)];
    expect(writeTable(cols, [['a', 'one\ntwo']], 20)).toEqual(['K   Text', '-   ----', 'a   one…']);
  });

  it('hides the columns that no longer fit, from the right', () => {
    const cols = [col('A', 0, { width: 5 }), col('B', 1, { width: 5 }), col('C', 2, { width: 5 })];
    // C cannot shrink below one column: it is dropped; B, no longer last, is still padded as pwsh pads it.
    expect(writeTable(cols, [['x', 'y', 'z']], 12)).toEqual(['A     B', '-     -    ', 'x     y    ']);
  });

  it('writes nothing on a host narrower than five columns', () => {
    expect(writeTable([col('A', 0, { width: 2 })], [['x']], 4)).toEqual([]);
  });

  it('sizes a multi-line cell by its whole text and shows its first line with …, or every line with wrap', () => {
    const cols = [col('a', 0), col('b', 1)];
    expect(writeTable(cols, [['x\ny', 1]], 120)).toEqual(['a   b', '-   -', 'x…  1']);
    expect(writeTable(cols, [['x\ny', 1]], 120, { wrap: true })).toEqual(['a   b', '-   -', 'x   1', 'y']);
  });

  it('keeps sizing columns to their content when no column declares a width', () => {
    expect(writeTable([col('Name', 0), col('Value', 1)], [['a', 1]], 120)).toEqual([
      'Name Value',
      '---- -----',
      'a        1',
    ]);
  });
});
