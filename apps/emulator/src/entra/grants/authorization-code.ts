// grant_type=authorization_code: single-use code, same redirect_uri as /authorize, PKCE S256 (required for public clients).
import { createHash } from 'node:crypto';
import type { AppRegistration, Tenant } from '../../directory/model.js';
import type { EmulatorRequest, EmulatorResponse } from '../../server/http.js';
import { authenticateClient } from '../client-authentication.js';
import { errorFor, type EntraContext } from '../context.js';
import { userTokenResponse } from '../user-token-response.js';

export async function authorizationCodeGrant(
  ctx: EntraContext,
  req: EmulatorRequest,
  tenant: Tenant,
  app: AppRegistration,
  form: URLSearchParams,
): Promise<EmulatorResponse> {
  const code = form.get('code');
  if (!code) return errorFor(req, 'MissingParameter', ['code']);
  const grant = ctx.grants.authorizationCode(code);
  if (!grant || grant.app.appId !== app.appId || grant.expiresAt < Date.now())
    return errorFor(req, 'BadAuthorizationCode');
  if (grant.redeemed) return errorFor(req, 'AuthorizationCodeRedeemed');
  const redirectUri = form.get('redirect_uri') ?? '';
  if (redirectUri !== grant.redirectUri)
    return errorFor(req, 'RedirectUriMismatch', [redirectUri, app.appId]);
  const auth = await authenticateClient(ctx, req, tenant, app, form);
  if (!auth.ok) return auth.response;
  if (grant.codeChallenge !== undefined) {
    const verifier = form.get('code_verifier') ?? '';
    const computed =
      grant.codeChallengeMethod === 'plain'
        ? verifier
        : createHash('sha256').update(verifier).digest('base64url');
    if (verifier === '' || computed !== grant.codeChallenge) return errorFor(req, 'PkceMismatch');
  } else if (app.publicClient) {
    return errorFor(req, 'PkceRequired');
  }
  grant.redeemed = true;
  return userTokenResponse(
    ctx,
    req,
    {
      tenant: grant.tenant,
      app,
      user: grant.user,
      scopes: grant.scopes,
      clientAuth: auth.method,
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    },
    form,
  );
}
