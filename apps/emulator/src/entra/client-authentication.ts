// Authenticates the client at the token endpoint: none (public), client secret, or a certificate-signed assertion.
import { timingSafeEqual } from 'node:crypto';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import type { AppRegistration, RegisteredCertificate, Tenant } from '../directory/model.js';
import type { EmulatorRequest, EmulatorResponse } from '../server/http.js';
import { errorFor, type EntraContext } from './context.js';
import type { ClientAuthMethod } from './token-issuer.js';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Entra ID tolerates this much clock skew on assertions. */
const CLOCK_TOLERANCE_SEC = 300;

export type ClientAuthResult =
  { ok: true; method: ClientAuthMethod } | { ok: false; response: EmulatorResponse };

function secretMatches(app: AppRegistration, presented: string): boolean {
  const p = Buffer.from(presented, 'utf8');
  return app.secrets.some((s) => {
    const b = Buffer.from(s, 'utf8');
    return b.length === p.length && timingSafeEqual(b, p);
  });
}

function certificateFor(
  app: AppRegistration,
  assertion: string,
): { cert?: RegisteredCertificate; thumb: string } {
  let h: Record<string, unknown>;
  try {
    h = decodeProtectedHeader(assertion) as Record<string, unknown>;
  } catch {
    return { thumb: '' };
  }
  const s256 = typeof h['x5t#S256'] === 'string' ? h['x5t#S256'] : undefined;
  const s1 = typeof h.x5t === 'string' ? h.x5t : undefined;
  const cert = app.certificates.find((c) => (s256 && c.x5tS256 === s256) || (s1 && c.x5t === s1));
  const thumb = Buffer.from(s256 ?? s1 ?? '', 'base64url')
    .toString('hex')
    .toUpperCase();
  return cert ? { cert, thumb } : { thumb };
}

/** The assertion's `aud` must be a token endpoint of this tenant on the emulator (MSAL lowercases it). */
function audienceAccepted(ctx: EntraContext, tenant: Tenant, aud: unknown): boolean {
  const auds = Array.isArray(aud) ? aud : [aud];
  return auds.some((a) => {
    if (typeof a !== 'string') return false;
    let url: URL;
    try {
      url = new URL(a);
    } catch {
      return false;
    }
    if (url.origin.toLowerCase() !== ctx.baseUrl.toLowerCase()) return false;
    const m = /^\/([^/]+)\/oauth2\/(?:v2\.0\/)?token\/?$/i.exec(url.pathname);
    if (!m?.[1]) return false;
    const r = ctx.directory.resolveTenant(m[1]);
    return (r.kind === 'tenant' || r.kind === 'multi') && r.tenant.tenantId === tenant.tenantId;
  });
}

async function verifyAssertion(
  ctx: EntraContext,
  req: EmulatorRequest,
  tenant: Tenant,
  app: AppRegistration,
  form: URLSearchParams,
): Promise<ClientAuthResult> {
  const type = form.get('client_assertion_type') ?? '';
  if (type !== JWT_BEARER) return { ok: false, response: errorFor(req, 'AssertionTypeInvalid', [type]) };
  const assertion = form.get('client_assertion') ?? '';
  const { cert, thumb } = certificateFor(app, assertion);
  if (!cert) return { ok: false, response: errorFor(req, 'UnregisteredCertificate', [thumb]) };
  try {
    const { payload } = await jwtVerify(assertion, cert.publicKey, {
      algorithms: ['PS256', 'RS256'],
      issuer: app.appId,
      subject: app.appId,
      clockTolerance: CLOCK_TOLERANCE_SEC,
      requiredClaims: ['exp', 'aud'],
    });
    // jti replay is deliberately not enforced: MSAL re-sends one assertion for 10 minutes.
    if (!audienceAccepted(ctx, tenant, payload.aud)) {
      return {
        ok: false,
        response: errorFor(req, 'InvalidAssertion', ['The audience claim is not the token endpoint']),
      };
    }
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'invalid assertion';
    return { ok: false, response: errorFor(req, 'InvalidAssertion', [reason]) };
  }
  return { ok: true, method: 'certificate' };
}

export async function authenticateClient(
  ctx: EntraContext,
  req: EmulatorRequest,
  tenant: Tenant,
  app: AppRegistration,
  form: URLSearchParams,
): Promise<ClientAuthResult> {
  const secret = form.get('client_secret');
  const assertion = form.get('client_assertion');
  if (app.publicClient) {
    if (secret !== null || assertion !== null) {
      return { ok: false, response: errorFor(req, 'PublicClientWithCredential') };
    }
    return { ok: true, method: 'none' };
  }
  if (assertion !== null) return verifyAssertion(ctx, req, tenant, app, form);
  if (secret !== null) {
    return secretMatches(app, secret)
      ? { ok: true, method: 'secret' }
      : { ok: false, response: errorFor(req, 'InvalidClientSecret', [app.appId]) };
  }
  return { ok: false, response: errorFor(req, 'ClientCredentialMissing') };
}
