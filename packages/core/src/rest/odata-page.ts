// Splits an OData page (its UTF-8 bytes) into its top-level members and the byte range of each `value` item, so items
// are decoded and parsed one at a time as they stream into the pipeline. Parsing a whole page at once keeps all its
// objects alive together, and holding the page as one JavaScript string puts megabytes in V8's large-object space
// that only a full collection frees: both raise the peak RSS of a long export by tens of MB.
// UTF-8 never uses bytes below 0x80 inside a multi-byte character, so the JSON structure can be scanned bytewise.

/** A page's members other than `value`, parsed, and its `value` items as [start, end) byte ranges. */
export interface ScannedPage {
  readonly members: Record<string, unknown>;
  readonly items: readonly (readonly [number, number])[];
}

const utf8 = new TextDecoder();
const parseRange = (bytes: Uint8Array, start: number, end: number): unknown =>
  JSON.parse(utf8.decode(bytes.subarray(start, end)));

const enum Char {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Quote = 34,
  Comma = 44,
  Colon = 58,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

const isSpace = (c: number) =>
  c === Char.Space || c === Char.LineFeed || c === Char.CarriageReturn || c === Char.Tab;

function skipSpace(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && isSpace(bytes[i]!)) i++;
  return i;
}

/** End (exclusive) of the string whose opening quote is at `i`, or -1 when it is not closed. */
function stringEnd(bytes: Uint8Array, i: number): number {
  for (let q = bytes.indexOf(Char.Quote, i + 1); q >= 0; q = bytes.indexOf(Char.Quote, q + 1)) {
    let backslashes = 0;
    while (bytes[q - 1 - backslashes] === Char.Backslash) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
  }
  return -1;
}

/** End (exclusive) of the JSON value starting at `i`, or -1. Only the structure is checked; JSON.parse checks the rest. */
function valueEnd(bytes: Uint8Array, i: number): number {
  const first = bytes[i];
  if (first === Char.Quote) return stringEnd(bytes, i);
  if (first === Char.OpenBrace || first === Char.OpenBracket) {
    let depth = 0;
    for (; i < bytes.length; i++) {
      const c = bytes[i];
      if (c === Char.Quote) {
        const end = stringEnd(bytes, i);
        if (end < 0) return -1;
        i = end - 1;
      } else if (c === Char.OpenBrace || c === Char.OpenBracket) depth++;
      else if ((c === Char.CloseBrace || c === Char.CloseBracket) && --depth === 0) return i + 1;
    }
    return -1;
  }
  let j = i;
  for (; j < bytes.length; j++) {
    const c = bytes[j]!;
    if (c === Char.Comma || c === Char.CloseBrace || c === Char.CloseBracket || isSpace(c)) break;
  }
  return j > i ? j : -1;
}

/** The byte range of each element of the array spanning [start, end). */
function arrayItems(bytes: Uint8Array, start: number, end: number): [number, number][] | undefined {
  const items: [number, number][] = [];
  let i = skipSpace(bytes, start + 1);
  if (bytes[i] === Char.CloseBracket) return i === end - 1 ? items : undefined;
  for (;;) {
    const itemEnd = valueEnd(bytes, i);
    if (itemEnd < 0) return undefined;
    items.push([i, itemEnd]);
    i = skipSpace(bytes, itemEnd);
    const c = bytes[i];
    if (c === Char.Comma) i = skipSpace(bytes, i + 1);
    else return c === Char.CloseBracket && i === end - 1 ? items : undefined;
  }
}

/**
 * Scans a page (a JSON object). Undefined when it is not a JSON object; a member that is not valid JSON makes
 * JSON.parse throw, and an item's own errors surface when that item is parsed.
 */
export function scanODataPage(bytes: Uint8Array): ScannedPage | undefined {
  const members: Record<string, unknown> = {};
  let items: [number, number][] = [];
  let i = skipSpace(bytes, 0);
  if (bytes[i] !== Char.OpenBrace) return undefined;
  i = skipSpace(bytes, i + 1);
  if (bytes[i] !== Char.CloseBrace) {
    for (;;) {
      if (bytes[i] !== Char.Quote) return undefined;
      const keyEnd = stringEnd(bytes, i);
      if (keyEnd < 0) return undefined;
      const key = parseRange(bytes, i, keyEnd);
      i = skipSpace(bytes, keyEnd);
      if (bytes[i] !== Char.Colon) return undefined;
      i = skipSpace(bytes, i + 1);
      const end = valueEnd(bytes, i);
      if (end < 0) return undefined;
      if (key === 'value' && bytes[i] === Char.OpenBracket) {
        const found = arrayItems(bytes, i, end);
        if (!found) return undefined;
        items = found;
      } else members[key as string] = parseRange(bytes, i, end);
      i = skipSpace(bytes, end);
      const c = bytes[i];
      if (c === Char.Comma) i = skipSpace(bytes, i + 1);
      else if (c === Char.CloseBrace) break;
      else return undefined;
    }
  }
  return skipSpace(bytes, i + 1) === bytes.length ? { members, items } : undefined;
}

/** An item of a page is not valid JSON (the page's objects before it have already streamed out). */
export class ItemNotJsonError extends Error {
  override readonly name = 'ItemNotJsonError';
}

/** The items decoded and parsed one at a time, as they are taken. */
export function* parsedItems(bytes: Uint8Array, items: ScannedPage['items']): Generator<unknown> {
  for (const [start, end] of items) {
    let parsed: unknown;
    try {
      parsed = parseRange(bytes, start, end);
    } catch {
      throw new ItemNotJsonError();
    }
    yield parsed;
  }
}
