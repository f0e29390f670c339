// HTTP routes of the Exchange admin API (Exchange Online and Security & Compliance): authenticate, then call the service.
import type { KeyObject } from 'node:crypto';
import type { Directory } from '../directory/directory.js';
import type { FaultRegistry } from '../faults/fault-registry.js';
import { authenticateBearer } from './bearer-authentication.js';
import { exchangeError, exchangeHeaders, exchangeMessage } from './exchange-errors.js';
import type {
  ExchangeEndpointKind,
  ExchangeRequestContext,
  ExchangeResponse,
  ExchangeService,
} from './exchange-service.js';
import { jsonBody, type EmulatorRequest, type EmulatorResponse } from './http.js';
import type { RouteParams, Router } from './router.js';

export interface ExchangeRouteOptions {
  readonly baseUrl: string;
  readonly directory: Directory;
  readonly publicKey: KeyObject;
  readonly faults: FaultRegistry;
  readonly service: () => ExchangeService;
}

type Operation = 'invoke-command' | 'module-file' | 'batch';

function flatHeaders(req: EmulatorRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function toEmulatorResponse(r: ExchangeResponse, requestId: string): EmulatorResponse {
  const isText = typeof r.body === 'string';
  return {
    status: r.status,
    headers: {
      'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...exchangeHeaders(requestId),
      ...(r.headers ?? {}),
    },
    body: isText ? (r.body as string) : JSON.stringify(r.body),
  };
}

async function handle(
  o: ExchangeRouteOptions,
  endpoint: ExchangeEndpointKind,
  op: Operation,
  req: EmulatorRequest,
  params: RouteParams,
): Promise<EmulatorResponse> {
  const tenantSegment = params.tenant ?? '';
  const auth = await authenticateBearer(req, {
    publicKey: o.publicKey,
    baseUrl: o.baseUrl,
    directory: o.directory,
    endpoint,
    tenantSegment,
  });
  if (!auth.ok) return auth.response;
  const ctx: ExchangeRequestContext = {
    caller: auth.caller,
    endpoint,
    tenantSegment,
    url: req.url,
    baseUrl: endpoint === 'exchange' ? o.baseUrl : `${o.baseUrl}/compliance`,
    headers: flatHeaders(req),
    requestId: req.requestId,
    faults: {
      takeNextLinkExpiry: () =>
        o.faults.take(`${endpoint}.${op}`, undefined, ['nextLinkExpiry']) !== undefined,
      takeBatchItemFault: (cmdletName) => {
        const fault = o.faults.take(`${endpoint}.batch-item`, cmdletName, ['status']);
        return fault?.kind === 'status' ? fault : undefined;
      },
    },
  };
  const service = o.service();
  let result: ExchangeResponse;
  if (op === 'module-file') {
    result = await service.moduleFile(ctx, req.url.searchParams);
  } else {
    const parsed = jsonBody(req);
    if (!parsed.ok)
      return exchangeError('BadRequest', exchangeMessage('MalformedJson', [parsed.reason]), req.requestId);
    result =
      op === 'batch'
        ? await service.batch(ctx, parsed.value)
        : await service.invokeCommand(ctx, parsed.value);
  }
  return toEmulatorResponse(result, req.requestId);
}

const T = '(?<tenant>[^/]+)';

/** Fault targets that are not routes: one sub-request of a `$batch` (status faults only). */
export const batchItemFaultRoutes = ['exchange.batch-item', 'compliance.batch-item'] as const;

export function addExchangeRoutes(router: Router, o: ExchangeRouteOptions): void {
  for (const endpoint of ['exchange', 'compliance'] as const) {
    const prefix = endpoint === 'exchange' ? '' : '/compliance';
    const ops: readonly [Operation, string, string][] = [
      ['invoke-command', 'POST', `^${prefix}/adminapi/beta/${T}/InvokeCommand$`],
      ['module-file', 'GET', `^${prefix}/adminapi/v1\\.0/${T}/EXOModuleFile$`],
      ['batch', 'POST', `^${prefix}/adminapi/beta/${T}/\\$batch$`],
    ];
    for (const [op, method, pattern] of ops) {
      router.add({
        name: `${endpoint}.${op}`,
        family: 'exchange',
        methods: [method],
        pattern: new RegExp(pattern, 'i'),
        handler: (req, params) => handle(o, endpoint, op, req, params),
      });
    }
  }
}

/** Used until the Exchange logic is wired in: every call gets an Exchange-shaped 501. */
export function unavailableExchangeService(): ExchangeService {
  const answer = (ctx: ExchangeRequestContext): ExchangeResponse => ({
    status: 501,
    headers: { 'x-ExceptionType': 'NotImplementedException' },
    body: {
      error: {
        code: 'NotImplemented',
        message: exchangeMessage('NoExchangeService'),
        details: [],
        innererror: { requestId: ctx.requestId },
      },
    },
  });
  return { invokeCommand: answer, moduleFile: answer, batch: answer };
}
