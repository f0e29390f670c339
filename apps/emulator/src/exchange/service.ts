// createExchangeService: the pure, HTTP-free Exchange admin API over a tenant store.
import type { AuditSession } from './cmdlets/handler.js';
import { batch } from './protocol/batch.js';
import { invokeCommand } from './protocol/invoke-command.js';
import { moduleFile } from './protocol/module-file.js';
import type { InvokeHooks, ServiceState } from './protocol/service-state.js';
import type { TenantStore } from './store/tenant-store.js';
import type { ExchangeContext, QueryParameters, RequestHeaders, ServiceResponse } from './types.js';

export interface ExchangeServiceOptions {
  readonly store: TenantStore;
  /** Clock (ms since epoch); tests pass a fixed one. */
  readonly now?: () => number;
  /** nextLink lifetime; default 30 minutes, as the real service. */
  readonly paginationTtlMs?: number;
}

export interface ExchangeService {
  /** POST /adminapi/beta/{tenant}/InvokeCommand (and its nextLink continuations, which carry `$skiptoken`). */
  invokeCommand(
    ctx: ExchangeContext,
    body: unknown,
    query: QueryParameters,
    headers: RequestHeaders,
    hooks?: InvokeHooks,
  ): ServiceResponse;
  /** GET /AdminApi/v1.0/{tenant}/EXOModuleFile */
  moduleFile(
    ctx: ExchangeContext,
    query: QueryParameters,
    headers: RequestHeaders,
    hooks?: InvokeHooks,
  ): ServiceResponse;
  /** POST /adminapi/beta/{tenant}/$batch */
  batch(ctx: ExchangeContext, body: unknown, hooks?: InvokeHooks): ServiceResponse;
  readonly store: TenantStore;
}

export function createExchangeService(options: ExchangeServiceOptions): ExchangeService {
  const state: ServiceState = {
    store: options.store,
    now: options.now ?? Date.now,
    paginationTtlMs: options.paginationTtlMs ?? 30 * 60_000,
    auditSessions: new Map<string, AuditSession>(),
  };
  return {
    store: options.store,
    invokeCommand: (ctx, body, query, headers, hooks) =>
      invokeCommand(state, ctx, body, query, headers, hooks),
    moduleFile: (ctx, query, headers, hooks) => moduleFile(state, ctx, query, headers, hooks),
    batch: (ctx, body, hooks) => batch(state, ctx, body, hooks),
  };
}
