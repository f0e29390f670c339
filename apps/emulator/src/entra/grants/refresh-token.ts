// grant_type=refresh_token: rotates the refresh token; unknown, used, revoked or expired ones get suberror bad_token.
import type { AppRegistration, Tenant } from '../../directory/model.js';
import type { EmulatorRequest, EmulatorResponse } from '../../server/http.js';
import { errorFor, type EntraContext } from '../context.js';
import type { ClientAuthMethod } from '../token-issuer.js';
import { parseScopes, scopeError, userTokenResponse } from '../user-token-response.js';

export async function refreshTokenGrant(
  ctx: EntraContext,
  req: EmulatorRequest,
  tenant: Tenant,
  app: AppRegistration,
  form: URLSearchParams,
  clientAuth: ClientAuthMethod,
): Promise<EmulatorResponse> {
  const token = form.get('refresh_token');
  if (!token) return errorFor(req, 'MissingParameter', ['refresh_token']);
  const grant = ctx.grants.refreshToken(token);
  // bad_token is what makes MSAL raise InteractionRequiredAuthError and drop the refresh token.
  if (
    !grant ||
    grant.app.appId !== app.appId ||
    grant.tenant.tenantId !== tenant.tenantId ||
    grant.state === 'rotated'
  ) {
    return errorFor(req, 'RefreshTokenInvalid');
  }
  if (grant.state === 'revoked') return errorFor(req, 'RefreshTokenRevoked');
  if (grant.expiresAt < Date.now()) {
    const days = Math.round((Date.now() - grant.issuedAt) / 86_400_000);
    return errorFor(req, 'RefreshTokenExpired', [new Date(grant.issuedAt).toISOString(), `${days}.00:00:00`]);
  }
  const requested = parseScopes(form.get('scope'));
  const scopes = requested.length > 0 ? requested : grant.scopes;
  const invalid = scopeError(ctx, req, tenant, scopes);
  if (invalid) return invalid;
  grant.state = 'rotated';
  return userTokenResponse(ctx, req, { tenant, app, user: grant.user, scopes, clientAuth }, form);
}
