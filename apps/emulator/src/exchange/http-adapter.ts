// Wires this service into the emulator's HTTP seam (src/server/exchange-service.ts): store in the state folder, token -> context.
import path from 'node:path';
import type {
  ExchangeRequestContext,
  ExchangeService as HttpExchangeService,
  ExchangeServiceFactory,
} from '../server/exchange-service.js';
import { rolesFromWids } from './roles/directory-role-ids.js';
import { seedContoso } from './seed/contoso.js';
import { addGeneratedMailboxes } from './seed/large-tenant.js';
import { createExchangeService } from './service.js';
import { TenantStore } from './store/tenant-store.js';
import type { ExchangeContext } from './types.js';

/** File name of the tenant store inside the emulator's state folder. */
export const STORE_FILE_NAME = 'exchange-tenant.sqlite';

export function toExchangeContext(ctx: ExchangeRequestContext): ExchangeContext {
  return {
    tenantId: ctx.tenantSegment || ctx.caller.tenantId,
    tenantDomain: ctx.caller.tenantDomain,
    endpoint: ctx.endpoint,
    baseUrl: ctx.baseUrl,
    caller: {
      ...(ctx.caller.userPrincipalName ? { upn: ctx.caller.userPrincipalName } : {}),
      appId: ctx.caller.appId,
      roles: rolesFromWids(ctx.caller.wids),
    },
  };
}

/** Opens (or creates and seeds) the tenant store in the state folder and serves it. */
export const exchangeServiceFactory: ExchangeServiceFactory = (options) => {
  const store = TenantStore.open({ path: path.join(options.stateDir, STORE_FILE_NAME) });
  // Audit records end at the moment the state folder is created, so "the last 7 days" finds some.
  seedContoso(store, { tenantId: options.tenantId, domain: options.tenantDomain, auditEpoch: Date.now() });
  if (options.generatedMailboxes)
    addGeneratedMailboxes(store, {
      tenantId: options.tenantId,
      domain: options.tenantDomain,
      mailboxes: options.generatedMailboxes,
    });
  const service = createExchangeService({ store });
  const hooks = (ctx: ExchangeRequestContext) => ({
    requestId: ctx.requestId,
    nextLinkExpired: () => ctx.faults.takeNextLinkExpiry(),
    ...(ctx.faults.takeBatchItemFault ? { batchItemFault: ctx.faults.takeBatchItemFault } : {}),
  });
  const http: HttpExchangeService = {
    invokeCommand: (ctx, body) =>
      service.invokeCommand(
        toExchangeContext(ctx),
        body,
        Object.fromEntries(ctx.url.searchParams),
        ctx.headers,
        hooks(ctx),
      ),
    moduleFile: (ctx, query) =>
      service.moduleFile(toExchangeContext(ctx), Object.fromEntries(query), ctx.headers, hooks(ctx)),
    batch: (ctx, body) => service.batch(toExchangeContext(ctx), body, hooks(ctx)),
    close: () => store.close(),
  };
  return http;
};
