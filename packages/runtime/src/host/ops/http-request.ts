// Bridge operation (I/O worker): one HTTP(S) request with Node's fetch, for Invoke-RestMethod / Invoke-WebRequest.
import type { BridgeOperationContext } from '../sync-bridge/protocol.js';

export interface HttpRequestPayload {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutSec?: number;
}

export interface HttpResponsePayload {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export async function httpRequest(
  req: HttpRequestPayload,
  { signal }: BridgeOperationContext,
): Promise<HttpResponsePayload> {
  const timeout =
    req.timeoutSec && req.timeoutSec > 0 ? AbortSignal.timeout(req.timeoutSec * 1000) : undefined;
  const res = await fetch(req.url, {
    method: req.method,
    headers: req.headers,
    ...(req.body !== undefined ? { body: req.body } : {}),
    signal: timeout ? AbortSignal.any([signal, timeout]) : signal,
  });
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k] = v));
  return { status: res.status, statusText: res.statusText, headers, body: await res.text() };
}
