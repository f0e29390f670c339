// The verification page for device-code sign-in (GET shows a form, POST approves), and approval shared with the control API.
import { formBody, htmlResponse, type EmulatorRequest, type EmulatorResponse } from '../server/http.js';
import type { EntraContext } from './context.js';
import { escapeHtml, page } from './html.js';

export type ApprovalResult =
  | { ok: true; userPrincipalName: string; state: 'approved' | 'declined' }
  | { ok: false; reason: 'unknown-code' | 'unknown-user' | 'not-pending' };

export function approveDeviceCode(
  ctx: EntraContext,
  userCode: string,
  upn?: string,
  decline = false,
): ApprovalResult {
  const grant = ctx.grants.deviceCodeByUserCode(userCode);
  if (!grant || grant.expiresAt < Date.now()) return { ok: false, reason: 'unknown-code' };
  if (grant.state !== 'pending') return { ok: false, reason: 'not-pending' };
  const user = upn ? ctx.directory.findUser(grant.tenant, upn) : ctx.directory.defaultUser(grant.tenant);
  if (!user) return { ok: false, reason: 'unknown-user' };
  grant.user = user;
  grant.state = decline ? 'declined' : 'approved';
  return { ok: true, userPrincipalName: user.userPrincipalName, state: grant.state };
}

const form =
  '<form method="POST"><label>Code <input name="user_code" /></label> ' +
  '<label>Account <input name="username" placeholder="admin@contoso.onmicrosoft.com" /></label> ' +
  '<input type="submit" value="Next" /></form>';

export function deviceLoginPage(ctx: EntraContext, req: EmulatorRequest): EmulatorResponse {
  if (req.method === 'GET') return htmlResponse(200, page('Enter code', `<h1>Enter code</h1>${form}`));
  const body = formBody(req);
  const result = approveDeviceCode(ctx, body?.get('user_code') ?? '', body?.get('username') || undefined);
  if (result.ok) {
    return htmlResponse(
      200,
      page(
        'Signed in',
        `<h1>You have signed in as ${escapeHtml(result.userPrincipalName)}.</h1><p>You may now close this window.</p>`,
      ),
    );
  }
  return htmlResponse(
    400,
    page('Enter code', `<h1>That code didn't work (${escapeHtml(result.reason)}).</h1>${form}`),
  );
}
