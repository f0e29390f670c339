// grant_type=device_code (msal-node's spelling, and the RFC 8628 URN): pending until approved, then user tokens.
import type { AppRegistration } from '../../directory/model.js';
import type { EmulatorRequest, EmulatorResponse } from '../../server/http.js';
import { errorFor, type EntraContext } from '../context.js';
import { userTokenResponse } from '../user-token-response.js';

export async function deviceCodeGrant(
  ctx: EntraContext,
  req: EmulatorRequest,
  app: AppRegistration,
  form: URLSearchParams,
): Promise<EmulatorResponse> {
  const code = form.get('device_code');
  if (!code) return errorFor(req, 'MissingParameter', ['device_code']);
  const grant = ctx.grants.deviceCode(code);
  if (!grant || grant.app.appId !== app.appId || grant.state === 'redeemed')
    return errorFor(req, 'BadDeviceCode');
  if (grant.expiresAt < Date.now()) return errorFor(req, 'DeviceCodeExpired');
  if (grant.state === 'declined') return errorFor(req, 'DeviceCodeDeclined');
  grant.polls++;
  if (
    grant.state === 'pending' &&
    ctx.settings.autoApprove &&
    grant.polls > ctx.settings.deviceCodePendingPolls
  ) {
    grant.state = 'approved';
    grant.user = ctx.directory.defaultUser(grant.tenant);
  }
  // Only authorization_pending keeps msal polling; slow_down would fail the flow, so it is never sent.
  if (grant.state !== 'approved' || !grant.user) return errorFor(req, 'AuthorizationPending');
  grant.state = 'redeemed';
  return userTokenResponse(
    ctx,
    req,
    { tenant: grant.tenant, app, user: grant.user, scopes: grant.scopes, clientAuth: 'none' },
    form,
  );
}
