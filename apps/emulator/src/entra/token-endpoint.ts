// POST /{tenant}/oauth2/v2.0/token: validates the common parameters, then dispatches on grant_type.
import { formBody, type EmulatorRequest, type EmulatorResponse } from '../server/http.js';
import type { RouteParams } from '../server/router.js';
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
  const grantType = form.get('grant_type');
  if (!grantType) return errorFor(req, 'MissingParameter', ['grant_type']);
  const clientId = form.get('client_id');
  if (!clientId) return errorFor(req, 'MissingParameter', ['client_id']);
  const app = ctx.directory.findApp(t.tenant, clientId);
  if (!app || app.managedIdentity) return errorFor(req, 'AppNotFound', [clientId, params.tenant ?? '']);
  if (grantType === 'client_credentials')
    return clientCredentialsGrant(ctx, req, t.tenant, t.multi, app, form);
  if (DEVICE_CODE_GRANTS.has(grantType)) return deviceCodeGrant(ctx, req, app, form);
  if (grantType === 'authorization_code') return authorizationCodeGrant(ctx, req, t.tenant, app, form);
  if (grantType === 'refresh_token') return refreshTokenGrant(ctx, req, t.tenant, app, form);
  return errorFor(req, 'UnsupportedGrantType', [grantType]);
}
