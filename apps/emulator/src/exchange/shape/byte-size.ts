// ByteQuantifiedSize as Exchange prints it ("99 GB (106,300,440,576 bytes)") and parses it ("50GB", "Unlimited").

const UNITS: readonly [string, number][] = [
  ['TB', 1024 ** 4],
  ['GB', 1024 ** 3],
  ['MB', 1024 ** 2],
  ['KB', 1024],
  ['B', 1],
];

export function formatByteSize(bytes: number): string {
  const [unit, size] = UNITS.find(([, s]) => bytes >= s) ?? ['B', 1];
  const value = Number((bytes / size).toFixed(3)).toString();
  return `${value} ${unit} (${bytes.toLocaleString('en-US')} bytes)`;
}

/** Parses a quota value; returns 'Unlimited', a byte count, or undefined when the text is not a size. */
export function parseByteSize(text: string): number | 'Unlimited' | undefined {
  const t = text.trim();
  if (/^unlimited$/i.test(t)) return 'Unlimited';
  const printed = /\(([\d,]+) bytes\)$/.exec(t);
  if (printed?.[1]) return Number(printed[1].replace(/,/g, ''));
  const m = /^(\d+(?:\.\d+)?)\s*(TB|GB|MB|KB|B)?$/i.exec(t);
  if (!m?.[1]) return undefined;
  const unit = (m[2] ?? 'B').toUpperCase();
  const size = UNITS.find(([u]) => u === unit)?.[1] ?? 1;
  return Math.round(Number(m[1]) * size);
}
