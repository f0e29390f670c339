// VT (ANSI) text: pwsh measures a cell by its visible text (StringDecorated.ContentLength), so a decorated name takes
// as many columns as its plain text; a transcript keeps the text without the sequences.

/** CSI sequences (colours, cursor moves, erasing) and OSC ones (titles, hyperlinks) ended by BEL or ST. */
// eslint-disable-next-line no-control-regex -- ESC is exactly what this matches
const SEQUENCE = /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

/** The text without its VT sequences. */
export function stripVt(text: string): string {
  return text.includes('\x1b') ? text.replace(SEQUENCE, '') : text;
}

/** The columns the text takes on screen. */
export function visibleLength(text: string): number {
  return text.includes('\x1b') ? stripVt(text).length : text.length;
}

/** Pads to `width` columns, counting only what shows. */
export function padVisible(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - visibleLength(text)));
  return right ? fill + text : text + fill;
}
