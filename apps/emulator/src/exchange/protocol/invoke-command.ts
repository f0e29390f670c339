// POST .../InvokeCommand: authorise, bind, confirm, run the cmdlet, page the output; every failure becomes Exchange's envelope.
import { randomUUID } from 'node:crypto';
import { ParameterReader } from '../binding/bound-parameters.js';
import { bindParameters } from '../binding/bind.js';
import { findCmdlet } from '../catalog/index.js';
import type { CmdletDeclaration } from '../catalog/types.js';
import { cmdletHandlers } from '../cmdlets/index.js';
import type { HandlerContext, ResultItem } from '../cmdlets/handler.js';
import { backEndServer, commonHeaders, errorResponse, ExchangeError } from '../errors/exchange-error.js';
import { warningText } from '../errors/messages.js';
import { isAllowed } from '../roles/authorize.js';
import { project } from '../shape/views.js';
import type { TenantRecord } from '../store/tenant-store.js';
import type {
  ExchangeContext,
  ExchangeObject,
  QueryParameters,
  RequestHeaders,
  ServiceResponse,
} from '../types.js';
import { confirmationMessage, wantsConfirmation } from './confirmation.js';
import {
  decodePagingToken,
  encodePagingToken,
  requestFingerprint,
  type PagingState,
} from './paging-token.js';
import { maxPageSize, queryValue, readCmdletInput, selectList } from './request-parts.js';
import type { InvokeHooks, ServiceState } from './service-state.js';

export function invokeCommand(
  state: ServiceState,
  ctx: ExchangeContext,
  body: unknown,
  query: QueryParameters,
  headers: RequestHeaders,
  hooks: InvokeHooks = {},
): ServiceResponse {
  const requestId = hooks.requestId ?? randomUUID();
  try {
    return run(state, ctx, body, query, headers, hooks, requestId);
  } catch (e) {
    const error = e instanceof ExchangeError ? e : new ExchangeError('InternalError');
    return errorResponse(error, ctx.tenantDomain, requestId);
  }
}

export function resolveTenant(state: ServiceState, ctx: ExchangeContext): TenantRecord {
  const tenant = state.store.findTenant(ctx.tenantId) ?? state.store.findTenant(ctx.tenantDomain);
  if (!tenant) throw new ExchangeError('UnknownTenant', [ctx.tenantId], ctx.tenantId);
  return tenant;
}

function run(
  state: ServiceState,
  ctx: ExchangeContext,
  body: unknown,
  query: QueryParameters,
  headers: RequestHeaders,
  hooks: InvokeHooks,
  requestId: string,
): ServiceResponse {
  const tenant = resolveTenant(state, ctx);
  const input = readCmdletInput(body);
  const cmdlet = findCmdlet(input.cmdletName);
  const handler = cmdlet && cmdletHandlers[cmdlet.name];
  if (!cmdlet || !handler || !isAllowed(ctx.caller, ctx.endpoint, cmdlet))
    throw new ExchangeError('CommandNotFound', [input.cmdletName], input.cmdletName);
  const bound = bindParameters(cmdlet, input.parameters);
  const ok = (payload: Record<string, unknown>): ServiceResponse => ({
    status: 200,
    headers: commonHeaders(tenant.domain, requestId),
    body: {
      '@odata.context': `${ctx.baseUrl}/adminapi/beta/${tenant.tenantId}/$metadata#Collection(Exchange.GenericHashTable)`,
      ...payload,
    },
  });
  if (wantsConfirmation(cmdlet, bound))
    return ok({ '@adminapi.confirmationmessage': confirmationMessage(cmdlet, bound), value: [] });

  const tokenText = queryValue(query, '$skiptoken');
  const fingerprint = requestFingerprint(cmdlet.name, input.parameters);
  let paging: PagingState | undefined;
  if (tokenText !== undefined) {
    paging = decodePagingToken(tokenText);
    const expired =
      !paging || paging.request !== fingerprint || state.now() - paging.issued > state.paginationTtlMs;
    if (expired || hooks.nextLinkExpired?.() === true) throw new ExchangeError('PaginationExpired');
  }
  const warnings: string[] = [];
  const errors: ExchangeError[] = [];
  const hctx: HandlerContext = {
    store: state.store,
    tenantId: tenant.tenantId,
    tenantDomain: tenant.domain,
    server: backEndServer(tenant.domain),
    caller: ctx.caller,
    params: new ParameterReader(bound),
    now: state.now,
    ...(paging?.afterSeq !== undefined ? { afterSeq: paging.afterSeq } : {}),
    isContinuation: paging !== undefined,
    auditSessions: state.auditSessions,
    warn: (w) => warnings.push(w),
    writeError: (e) => errors.push(e),
  };

  let objects: ExchangeObject[];
  let next: PagingState | undefined;
  if (/^(Get|Search)-/i.test(cmdlet.name)) {
    const page = readPage(
      cmdlet,
      hctx,
      handler(hctx),
      paging,
      maxPageSize(headers),
      fingerprint,
      state.now(),
    );
    objects = page.items.map((i) => i.object);
    next = page.next;
    if (page.truncated) warnings.push(warningText('MoreResultsAvailable'));
  } else {
    // Writes run inside one transaction: a failure part-way leaves the tenant as it was.
    objects = state.store.transaction(() => [...handler(hctx)].map((i) => i.object));
  }
  const select = selectList(query);
  const value = select ? objects.map((o) => project(o, select)) : objects;
  const payload: Record<string, unknown> = {};
  if (warnings.length) payload['@adminapi.warnings'] = warnings;
  if (errors.length) payload['@adminapi.errors'] = errors.map((e) => e.detailMessage);
  payload.value = value;
  if (next) {
    const selectPart = select ? `&$select=${encodeURIComponent(select.join(','))}` : '';
    payload['@odata.nextLink'] =
      `${ctx.baseUrl}/adminapi/beta/${ctx.tenantId}/InvokeCommand?$skiptoken=${encodePagingToken(next)}${selectPart}`;
  }
  return ok(payload);
}

interface Page {
  readonly items: ResultItem[];
  readonly next?: PagingState;
  /** True when ResultSize (given or the default 1000) hides results: the "more results available" warning. */
  readonly truncated: boolean;
}

function readPage(
  cmdlet: CmdletDeclaration,
  ctx: HandlerContext,
  results: Iterable<ResultItem>,
  paging: PagingState | undefined,
  pageSize: number,
  fingerprint: string,
  now: number,
): Page {
  const hasResultSize = cmdlet.parameters.some((p) => p.name === 'ResultSize' && p.type === 'Unlimited');
  const given = ctx.params.limit('ResultSize');
  // Without ResultSize the service still pages on through nextLink (the module sends it only as the page size,
  // Prefer: odata.maxpagesize) and warns that more results exist; the client decides whether to follow.
  const limit = !hasResultSize || given === 'Unlimited' || given === undefined ? Infinity : given;
  const returned = paging?.returned ?? 0;
  const remaining = limit - returned;
  const take = Math.max(0, Math.min(pageSize, remaining));
  const keyset = paging?.afterSeq !== undefined;
  const offset = keyset ? 0 : (paging?.offset ?? 0);
  const items: ResultItem[] = [];
  let skipped = 0;
  let more = false;
  for (const item of results) {
    if (keyset && item.seq !== undefined && item.seq <= (paging?.afterSeq ?? 0)) continue;
    if (skipped < offset) {
      skipped++;
      continue;
    }
    if (items.length < take) {
      items.push(item);
      continue;
    }
    more = true;
    break;
  }
  const left = remaining - items.length;
  const truncated = hasResultSize && more && (given === undefined || left <= 0);
  if (!more || left <= 0) return { items, truncated };
  const last = items[items.length - 1];
  const useKeyset =
    (paging === undefined || keyset) && items.every((i) => i.seq !== undefined) && last?.seq !== undefined;
  const next: PagingState = {
    ...(useKeyset ? { afterSeq: last.seq } : {}),
    offset: useKeyset ? 0 : offset + items.length,
    returned: returned + items.length,
    request: fingerprint,
    issued: paging?.issued ?? now,
  };
  return { items, next, truncated };
}
