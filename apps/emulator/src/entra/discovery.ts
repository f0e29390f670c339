// OpenID discovery documents, JWKS and instance discovery, shaped as Entra ID serves them.
import { jsonResponse, type EmulatorRequest, type EmulatorResponse } from '../server/http.js';
import type { RouteParams } from '../server/router.js';
import { tenantFor, type EntraContext } from './context.js';

export interface AuthorityMetadata {
  readonly issuer: string;
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
  readonly device_authorization_endpoint: string;
  readonly end_session_endpoint: string;
  readonly jwks_uri: string;
}

/** Metadata for an authority segment; for organizations/common the issuer keeps `{tenantid}` as Entra does. */
export function authorityMetadata(
  baseUrl: string,
  segment: string,
  tenantId: string | undefined,
): AuthorityMetadata {
  const root = `${baseUrl}/${segment}`;
  return {
    issuer: `${baseUrl}/${tenantId ?? '{tenantid}'}/v2.0`,
    authorization_endpoint: `${root}/oauth2/v2.0/authorize`,
    token_endpoint: `${root}/oauth2/v2.0/token`,
    device_authorization_endpoint: `${root}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${root}/oauth2/v2.0/logout`,
    jwks_uri: `${root}/discovery/v2.0/keys`,
  };
}

export function openIdConfiguration(
  ctx: EntraContext,
  req: EmulatorRequest,
  params: RouteParams,
): EmulatorResponse {
  const segment = params.tenant ?? '';
  const t = tenantFor(ctx, req, segment);
  if (!t.ok) return t.response;
  const meta = authorityMetadata(ctx.baseUrl, segment, t.multi ? undefined : t.tenant.tenantId);
  return jsonResponse(200, {
    ...meta,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    response_modes_supported: ['query', 'fragment', 'form_post'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    claims_supported: [
      'sub',
      'iss',
      'aud',
      'exp',
      'iat',
      'nonce',
      'name',
      'preferred_username',
      'oid',
      'tid',
      'ver',
    ],
    code_challenge_methods_supported: ['plain', 'S256'],
    request_uri_parameter_supported: false,
    tenant_region_scope: null,
    cloud_instance_name: 'exosh-emulator',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
  });
}

export async function jwks(
  ctx: EntraContext,
  req: EmulatorRequest,
  params: RouteParams,
): Promise<EmulatorResponse> {
  const t = tenantFor(ctx, req, params.tenant ?? '');
  if (!t.ok) return t.response;
  return jsonResponse(200, await ctx.issuer.jwks());
}

/** What MSAL's `cloudDiscoveryMetadata` expects; `preferred_cache` is a stable alias across ports. */
export function instanceDiscovery(ctx: EntraContext): EmulatorResponse {
  const host = new URL(ctx.baseUrl).host;
  return jsonResponse(200, {
    tenant_discovery_endpoint: `${ctx.baseUrl}/common/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      {
        preferred_network: host,
        preferred_cache: 'exosh-emulator.local',
        aliases: [host, 'exosh-emulator.local'],
      },
    ],
  });
}
