// POST .../$batch: runs each InvokeCommand sub-request on its own (continue-on-error) and collects their responses.
import { randomUUID } from 'node:crypto';
import { errorResponse, ExchangeError } from '../errors/exchange-error.js';
import type { ExchangeContext, RequestHeaders, ServiceResponse } from '../types.js';
import { invokeCommand } from './invoke-command.js';
import type { InvokeHooks, ServiceState } from './service-state.js';

/** The module sends 10 per batch; accept a little more, as the service does not document its cap. */
export const MAX_BATCH_REQUESTS = 20;

interface BatchItem {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  body?: unknown;
  headers?: unknown;
}

export function batch(
  state: ServiceState,
  ctx: ExchangeContext,
  body: unknown,
  hooks: InvokeHooks = {},
): ServiceResponse {
  const requestId = hooks.requestId ?? randomUUID();
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests))
    return errorResponse(
      new ExchangeError('InvalidRequestBody', ["the property 'requests' is missing"], 'requests'),
      ctx.tenantDomain,
      requestId,
    );
  if (requests.length > MAX_BATCH_REQUESTS)
    return errorResponse(
      new ExchangeError('BatchTooLarge', [String(requests.length), String(MAX_BATCH_REQUESTS)]),
      ctx.tenantDomain,
      requestId,
    );
  const responses = (requests as BatchItem[]).map((item, index) => {
    const id = typeof item?.id === 'string' || typeof item?.id === 'number' ? String(item.id) : String(index);
    const result = runItem(state, ctx, item, hooks);
    return { id, status: result.status, headers: result.headers, body: result.body };
  });
  return {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'request-id': requestId },
    body: { responses },
  };
}

function runItem(
  state: ServiceState,
  ctx: ExchangeContext,
  item: BatchItem,
  hooks: InvokeHooks,
): ServiceResponse {
  const itemRequestId = randomUUID();
  if (
    typeof item !== 'object' ||
    item === null ||
    typeof item.url !== 'string' ||
    (item.method !== undefined && String(item.method).toUpperCase() !== 'POST')
  )
    return errorResponse(
      new ExchangeError('InvalidRequestBody', ['each request needs a POST method and a url'], 'url'),
      ctx.tenantDomain,
      itemRequestId,
    );
  let url: URL;
  try {
    url = new URL(item.url, `${ctx.baseUrl}/adminapi/beta/${ctx.tenantId}/`);
  } catch {
    return errorResponse(
      new ExchangeError('InvalidRequestBody', [`the url '${item.url}' is not valid`], 'url'),
      ctx.tenantDomain,
      itemRequestId,
    );
  }
  if (!/\/InvokeCommand$/i.test(url.pathname))
    return errorResponse(
      new ExchangeError('InvalidRequestBody', [`the url '${item.url}' is not an InvokeCommand url`], 'url'),
      ctx.tenantDomain,
      itemRequestId,
    );
  const headers: Record<string, string> = {};
  if (typeof item.headers === 'object' && item.headers !== null)
    for (const [k, v] of Object.entries(item.headers as Record<string, unknown>))
      if (typeof v === 'string') headers[k.toLowerCase()] = v;
  const fault = hooks.batchItemFault?.(cmdletNameOf(item.body, headers));
  if (fault) return faultAnswer(fault, ctx, itemRequestId);
  const query = Object.fromEntries(url.searchParams.entries());
  return invokeCommand(state, ctx, item.body, query, headers as RequestHeaders, {
    ...hooks,
    requestId: itemRequestId,
  });
}

/** The item's cmdlet: its `X-CmdletName` header, else the body's `CmdletInput.CmdletName`. */
function cmdletNameOf(body: unknown, headers: Readonly<Record<string, string>>): string {
  const fromBody = (body as { CmdletInput?: { CmdletName?: unknown } } | null)?.CmdletInput?.CmdletName;
  return headers['x-cmdletname'] ?? (typeof fromBody === 'string' ? fromBody : '');
}

/** A transient failure for one sub-request: 429 (with Retry-After), 503, or a server error with that status. */
function faultAnswer(
  fault: { readonly status: number; readonly retryAfterSeconds?: number },
  ctx: ExchangeContext,
  requestId: string,
): ServiceResponse {
  const retry = fault.retryAfterSeconds;
  const error =
    fault.status === 429
      ? new ExchangeError('Throttled', [String(retry ?? 1)])
      : fault.status === 503
        ? new ExchangeError('ServiceUnavailable')
        : new ExchangeError('InternalError');
  const answer = errorResponse(error, ctx.tenantDomain, requestId);
  return {
    ...answer,
    status: fault.status,
    headers: { ...answer.headers, ...(retry !== undefined ? { 'Retry-After': String(retry) } : {}) },
  };
}
