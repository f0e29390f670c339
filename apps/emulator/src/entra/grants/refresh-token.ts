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
  const requested = parseScopes(form.get('scope'));
  if (requested.length > 0) {
    const invalid = scopeError(ctx, req, tenant, requested);
    if (invalid) return invalid;
  }
  const r = await ctx.refreshTokens.redeem(token, { appId: app.appId, tenantId: tenant.tenantId });
  // bad_token (on every refusal below) is what makes MSAL raise InteractionRequiredAuthError and drop the token.
  if (!r.ok) {
    if (r.reason === 'revoked') return errorFor(req, 'RefreshTokenRevoked');
    if (r.reason === 'expired') {
      const days = Math.round((Date.now() - r.issuedAt) / 86_400_000);
      return errorFor(req, 'RefreshTokenExpired', [new Date(r.issuedAt).toISOString(), `${days}.00:00:00`]);
    }
    return errorFor(req, 'RefreshTokenInvalid');
  }
  const grant = r.grant;
  const scopes = requested.length > 0 ? requested : grant.scopes;
  return userTokenResponse(ctx, req, { tenant, app, user: grant.user, scopes, clientAuth }, form);
}
