// The token list of a parse is packed as it grows (TokenStore): the tokens read back must be the tokens scanned,
// with every later change the parser made (kinds, flags) and every detail (values, variable paths, nested tokens).
import { describe, expect, it } from 'vitest';
import { parse, TokenFlags, TokenKind } from '../src/index.js';
import type { Token } from '../src/index.js';
import { SourceText } from '../src/ast/extent.js';
import { TokenStore } from '../src/tokenizer/tokenStore.js';
import type { ScannedToken } from '../src/tokenizer/tokenizer.js';

/** A statement whose tokens the parser changes after scanning them, and tokens with every kind of detail. */
const tail = [
  'Write-Output if else -Name:$env:HOME "a $b $($c.d) e" 0x10 1kb 2>&1 >> out.txt',
  '$x = @{ k = 1.5d }; foreach ($i in $list) { & $cmd -f:$true @splat }',
].join('\n');

/** A token list as plain data, offsets moved back by `shift` (line numbers and columns dropped). */
const plain = (tokens: readonly Token[], shift: number): unknown =>
  JSON.parse(JSON.stringify(tokens), (key, value: unknown) => {
    if (/(Line|Column)Number$/.test(key)) return undefined;
    if (key === 'startOffset' || key === 'endOffset') return (value as number) - shift;
    return value;
  });

describe('TokenStore', () => {
  it('gives back the tokens of a statement after thousands of others exactly as when it is parsed alone', () => {
    const filler = Array.from(
      { length: 400 },
      (_, i) => `Get-Thing -Id ${i} | Where-Object { $_.N -eq 'x' }`,
    );
    const prefix = filler.join('\n') + '\n';
    const long = parse(prefix + tail);
    const alone = parse(tail);
    expect(long.errors).toEqual([]);
    expect(long.tokens.length).toBeGreaterThan(5000);
    const lastTokens = long.tokens.slice(long.tokens.length - alone.tokens.length);
    expect(plain(lastTokens, prefix.length)).toEqual(plain(alone.tokens, 0));
    // The parser's own changes are among them: a keyword used as an argument became Generic,
    // and the command name was flagged.
    const ifToken = lastTokens.find((t) => t.text === 'if');
    expect(ifToken?.kind).toBe(TokenKind.Generic);
    expect((lastTokens[0] as Token).flags & TokenFlags.CommandName).toBe(TokenFlags.CommandName);
    // The filler's first command name was packed long before the end and keeps its flag too.
    expect((long.tokens[0] as Token).flags & TokenFlags.CommandName).toBe(TokenFlags.CommandName);
    expect(long.tokens[long.tokens.length - 1]?.kind).toBe(TokenKind.EndOfInput);
  });

  it('drops packed and unpacked tokens from an offset on, and packs what comes after', () => {
    const source = 'Write-Output $a "x $b" 12 -p:1;'.repeat(60);
    const scanned = parse(source).tokens as ScannedToken[];
    const store = new TokenStore(new SourceText(source));
    for (const t of scanned) store.push(t);
    expect(plain(store.toArray(), 0)).toEqual(plain(scanned, 0));
    const cut = scanned[Math.floor(scanned.length / 3)] as ScannedToken;
    store.dropFrom(cut.startOffset);
    const kept = scanned.filter((t) => t.startOffset < cut.startOffset);
    expect(store.length).toBe(kept.length);
    expect(plain(store.toArray(), 0)).toEqual(plain(kept, 0));
    expect(store.last()?.startOffset).toBe(kept[kept.length - 1]?.startOffset);
    for (const t of scanned.slice(kept.length)) store.push(t);
    expect(plain(store.toArray(), 0)).toEqual(plain(scanned, 0));
  });

  it('makes the token objects once: reading tokens twice gives the same list', () => {
    const r = parse('Get-Mailbox | Select-Object Name\n'.repeat(100));
    expect(r.tokens).toBe(r.tokens);
  });
});
