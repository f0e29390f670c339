// Validates the bearer token on Exchange admin API requests (signature, expiry, audience, tenant) into an ExchangeCaller.
import type { KeyObject } from 'node:crypto';
import { errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { Directory } from '../directory/directory.js';
import { ExchangeManageAsApp } from '../directory/roles.js';
import { ComplianceAudience, ExchangeOnlineAudience } from '../entra/resources.js';
import { exchangeError, exchangeMessage, type ExchangeMessageId } from './exchange-errors.js';
import type { ExchangeCaller, ExchangeEndpointKind } from './exchange-service.js';
import { header, type EmulatorRequest, type EmulatorResponse } from './http.js';

export interface BearerOptions {
  readonly publicKey: KeyObject;
  readonly baseUrl: string;
  readonly directory: Directory;
  readonly endpoint: ExchangeEndpointKind;
  readonly tenantSegment: string;
}

export type BearerResult = { ok: true; caller: ExchangeCaller } | { ok: false; response: EmulatorResponse };

export function acceptedAudiences(baseUrl: string, endpoint: ExchangeEndpointKind): readonly string[] {
  return endpoint === 'exchange'
    ? [baseUrl, ExchangeOnlineAudience]
    : [`${baseUrl}/compliance`, ComplianceAudience];
}

function normalize(aud: string): string {
  return aud.replace(/\/+$/, '').toLowerCase();
}

function unauthorized(
  req: EmulatorRequest,
  baseUrl: string,
  id: ExchangeMessageId,
  args: readonly string[] = [],
): EmulatorResponse {
  const message = exchangeMessage(id, args);
  // The real service names its resource and the authority to go to, so clients can get a token and retry.
  const challenge =
    `Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-c000-000000000000@*", ` +
    `token_types="app_asserted_user_v1 service_asserted_app_v1", authorization_uri="${baseUrl}/common/oauth2/authorize", error="invalid_token"`;
  return exchangeError('Unauthorized', message, req.requestId, {
    'WWW-Authenticate': challenge,
    'x-ms-diagnostics': `2000001;reason="${message.replace(/"/g, "'")}";error_category="invalid_token"`,
  });
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export async function authenticateBearer(req: EmulatorRequest, o: BearerOptions): Promise<BearerResult> {
  const auth = header(req, 'authorization') ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
  if (!m?.[1]) return { ok: false, response: unauthorized(req, o.baseUrl, 'TokenMissing') };
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(m[1], o.publicKey, {
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'aud', 'tid'],
    }));
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired)
      return { ok: false, response: unauthorized(req, o.baseUrl, 'TokenExpired') };
    const reason = err instanceof Error ? err.message : 'unreadable token';
    return { ok: false, response: unauthorized(req, o.baseUrl, 'TokenInvalid', [reason]) };
  }
  const aud = typeof payload.aud === 'string' ? payload.aud : (strings(payload.aud)[0] ?? '');
  if (!acceptedAudiences(o.baseUrl, o.endpoint).some((a) => normalize(a) === normalize(aud))) {
    return { ok: false, response: unauthorized(req, o.baseUrl, 'WrongAudience', [aud]) };
  }
  const tid = String(payload.tid);
  const tenant = o.directory.tenantById(tid);
  const lookup = o.directory.resolveTenant(o.tenantSegment);
  if (!tenant || lookup.kind !== 'tenant' || lookup.tenant.tenantId !== tenant.tenantId) {
    return {
      ok: false,
      response: exchangeError('Forbidden', exchangeMessage('WrongTenant', [o.tenantSegment]), req.requestId),
    };
  }
  const isApp = payload.idtyp === 'app';
  const roles = strings(payload.roles);
  const appId = typeof payload.appid === 'string' ? payload.appid : '';
  if (isApp && !roles.includes(ExchangeManageAsApp)) {
    return {
      ok: false,
      response: exchangeError('Forbidden', exchangeMessage('ManageAsAppMissing', [appId]), req.requestId),
    };
  }
  const upn = typeof payload.upn === 'string' ? payload.upn : undefined;
  const caller: ExchangeCaller = {
    tenantId: tenant.tenantId,
    tenantDomain: tenant.domains[0] ?? tenant.tenantId,
    principal: isApp ? 'app' : 'user',
    ...(upn && !isApp ? { userPrincipalName: upn } : {}),
    objectId: typeof payload.oid === 'string' ? payload.oid : '',
    appId,
    roles,
    wids: strings(payload.wids),
    scopes: typeof payload.scp === 'string' ? payload.scp.split(' ').filter((s) => s !== '') : [],
    audience: aud,
  };
  return { ok: true, caller };
}
