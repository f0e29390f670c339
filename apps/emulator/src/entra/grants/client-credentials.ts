// grant_type=client_credentials: app-only token for one `<resource>/.default` scope.
import type { AppRegistration, Tenant } from '../../directory/model.js';
import { jsonResponse, type EmulatorRequest, type EmulatorResponse } from '../../server/http.js';
import { errorFor, type EntraContext } from '../context.js';
import { resolveScopes } from '../resources.js';
import type { ClientAuthMethod } from '../token-issuer.js';
import { parseScopes } from '../user-token-response.js';

export async function clientCredentialsGrant(
  ctx: EntraContext,
  req: EmulatorRequest,
  tenant: Tenant,
  multiTenantSegment: boolean,
  app: AppRegistration,
  form: URLSearchParams,
  clientAuth: ClientAuthMethod,
): Promise<EmulatorResponse> {
  // App-only tokens need a concrete tenant: /organizations and /common cannot say which one.
  if (multiTenantSegment) return errorFor(req, 'NoTenantForClientCredentials');
  const scopes = parseScopes(form.get('scope'));
  if (scopes.length === 0) return errorFor(req, 'ScopeMissing');
  if (scopes.length !== 1 || !/\/\.default$/i.test(scopes[0] ?? '')) {
    return errorFor(req, 'ClientCredentialsScope', [scopes.join(' ')]);
  }
  const resolved = resolveScopes(scopes, ctx.baseUrl);
  if (!resolved.ok)
    return errorFor(req, 'ResourceNotFound', [resolved.detail, tenant.domains[0] ?? tenant.tenantId]);
  const access = await ctx.issuer.accessToken({
    tenant,
    app,
    resource: resolved.resource,
    lifetimeSec: ctx.settings.accessTokenLifetimeSec,
    clientAuth,
  });
  return jsonResponse(
    200,
    {
      token_type: 'Bearer',
      expires_in: access.expiresIn,
      ext_expires_in: access.expiresIn,
      access_token: access.token,
    },
    { 'cache-control': 'no-store', pragma: 'no-cache' },
  );
}
