// Response bodies the service compressed (the module asks for `Accept-Encoding: gzip`): gzip, deflate or br.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** The body as sent before `Content-Encoding` was applied; an unknown or absent coding leaves it as it is. */
export function decodeBody(body: Buffer, contentEncoding: string | undefined): Buffer {
  switch ((contentEncoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      return body;
  }
}
