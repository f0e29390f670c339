// Test helper: splits a PowerShell-like command line into binder arguments (a tiny stand-in for the parser).
import { arg, type CommandArgument } from '../../src/index.js';

/** Splits on spaces outside quotes; `$( )` and `@{ }` are not supported, just what the tables need. */
function split(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | undefined;
  let started = false;
  for (const ch of line) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      cur += ch;
      started = true;
    } else if (ch === ' ') {
      if (started) out.push(cur);
      cur = '';
      started = false;
    } else {
      cur += ch;
      started = true;
    }
  }
  if (started) out.push(cur);
  return out;
}

function splitCommas(text: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      cur += ch;
    } else if (ch === ',') {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** One expression-mode or command-mode literal. */
export function literal(text: string): unknown {
  const parts = splitCommas(text);
  if (parts.length > 1) return parts.map(literal);
  if (text === '$true') return true;
  if (text === '$false') return false;
  if (text === '$null') return null;
  if (text === '@()') return [];
  if (/^['"].*['"]$/s.test(text)) return text.slice(1, -1);
  if (/^[+-]?\d+$/.test(text)) return Number(text);
  if (/^[+-]?\d+\.\d+$/.test(text)) return Number(text);
  return text;
}

export function commandLine(line: string): CommandArgument[] {
  const out: CommandArgument[] = [];
  let column = 1;
  for (const token of split(line.trim())) {
    const position = { line: 1, column, text: token };
    column += token.length + 1;
    const m = /^-([A-Za-z_?][^:,]*)(:)?(.*)$/s.exec(token);
    if (m) {
      const name = m[1] as string;
      if (m[2] === ':') {
        out.push({
          kind: 'parameter',
          name,
          nameText: `-${name}:`,
          hasArgument: true,
          argument: literal(m[3] as string),
          position,
        });
      } else out.push({ kind: 'parameter', name, nameText: token, position });
      continue;
    }
    out.push(arg.value(literal(token), position));
  }
  return out;
}
