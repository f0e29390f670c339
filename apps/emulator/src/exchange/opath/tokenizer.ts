// Splits an OPATH filter into tokens, remembering each token's 1-based position for Exchange's error text.

export type OpathTokenKind = 'operator' | 'lparen' | 'rparen' | 'string' | 'variable' | 'word' | 'end';

export interface OpathToken {
  readonly kind: OpathTokenKind;
  /** Operator name without the dash (lower-case), variable name without `$`, string contents, or the bare word. */
  readonly text: string;
  /** 1-based offset in the filter as given. */
  readonly position: number;
}

export class OpathSyntaxError extends Error {
  readonly position: number;
  constructor(position: number) {
    super(`invalid filter at position ${position}`);
    this.position = position;
  }
}

const QUOTES = new Set(["'", '"', '\u2018', '\u2019', '\u201c', '\u201d']);

export function tokenize(filter: string): OpathToken[] {
  const tokens: OpathToken[] = [];
  let i = 0;
  while (i < filter.length) {
    const ch = filter[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const position = i + 1;
    if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', text: ch, position });
      i++;
    } else if (QUOTES.has(ch)) {
      const [text, next] = readQuoted(filter, i);
      tokens.push({ kind: 'string', text, position });
      i = next;
    } else if (
      (ch === '-' || ch === '\u2013') &&
      /[a-z]/i.test(filter[i + 1] ?? '') &&
      (tokens.length === 0 || /\s|\(/.test(filter[i - 1] ?? ' '))
    ) {
      const m = /^[a-z]+/i.exec(filter.slice(i + 1));
      tokens.push({ kind: 'operator', text: (m?.[0] ?? '').toLowerCase(), position });
      i += 1 + (m?.[0].length ?? 0);
    } else if (ch === '$') {
      const m = /^[a-z_][a-z0-9_]*/i.exec(filter.slice(i + 1));
      if (!m) throw new OpathSyntaxError(position);
      tokens.push({ kind: 'variable', text: m[0].toLowerCase(), position });
      i += 1 + m[0].length;
    } else {
      const m = /^[^\s()'"\u2018\u2019\u201c\u201d]+/.exec(filter.slice(i));
      const text = m?.[0] ?? ch;
      tokens.push({ kind: 'word', text, position });
      i += text.length;
    }
  }
  tokens.push({ kind: 'end', text: '', position: filter.length + 1 });
  return tokens;
}

/** Reads a quoted string starting at start; a doubled quote inside stands for one quote. */
function readQuoted(filter: string, start: number): [string, number] {
  const open = filter[start] as string;
  const closers =
    open === "'" || open === '\u2018' || open === '\u2019'
      ? ["'", '\u2018', '\u2019']
      : ['"', '\u201c', '\u201d'];
  let text = '';
  let i = start + 1;
  while (i < filter.length) {
    const ch = filter[i] as string;
    if (closers.includes(ch)) {
      if (filter[i + 1] === ch) {
        text += ch;
        i += 2;
        continue;
      }
      return [text, i + 1];
    }
    text += ch;
    i++;
  }
  throw new OpathSyntaxError(start + 1);
}
