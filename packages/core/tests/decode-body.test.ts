// Compressed response bodies (the client sends Accept-Encoding: gzip, as the module does).
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../src/transport/decode-body.js';

const text = JSON.stringify({
  value: Array.from({ length: 50 }, (_, i) => ({ Name: `mailbox ${i}`, Alias: 'é' })),
});
const raw = Buffer.from(text, 'utf8');

describe('decodeBody', () => {
  it.each([
    ['gzip', gzipSync(raw)],
    ['GZIP ', gzipSync(raw)],
    ['deflate', deflateSync(raw)],
    ['br', brotliCompressSync(raw)],
    [undefined, raw],
    ['identity', raw],
  ])('%s', (coding, body) => {
    expect(decodeBody(body, coding).toString('utf8')).toBe(text);
  });

  it('throws on a body that is not what its coding says (the transport reports it, naming the host)', () => {
    expect(() => decodeBody(raw, 'gzip')).toThrow();
  });
});
