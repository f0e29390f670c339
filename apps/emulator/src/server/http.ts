// The emulator's request/response values: handlers are functions from an EmulatorRequest to an EmulatorResponse.
import type { IncomingHttpHeaders } from 'node:http';

export interface EmulatorRequest {
  readonly method: string;
  /** Parsed request URL (always absolute, on the emulator's own origin). */
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** A fresh GUID per request, echoed as `request-id` / `trace_id`. */
  readonly requestId: string;
}

export interface EmulatorResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

export type RouteFamily = 'entra' | 'exchange' | 'control' | 'plain';

export function jsonResponse(
  status: number,
  value: unknown,
  headers: Readonly<Record<string, string>> = {},
): EmulatorResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

export function htmlResponse(status: number, html: string): EmulatorResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html };
}

/** First value of a header, whatever its case or multiplicity. */
export function header(req: EmulatorRequest, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** `application/x-www-form-urlencoded` body, or undefined when the content type is something else. */
export function formBody(req: EmulatorRequest): URLSearchParams | undefined {
  const type = (header(req, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return undefined;
  return new URLSearchParams(req.body.toString('utf8'));
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

export function jsonBody(req: EmulatorRequest): JsonParse {
  const text = req.body.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, reason: 'empty body' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
