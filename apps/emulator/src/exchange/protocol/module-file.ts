// GET .../EXOModuleFile: the generated module for the cmdlets the caller's roles allow, narrowed by the CommandName header.
import { randomUUID } from 'node:crypto';
import { cmdletCatalog } from '../catalog/index.js';
import { cmdletHandlers } from '../cmdlets/index.js';
import { commonHeaders, errorResponse, ExchangeError } from '../errors/exchange-error.js';
import { isAllowed } from '../roles/authorize.js';
import { wildcardMatch } from '../shape/wildcard.js';
import type { ExchangeContext, QueryParameters, RequestHeaders, ServiceResponse } from '../types.js';
import { resolveTenant } from './invoke-command.js';
import { writeModule } from './psm1-writer.js';
import { header } from './request-parts.js';
import type { InvokeHooks, ServiceState } from './service-state.js';

export const MODULE_FILE_NAME = 'ExchangeOnline.psm1';

/** The cmdlets a caller gets: allowed by role, implemented, not compiled into the client (Get-EXO*), matching CommandName. */
export function exportedCmdlets(ctx: ExchangeContext, commandNames?: string) {
  const patterns = (commandNames ?? '*')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return cmdletCatalog.filter(
    (c) =>
      !c.builtIn &&
      cmdletHandlers[c.name] !== undefined &&
      isAllowed(ctx.caller, ctx.endpoint, c) &&
      (patterns.length === 0 || patterns.some((p) => wildcardMatch(p, c.name))),
  );
}

export function moduleFile(
  state: ServiceState,
  ctx: ExchangeContext,
  query: QueryParameters,
  headers: RequestHeaders,
  hooks: InvokeHooks = {},
): ServiceResponse {
  const requestId = hooks.requestId ?? randomUUID();
  try {
    const tenant = resolveTenant(state, ctx);
    const cmdlets = exportedCmdlets(ctx, header(headers, 'commandname'));
    const version = typeof query.Version === 'string' ? query.Version : '';
    return {
      status: 200,
      headers: commonHeaders(tenant.domain, requestId),
      body: {
        '@odata.context': `${ctx.baseUrl}/adminapi/v1.0/${tenant.tenantId}/$metadata#EXOModuleFile`,
        value: [
          {
            fileName: MODULE_FILE_NAME,
            fileContent: writeModule(cmdlets, tenant.domain),
            exportedCmdlets: cmdlets.map((c) => c.name).join(','),
            moduleVersion: version,
          },
        ],
      },
    };
  } catch (e) {
    return errorResponse(
      e instanceof ExchangeError ? e : new ExchangeError('InternalError'),
      ctx.tenantDomain,
      requestId,
    );
  }
}
