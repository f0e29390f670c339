// POST /{tenant}/oauth2/v2.0/devicecode: starts a device-code sign-in for a public client.
import { formBody, jsonResponse, type EmulatorRequest, type EmulatorResponse } from '../server/http.js';
import type { RouteParams } from '../server/router.js';
import { errorFor, tenantFor, type EntraContext } from './context.js';
import { parseScopes, scopeError } from './user-token-response.js';

export function deviceCodeEndpoint(
  ctx: EntraContext,
  req: EmulatorRequest,
  params: RouteParams,
): EmulatorResponse {
  const t = tenantFor(ctx, req, params.tenant ?? '');
  if (!t.ok) return t.response;
  const form = formBody(req);
  if (!form) return errorFor(req, 'MalformedRequest');
  const clientId = form.get('client_id');
  if (!clientId) return errorFor(req, 'MissingParameter', ['client_id']);
  const app = ctx.directory.findApp(t.tenant, clientId);
  if (!app || app.managedIdentity) return errorFor(req, 'AppNotFound', [clientId, params.tenant ?? '']);
  if (!app.publicClient) return errorFor(req, 'DeviceCodeOnConfidential');
  const scopes = parseScopes(form.get('scope'));
  const invalid = scopeError(ctx, req, t.tenant, scopes);
  if (invalid) return invalid;
  const lifetime = ctx.settings.deviceCodeLifetimeSec;
  const grant = ctx.grants.addDeviceCode({
    tenant: t.tenant,
    app,
    scopes,
    expiresAt: Date.now() + lifetime * 1000,
  });
  const verificationUri = `${ctx.baseUrl}/devicelogin`;
  return jsonResponse(200, {
    user_code: grant.userCode,
    device_code: grant.deviceCode,
    verification_uri: verificationUri,
    expires_in: lifetime,
    interval: ctx.settings.deviceCodeIntervalSec,
    message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${grant.userCode} to authenticate.`,
  });
}
