// ListWriter: `Name : Value` lines, names padded to the longest, multi-line values indented.
import { cellText } from './cells.js';

/** On a VT host: each label (with its ` : `) in $PSStyle.Formatting.FormatAccent, then Reset. */
export interface ListLabelStyle {
  readonly formatAccent: string;
  readonly reset: string;
}

export function writeList(
  entries: readonly (readonly [string, unknown])[],
  enumerationLimit = 4,
  labelStyle?: ListLabelStyle,
): string[] {
  const width = Math.max(0, ...entries.map(([k]) => k.length));
  const out: string[] = [];
  for (const [name, value] of entries) {
    const [first = '', ...rest] = cellText(value, enumerationLimit).split('\n');
    const label = `${name.padEnd(width)} : `;
    // pwsh's ListWriter: the styled label as it is, and a Reset after a value whose own VT is left open.
    const close = (line: string) =>
      labelStyle && line.includes('\x1b') && !line.endsWith(labelStyle.reset) ? labelStyle.reset : '';
    out.push(
      labelStyle && labelStyle.formatAccent !== ''
        ? `${labelStyle.formatAccent}${label}${labelStyle.reset}${first}${close(first)}`
        : `${label}${first}`.replace(/\s+$/, ''),
    );
    for (const r of rest) out.push(`${' '.repeat(width + 3)}${r}${close(r)}`);
  }
  return out;
}
