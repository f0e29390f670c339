// GET /{tenant}/oauth2/v2.0/authorize: signs in the default user (or login_hint) and returns the code (form_post or query).
import { escapeHtml, formPostPage, page } from './html.js';
import { htmlResponse, type EmulatorRequest, type EmulatorResponse } from '../server/http.js';
import type { RouteParams } from '../server/router.js';
import type { AppRegistration, DirectoryUser, Tenant } from '../directory/model.js';
import { entraErrorBody } from './entra-error.js';
import type { AadstsId } from './aadsts.js';
import type { EntraContext } from './context.js';
import { clientInfo } from './token-issuer.js';
import { parseScopes } from './user-token-response.js';
import { resolveScopes } from './resources.js';

const CODE_LIFETIME_MS = 10 * 60_000;

/** Errors before a redirect URI is trusted cannot be sent back to the client: Entra shows a page. */
function errorPage(req: EmulatorRequest, id: AadstsId, args: readonly string[] = []): EmulatorResponse {
  const { status, body } = entraErrorBody(id, args, { traceId: req.requestId });
  return htmlResponse(
    status,
    page(
      'Sign in',
      `<h1>Sorry, but we're having trouble signing you in.</h1><p id="error">${escapeHtml(body.error_description)}</p>`,
    ),
  );
}

/** Exact match, or loopback (`http://localhost`/`127.0.0.1`) with any port, as Entra ID allows for native apps. */
export function redirectUriAllowed(app: AppRegistration, redirectUri: string): boolean {
  if (app.redirectUris.includes(redirectUri)) return true;
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' || (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1'))
    return false;
  return app.redirectUris.some((r) => {
    try {
      const reg = new URL(r);
      return reg.protocol === 'http:' && reg.hostname === url.hostname && reg.pathname === url.pathname;
    } catch {
      return false;
    }
  });
}

function signedInUser(
  ctx: EntraContext,
  tenant: Tenant,
  multi: boolean,
  hint: string | null,
): { tenant: Tenant; user?: DirectoryUser } {
  if (!hint) return { tenant, user: ctx.directory.defaultUser(tenant) };
  if (multi) {
    const found = ctx.directory.findUserAnywhere(hint);
    return found ?? { tenant };
  }
  const user = ctx.directory.findUser(tenant, hint);
  return user ? { tenant, user } : { tenant };
}

export function authorizeEndpoint(
  ctx: EntraContext,
  req: EmulatorRequest,
  params: RouteParams,
): EmulatorResponse {
  const q = req.url.searchParams;
  const segment = params.tenant ?? '';
  const lookup = ctx.directory.resolveTenant(segment);
  if (lookup.kind === 'invalid') return errorPage(req, 'InvalidTenantName', [segment]);
  if (lookup.kind === 'not-found') return errorPage(req, 'TenantNotFound', [segment]);
  const clientId = q.get('client_id');
  if (!clientId) return errorPage(req, 'MissingParameter', ['client_id']);
  const app = ctx.directory.findApp(lookup.tenant, clientId);
  if (!app || app.managedIdentity) return errorPage(req, 'AppNotFound', [clientId, segment]);
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!redirectUriAllowed(app, redirectUri))
    return errorPage(req, 'RedirectUriMismatch', [redirectUri, app.appId]);
  if (q.get('response_type') !== 'code') return errorPage(req, 'MissingParameter', ['response_type']);
  const scopes = parseScopes(q.get('scope'));
  if (!resolveScopes(scopes, ctx.baseUrl).ok) return errorPage(req, 'InvalidScope', [scopes.join(' ')]);
  const challenge = q.get('code_challenge') ?? undefined;
  const method = q.get('code_challenge_method') ?? (challenge ? 'plain' : undefined);
  if (method !== undefined && method !== 'S256' && method !== 'plain') return errorPage(req, 'PkceMismatch');
  const { tenant, user } = signedInUser(ctx, lookup.tenant, lookup.kind === 'multi', q.get('login_hint'));
  if (!user)
    return errorPage(req, 'UserNotFound', [q.get('login_hint') ?? '', tenant.domains[0] ?? tenant.tenantId]);
  const nonce = q.get('nonce') || undefined;
  const grant = ctx.grants.addAuthorizationCode({
    tenant,
    app,
    user,
    scopes,
    redirectUri,
    expiresAt: Date.now() + CODE_LIFETIME_MS,
    ...(challenge ? { codeChallenge: challenge } : {}),
    ...(method ? { codeChallengeMethod: method } : {}),
    ...(nonce ? { nonce } : {}),
  });
  const fields: Record<string, string> = { code: grant.code };
  const state = q.get('state');
  if (state !== null) fields.state = state;
  if (q.get('client_info') === '1') fields.client_info = clientInfo(user, tenant);
  const mode = q.get('response_mode') ?? 'query';
  if (mode === 'form_post') return htmlResponse(200, formPostPage(redirectUri, fields));
  const encoded = new URLSearchParams(fields).toString();
  const target = new URL(redirectUri);
  if (mode === 'fragment') target.hash = encoded;
  else target.search = encoded;
  return {
    status: 302,
    headers: { location: target.toString(), 'content-type': 'text/html; charset=utf-8' },
    body: '',
  };
}
