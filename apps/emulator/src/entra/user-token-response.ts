// Builds the token response for a signed-in user: access, refresh (new, rotated) and id tokens plus client_info.
import type { AppRegistration, DirectoryUser, Tenant } from '../directory/model.js';
import { jsonResponse, type EmulatorRequest, type EmulatorResponse } from '../server/http.js';
import { errorFor, type EntraContext } from './context.js';
import { resolveScopes } from './resources.js';
import { clientInfo, type ClientAuthMethod } from './token-issuer.js';

export interface UserGrant {
  readonly tenant: Tenant;
  readonly app: AppRegistration;
  readonly user: DirectoryUser;
  readonly scopes: readonly string[];
  readonly clientAuth: ClientAuthMethod;
  readonly nonce?: string;
}

export function parseScopes(scope: string | null): string[] {
  return (scope ?? '').split(/\s+/).filter((s) => s !== '');
}

/** Checks the scopes a user flow asks for; returns an error response when they name no known resource. */
export function scopeError(
  ctx: EntraContext,
  req: EmulatorRequest,
  tenant: Tenant,
  scopes: readonly string[],
): EmulatorResponse | undefined {
  if (scopes.length === 0) return errorFor(req, 'ScopeMissing');
  const r = resolveScopes(scopes, ctx.baseUrl);
  if (r.ok) return undefined;
  if (r.reason === 'unknown-resource')
    return errorFor(req, 'ResourceNotFound', [r.detail, tenant.domains[0] ?? tenant.tenantId]);
  return errorFor(req, 'InvalidScope', [scopes.join(' ')]);
}

export async function userTokenResponse(
  ctx: EntraContext,
  req: EmulatorRequest,
  grant: UserGrant,
  form: URLSearchParams,
): Promise<EmulatorResponse> {
  const resolved = resolveScopes(grant.scopes, ctx.baseUrl);
  if (!resolved.ok)
    return scopeError(ctx, req, grant.tenant, grant.scopes) ?? errorFor(req, 'MalformedRequest');
  const lifetime = ctx.settings.accessTokenLifetimeSec;
  const access = await ctx.issuer.accessToken({
    tenant: grant.tenant,
    app: grant.app,
    resource: resolved.resource,
    lifetimeSec: lifetime,
    clientAuth: grant.clientAuth,
    user: grant.user,
    scp: resolved.scp,
  });
  const refreshToken = await ctx.refreshTokens.issue(
    { tenant: grant.tenant, app: grant.app, user: grant.user, scopes: grant.scopes },
    ctx.settings.refreshTokenLifetimeSec,
  );
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: grant.scopes.join(' '),
    expires_in: access.expiresIn,
    ext_expires_in: access.expiresIn,
    access_token: access.token,
    refresh_token: refreshToken,
  };
  if (grant.scopes.some((s) => s.toLowerCase() === 'openid') || resolved.oidc.length > 0) {
    const id = await ctx.issuer.idToken(grant.tenant, grant.app, grant.user, grant.nonce, lifetime);
    body.id_token = id.token;
  }
  if (form.get('client_info') === '1') body.client_info = clientInfo(grant.user, grant.tenant);
  return jsonResponse(200, body, { 'cache-control': 'no-store', pragma: 'no-cache' });
}
