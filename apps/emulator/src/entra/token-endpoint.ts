// POST /{tenant}/oauth2/v2.0/token: validates the common parameters, then dispatches on grant_type.
import { formBody, type EmulatorRequest, type EmulatorResponse } from '../server/http.js';
import type { RouteParams } from '../server/router.js';
import { authenticateClient } from './client-authentication.js';
import { errorFor, tenantFor, type EntraContext } from './context.js';
import { authorizationCodeGrant } from './grants/authorization-code.js';
import { clientCredentialsGrant } from './grants/client-credentials.js';
import { deviceCodeGrant } from './grants/device-code.js';
import { refreshTokenGrant } from './grants/refresh-token.js';

const DEVICE_CODE_GRANTS = new Set(['device_code', 'urn:ietf:params:oauth:grant-type:device_code']);

export async function tokenEndpoint(
  ctx: EntraContext,
  req: EmulatorRequest,
  params: RouteParams,
): Promise<EmulatorResponse> {
  const t = tenantFor(ctx, req, params.tenant ?? '');
  if (!t.ok) return t.response;
  const form = formBody(req);
  if (!form) return errorFor(req, 'MalformedRequest');
  const claims = form.get('claims');
  if (claims) ctx.claimsRequested.push(claims);
  const grantType = form.get('grant_type');
  if (!grantType) return errorFor(req, 'MissingParameter', ['grant_type']);
  const clientId = form.get('client_id');
  if (!clientId) return errorFor(req, 'MissingParameter', ['client_id']);
  const app = ctx.directory.findApp(t.tenant, clientId);
  if (!app || app.managedIdentity) return errorFor(req, 'AppNotFound', [clientId, params.tenant ?? '']);
  const known = ['client_credentials', 'authorization_code', 'refresh_token'].includes(grantType);
  if (!known && !DEVICE_CODE_GRANTS.has(grantType)) return errorFor(req, 'UnsupportedGrantType', [grantType]);
  if (grantType === 'client_credentials' && app.publicClient)
    return errorFor(req, 'ConfidentialClientRequired');
  // Entra ID authenticates the client before it looks at the grant.
  const auth = await authenticateClient(ctx, req, t.tenant, app, form);
  if (!auth.ok) return auth.response;
  if (grantType === 'client_credentials') {
    return clientCredentialsGrant(ctx, req, t.tenant, t.multi, app, form, auth.method);
  }
  if (grantType === 'authorization_code') return authorizationCodeGrant(ctx, req, app, form, auth.method);
  if (grantType === 'refresh_token') return refreshTokenGrant(ctx, req, t.tenant, app, form, auth.method);
  return deviceCodeGrant(ctx, req, app, form);
}
