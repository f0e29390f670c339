// Raw HTTPS requests to the emulator (trusting its CA), for protocol-level tests.
import { request } from 'node:https';

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  json<T = Record<string, unknown>>(): T;
}

export interface RawRequest {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  /** Shorthand: a form body (application/x-www-form-urlencoded). */
  readonly form?: Record<string, string>;
  /** Shorthand: a JSON body. */
  readonly json?: unknown;
}

export function send(url: string, ca: string, r: RawRequest = {}): Promise<RawResponse> {
  let body = r.body;
  const headers: Record<string, string> = { ...r.headers };
  if (r.form) {
    body = new URLSearchParams(r.form).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  }
  if (r.json !== undefined) {
    body = JSON.stringify(r.json);
    headers['content-type'] ??= 'application/json';
  }
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: r.method ?? (body === undefined ? 'GET' : 'POST'), ca, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('response aborted')));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: <T>() => JSON.parse(text) as T,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
