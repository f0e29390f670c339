// ListWriter: `Name : Value` lines, names padded to the longest, multi-line values indented.
import { cellText } from './cells.js';

export function writeList(entries: readonly (readonly [string, unknown])[], enumerationLimit = 4): string[] {
  const width = Math.max(0, ...entries.map(([k]) => k.length));
  const out: string[] = [];
  for (const [name, value] of entries) {
    const [first = '', ...rest] = cellText(value, enumerationLimit).split('\n');
    out.push(`${name.padEnd(width)} : ${first}`.replace(/\s+$/, ''));
    for (const r of rest) out.push(`${' '.repeat(width + 3)}${r}`);
  }
  return out;
}
