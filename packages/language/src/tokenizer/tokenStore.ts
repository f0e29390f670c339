// TokenStore: the list of every token a parse scanned, kept compact so a parse does not retain a token object each.
import type { SourceText } from '../ast/extent.js';
import { ScannedToken, VariableToken } from './tokenizer.js';
import type { TokenKind } from './tokenKind.js';

/**
 * How many of the newest tokens stay objects. The parser changes a token's kind or flags only right after
 * reading it (a keyword used as a command argument becomes Generic, a command name gets CommandName), never
 * this far back, so a token older than this is final and can be packed.
 */
const Window = 64;

/**
 * A growable list of tokens. The newest `Window` tokens are the scanned objects themselves; older ones are packed
 * into typed arrays (kind, flags, offsets) that the garbage collector never scans, unless the token carries more
 * than those four facts (a value, a variable path, nested tokens...): then its value and side object are kept. `toArray`
 * makes the token objects again, equal in every field, when a caller asks for the tokens.
 *
 * Before this store a parse kept ~150,000 token objects alive per MB of script; copying them between the heap's
 * generations was a fifth of parse time.
 */
export class TokenStore {
  /**
   * Packed tokens' kinds: the kind strings themselves (constants that live as long as the program, so the array
   * holds nothing the young-generation collector must trace; looking up a small number for each was slower).
   */
  private readonly kinds: TokenKind[] = [];
  /**
   * Per packed token: flags, start, end, and -1 for a plain token, else twice its index in `values`/`sides`
   * (plus one for a variable token); four numbers each.
   */
  private packedData: Int32Array | null = null;
  /** The values and side objects of the packed tokens that are not plain, in order. */
  private readonly values: (string | number | bigint | undefined)[] = [];
  private readonly sides: (object | undefined)[] = [];
  /** How many tokens are packed. */
  private packed = 0;
  /**
   * The newest tokens, not packed yet: the first `recentCount` slots. It grows to `2 * Window` slots once and is
   * never shrunk (a store for a string's sub-expression holds a few tokens and stays small).
   */
  private readonly recent: (ScannedToken | undefined)[] = [];
  private recentCount = 0;

  constructor(private readonly source: SourceText) {}

  get length(): number {
    return this.packed + this.recentCount;
  }

  push(token: ScannedToken): void {
    this.recent[this.recentCount++] = token;
    if (this.recentCount === 2 * Window) this.pack(Window);
  }

  /** The newest token, if any. */
  last(): ScannedToken | undefined {
    if (this.recentCount > 0) return this.recent[this.recentCount - 1];
    return this.packed > 0 ? this.at(this.packed - 1) : undefined;
  }

  /** Drops the tokens that start at or after `offset` (the tokenizer rescans from there). */
  dropFrom(offset: number): void {
    const recent = this.recent;
    while (this.recentCount > 0 && (recent[this.recentCount - 1] as ScannedToken).startOffset >= offset)
      recent[--this.recentCount] = undefined;
    if (this.recentCount > 0) return;
    const data = this.packedData;
    while (this.packed > 0 && (data as Int32Array)[(this.packed - 1) * 4 + 1]! >= offset) {
      this.packed--;
      this.kinds.pop();
      if ((data as Int32Array)[this.packed * 4 + 3]! >= 0) {
        this.values.pop();
        this.sides.pop();
      }
    }
  }

  /** Every token, as objects, in source order. */
  toArray(): ScannedToken[] {
    const out = new Array<ScannedToken>(this.length);
    for (let i = 0; i < this.packed; i++) out[i] = this.at(i);
    const recent = this.recent;
    for (let i = 0; i < this.recentCount; i++) out[this.packed + i] = recent[i] as ScannedToken;
    return out;
  }

  private at(i: number): ScannedToken {
    const data = this.packedData as Int32Array;
    const kind = this.kinds[i] as TokenKind;
    const flags = data[i * 4] as number;
    const start = data[i * 4 + 1] as number;
    const end = data[i * 4 + 2] as number;
    const extra = data[i * 4 + 3] as number;
    if (extra < 0) return new ScannedToken(kind, flags, this.source, start, end);
    const at = extra >> 1;
    return ScannedToken.unpack(
      kind,
      flags,
      this.source,
      start,
      end,
      this.values[at],
      this.sides[at],
      (extra & 1) === 1,
    );
  }

  /** Packs the oldest `n` recent tokens. */
  private pack(n: number): void {
    const data = this.reserve(this.packed + n);
    const recent = this.recent;
    const kinds = this.kinds;
    for (let j = 0; j < n; j++) {
      const token = recent[j] as ScannedToken;
      const at = this.packed++ * 4;
      kinds.push(token.kind);
      data[at] = token.flags;
      data[at + 1] = token.startOffset;
      data[at + 2] = token.endOffset;
      if (token.isPlain()) data[at + 3] = -1;
      else {
        const index = this.values.push(token.value) - 1;
        this.sides.push(token.packedSide());
        data[at + 3] = index * 2 + (token instanceof VariableToken ? 1 : 0);
      }
    }
    // Moved by hand: Array.prototype.copyWithin was most of this function's time.
    const rest = this.recentCount - n;
    for (let j = 0; j < rest; j++) recent[j] = recent[n + j];
    for (let j = rest; j < this.recentCount; j++) recent[j] = undefined;
    this.recentCount = rest;
  }

  private reserve(size: number): Int32Array {
    const old = this.packedData;
    if (old !== null && size * 4 <= old.length) return old;
    // First size: room for one token per six characters of source (four numbers each), so a parse rarely grows it.
    let capacity = old === null ? Math.max(1024, Math.ceil(this.source.text.length / 6) * 4) : old.length;
    while (capacity < size * 4) capacity *= 2;
    const data = new Int32Array(capacity);
    if (old !== null) data.set(old);
    this.packedData = data;
    return data;
  }
}
