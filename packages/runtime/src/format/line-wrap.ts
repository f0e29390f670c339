// Line breaking for formatted output (pwsh's StringManipulationHelper): wrapped cells and group headers.

const SOFT_HYPHEN = '\u00ad';
const HARD_HYPHEN = '\u2011';
const NO_BREAK_SPACE = '\u00a0';

/** The text up to its first line break, marked with `…` when more lines follow (a single-line cell). */
export function truncateAtNewLine(text: string): string {
  const i = text.search(/[\r\n]/);
  return i < 0 ? text : text.slice(0, i) + '…';
}

interface Word {
  readonly word: string;
  /** The delimiter that ended the word (kept with it); '' for non-breaking ones, undefined at the end. */
  readonly delim: string | undefined;
}

function* words(line: string): Generator<Word> {
  let word = '';
  for (const ch of line) {
    if (ch === ' ' || ch === '\t' || ch === SOFT_HYPHEN) {
      yield { word, delim: ch };
      word = '';
    } else if (ch === HARD_HYPHEN || ch === NO_BREAK_SPACE) {
      yield { word, delim: '' };
      word = '';
    } else word += ch;
  }
  yield { word, delim: undefined };
}

/**
 * Splits a value into lines no wider than `width`: at its own line breaks, then between words (the en-US
 * rule), a word longer than a line being cut where the line ends.
 */
export function wrapLines(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.replace(/\r/g, '').split('\n')) {
    if (line.length <= width) {
      out.push(line);
      continue;
    }
    let current = '';
    let left = width;
    for (const { word, delim } of words(line)) {
      let piece = word;
      if (delim === SOFT_HYPHEN) {
        // A soft hyphen shows only where the line breaks at it.
        if (word.length + 1 === left) piece += '-';
      } else if (delim) piece += delim;
      if (width === 0) break;
      if (piece.length > width) {
        for (const ch of piece) {
          if (left < 1) {
            out.push(current);
            current = ch;
            left = width - 1;
          } else {
            current += ch;
            left--;
          }
        }
      } else if (piece.length > left) {
        out.push(current);
        current = piece;
        left = width - piece.length;
      } else {
        current += piece;
        left -= piece.length;
      }
    }
    out.push(current);
  }
  return out;
}
