// Turns one Node request into an EmulatorRequest, applies faults, runs the route, and writes the answer; never throws.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { entraError } from '../entra/entra-error.js';
import type { FaultRegistry } from '../faults/fault-registry.js';
import type { FaultAction } from '../faults/fault-rule.js';
import { exchangeError, exchangeMessage } from './exchange-errors.js';
import {
  header,
  jsonResponse,
  type EmulatorRequest,
  type EmulatorResponse,
  type RouteFamily,
} from './http.js';
import { decodePath, type Router } from './router.js';

export interface PipelineOptions {
  readonly baseUrl: () => string;
  readonly router: Router;
  readonly faults: FaultRegistry;
  readonly stats: Map<string, number>;
  /** Body limits per family, in bytes. */
  readonly maxBodyBytes: Readonly<Record<RouteFamily, number>>;
  readonly log?: (line: string) => void;
}

type BodyRead = { ok: true; body: Buffer } | { ok: false; tooLarge: boolean };

function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyRead) => {
      if (!done) {
        done = true;
        resolve(r);
      }
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ ok: false, tooLarge: true });
      } else chunks.push(chunk);
    });
    req.on('end', () => finish({ ok: true, body: Buffer.concat(chunks) }));
    req.on('error', () => finish({ ok: false, tooLarge: false }));
    req.on('close', () => finish({ ok: false, tooLarge: false }));
  });
}

function familyOf(path: string): RouteFamily {
  if (/^\/(?:compliance\/)?adminapi\//i.test(path)) return 'exchange';
  if (/^\/_emulator(?:\/|$)/i.test(path)) return 'control';
  return 'entra';
}

type Failure = 'not-found' | 'method' | 'too-large' | 'bad-request' | 'internal';

function failure(
  family: RouteFamily,
  kind: Failure,
  req: EmulatorRequest,
  limit: number,
  allowed: readonly string[] = [],
): EmulatorResponse {
  const path = req.url.pathname;
  if (family === 'exchange') {
    if (kind === 'not-found')
      return exchangeError('NotFound', exchangeMessage('NotFound', [req.url.toString()]), req.requestId);
    if (kind === 'method')
      return exchangeError(
        'MethodNotAllowed',
        exchangeMessage('MethodNotAllowed', [req.method]),
        req.requestId,
      );
    if (kind === 'too-large')
      return exchangeError(
        'PayloadTooLarge',
        exchangeMessage('PayloadTooLarge', [String(limit)]),
        req.requestId,
      );
    if (kind === 'bad-request')
      return exchangeError('BadRequest', exchangeMessage('NotFound', [path]), req.requestId);
    return exchangeError('InternalServerError', exchangeMessage('ServerError'), req.requestId);
  }
  if (family === 'entra') {
    const correlationId = header(req, 'client-request-id') ?? req.url.searchParams.get('client-request-id');
    const ids = { traceId: req.requestId, ...(correlationId ? { correlationId } : {}) };
    if (kind === 'not-found') return entraError('EndpointNotFound', [path], ids);
    if (kind === 'method') {
      return allowed.includes('POST')
        ? entraError('PostRequired', [req.method], ids)
        : { ...entraError('MethodNotAllowed', [req.method], ids), status: 405 };
    }
    if (kind === 'too-large') return entraError('BodyTooLarge', [String(limit)], ids);
    if (kind === 'bad-request') return entraError('MalformedRequest', [], ids);
    const e = entraError('ServerError', [], ids);
    return { ...e, status: 500 };
  }
  const status = { 'not-found': 404, method: 405, 'too-large': 413, 'bad-request': 400, internal: 500 }[kind];
  return jsonResponse(status, { error: { code: kind, message: `${req.method} ${path}: ${kind}` } });
}

function faultResponse(
  family: RouteFamily,
  action: Extract<FaultAction, { kind: 'status' }>,
  req: EmulatorRequest,
): EmulatorResponse {
  const retry = action.retryAfterSeconds;
  const extra: Record<string, string> = retry !== undefined ? { 'Retry-After': String(retry) } : {};
  if (action.status === 429) {
    const reset = new Date(Date.now() + (retry ?? 1) * 1000).toISOString();
    Object.assign(extra, {
      'Rate-Limit-Limit': '100',
      'Rate-Limit-Remaining': '0',
      'Rate-Limit-Reset': reset,
    });
  }
  if (family === 'exchange') {
    const id = (
      {
        429: 'TooManyRequests',
        500: 'InternalServerError',
        502: 'BadGateway',
        503: 'ServiceUnavailable',
        504: 'GatewayTimeout',
      } as const
    )[action.status];
    const message =
      action.status === 429
        ? exchangeMessage('Throttled', [String(retry ?? 1)])
        : action.status === 503
          ? exchangeMessage('ServiceUnavailable')
          : exchangeMessage('ServerError');
    return exchangeError(id, message, req.requestId, extra);
  }
  const e = entraError(action.status === 429 ? 'Throttled' : 'ServerError', [], { traceId: req.requestId });
  return { ...e, status: action.status, headers: { ...e.headers, ...extra } };
}

/** Continuous access evaluation: the resource refuses the token until one carrying these claims comes. */
function claimsChallenge(claims: string, req: EmulatorRequest): EmulatorResponse {
  const encoded = Buffer.from(claims, 'utf8').toString('base64');
  const e = exchangeError('Unauthorized', exchangeMessage('ClaimsChallenge'), req.requestId, {
    'WWW-Authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${encoded}"`,
  });
  return { ...e, status: 401 };
}

function write(res: ServerResponse, r: EmulatorResponse, reset: boolean): void {
  const body =
    r.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body, 'utf8');
  res.writeHead(r.status, { ...r.headers, 'content-length': String(body.length) });
  if (!reset) {
    res.end(body);
    return;
  }
  // Half the body, then a hard close: the client sees the connection die mid-body.
  // (resetAndDestroy would send a TCP RST, but it refuses TLS sockets; destroying the socket is what a crash looks like.)
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
}

export function createPipeline(o: PipelineOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const run = async (raw: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    const method = (raw.method ?? 'GET').toUpperCase();
    let url: URL;
    try {
      url = new URL(raw.url ?? '/', o.baseUrl());
    } catch {
      url = new URL('/', o.baseUrl());
    }
    const path = decodePath(url.pathname);
    const match = path === undefined ? ({ kind: 'not-found' } as const) : o.router.match(method, path);
    const family = match.kind === 'not-found' ? familyOf(path ?? url.pathname) : match.route.family;
    const routeName = match.kind === 'found' ? match.route.name : '(unmatched)';
    o.stats.set(routeName, (o.stats.get(routeName) ?? 0) + 1);
    const limit = o.maxBodyBytes[family];
    const read = await readBody(raw, limit);
    const req: EmulatorRequest = {
      method,
      url,
      headers: raw.headers,
      body: read.ok ? read.body : Buffer.alloc(0),
      requestId,
    };
    if (!read.ok) {
      if (!read.tooLarge) return; // the client went away
      res.setHeader('connection', 'close');
      write(res, failure(family, 'too-large', req, limit), false);
      res.on('finish', () => raw.destroy());
      return;
    }
    if (path === undefined) return write(res, failure(family, 'bad-request', req, limit), false);
    if (match.kind === 'not-found') return write(res, failure(family, 'not-found', req, limit), false);
    if (match.kind === 'method-not-allowed') {
      return write(res, failure(family, 'method', req, limit, match.route.methods), false);
    }
    let reset = false;
    if (family !== 'control') {
      const cmdlet = header(req, 'x-cmdletname');
      const latency = o.faults.take(routeName, cmdlet, ['latency']);
      if (latency?.kind === 'latency') await sleep(latency.delayMs);
      const fault = o.faults.take(routeName, cmdlet, ['status', 'reset', 'claimsChallenge']);
      if (fault?.kind === 'status') return write(res, faultResponse(family, fault, req), false);
      if (fault?.kind === 'claimsChallenge') return write(res, claimsChallenge(fault.claims, req), false);
      reset = fault?.kind === 'reset';
    }
    let response: EmulatorResponse;
    try {
      response = await match.route.handler(req, match.params);
    } catch (err) {
      o.log?.(
        `exosh-emulator: internal error on ${method} ${routeName}: ${err instanceof Error ? err.message : String(err)}`,
      );
      response = failure(family, 'internal', req, limit);
    }
    write(res, response, reset);
  };
  return (raw, res) => {
    run(raw, res).catch((err: unknown) => {
      o.log?.(`exosh-emulator: request failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":{"code":"InternalServerError"}}');
      } else res.destroy();
    });
  };
}
