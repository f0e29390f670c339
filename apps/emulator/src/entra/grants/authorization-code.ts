// grant_type=authorization_code: single-use code, same redirect_uri as /authorize, PKCE S256 (required for public clients).
import { createHash } from 'node:crypto';
import type { AppRegistration } from '../../directory/model.js';
import type { EmulatorRequest, EmulatorResponse } from '../../server/http.js';
import { errorFor, type EntraContext } from '../context.js';
import type { ClientAuthMethod } from '../token-issuer.js';
import { userTokenResponse } from '../user-token-response.js';

export async function authorizationCodeGrant(
  ctx: EntraContext,
  req: EmulatorRequest,
  app: AppRegistration,
  form: URLSearchParams,
  clientAuth: ClientAuthMethod,
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
      clientAuth,
      ...(grant.nonce ? { nonce: grant.nonce } : {}),
    },
    form,
  );
}
