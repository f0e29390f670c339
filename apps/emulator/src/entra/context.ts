// What every Entra ID handler needs: the directory, the token issuer, the grant store and the settings.
import type { Directory } from '../directory/directory.js';
import type { Tenant } from '../directory/model.js';
import { header, type EmulatorRequest, type EmulatorResponse } from '../server/http.js';
import type { AadstsId } from './aadsts.js';
import { entraError } from './entra-error.js';
import type { GrantStore } from './grant-store.js';
import type { RefreshTokens } from './refresh-tokens.js';
import type { EntraSettings } from './settings.js';
import type { TokenIssuer } from './token-issuer.js';

export interface EntraContext {
  readonly baseUrl: string;
  readonly directory: Directory;
  readonly issuer: TokenIssuer;
  readonly grants: GrantStore;
  readonly refreshTokens: RefreshTokens;
  readonly settings: EntraSettings;
  /** The `claims` parameter of each token request that had one (CAE replays), for tests: GET /_emulator/stats. */
  readonly claimsRequested: string[];
}

/** Entra error that echoes the caller's `client-request-id` as `correlation_id`, as the service does. */
export function errorFor(req: EmulatorRequest, id: AadstsId, args: readonly string[] = []): EmulatorResponse {
  const correlationId =
    header(req, 'client-request-id') ?? req.url.searchParams.get('client-request-id') ?? undefined;
  return entraError(id, args, { traceId: req.requestId, ...(correlationId ? { correlationId } : {}) });
}

export type TenantResolution =
  { ok: true; tenant: Tenant; multi: boolean } | { ok: false; response: EmulatorResponse };

export function tenantFor(ctx: EntraContext, req: EmulatorRequest, segment: string): TenantResolution {
  const r = ctx.directory.resolveTenant(segment);
  switch (r.kind) {
    case 'tenant':
      return { ok: true, tenant: r.tenant, multi: false };
    case 'multi':
      return { ok: true, tenant: r.tenant, multi: true };
    case 'invalid':
      return { ok: false, response: errorFor(req, 'InvalidTenantName', [segment]) };
    case 'not-found':
      return { ok: false, response: errorFor(req, 'TenantNotFound', [segment]) };
  }
}
