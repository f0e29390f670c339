// Managed identity endpoints: IMDS-style (`Metadata: true`) and App Service-style (`X-IDENTITY-HEADER`).
import { timingSafeEqual } from 'node:crypto';
import type { AppRegistration, Tenant } from '../directory/model.js';
import { header, jsonResponse, type EmulatorRequest, type EmulatorResponse } from '../server/http.js';
import { errorFor, type EntraContext } from './context.js';
import { resolveResourceUri } from './resources.js';

export type ManagedIdentityStyle = 'imds' | 'app-service';

function selectIdentity(tenant: Tenant, q: URLSearchParams): AppRegistration | undefined {
  const clientId = q.get('client_id');
  const objectId = q.get('object_id') ?? q.get('principal_id');
  const resId = q.get('mi_res_id') ?? q.get('msi_res_id');
  const identities = tenant.apps.filter((a) => a.managedIdentity !== undefined);
  if (clientId) return identities.find((a) => a.appId.toLowerCase() === clientId.toLowerCase());
  if (objectId) return identities.find((a) => a.servicePrincipalId.toLowerCase() === objectId.toLowerCase());
  if (resId) return identities.find((a) => a.resourceId?.toLowerCase() === resId.toLowerCase());
  return identities.find((a) => a.managedIdentity === 'system');
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function managedIdentityEndpoint(
  ctx: EntraContext,
  req: EmulatorRequest,
  style: ManagedIdentityStyle,
  identityHeader: string,
): Promise<EmulatorResponse> {
  if (style === 'imds' && header(req, 'metadata')?.toLowerCase() !== 'true') {
    return errorFor(req, 'ManagedIdentityHeader', ['Metadata']);
  }
  if (style === 'app-service' && !sameSecret(header(req, 'x-identity-header') ?? '', identityHeader)) {
    return errorFor(req, 'ManagedIdentityHeader', ['X-IDENTITY-HEADER']);
  }
  const q = req.url.searchParams;
  const resourceUri = q.get('resource');
  if (!resourceUri) return errorFor(req, 'MissingParameter', ['resource']);
  const tenant = ctx.directory.defaultTenant;
  const resource = resolveResourceUri(resourceUri, ctx.baseUrl);
  if (!resource)
    return errorFor(req, 'ResourceNotFound', [resourceUri, tenant.domains[0] ?? tenant.tenantId]);
  const identity = selectIdentity(tenant, q);
  if (!identity) return errorFor(req, 'ManagedIdentityNotFound');
  const access = await ctx.issuer.accessToken({
    tenant,
    app: identity,
    resource,
    lifetimeSec: ctx.settings.accessTokenLifetimeSec,
    clientAuth: 'managed-identity',
  });
  // Both services send numbers as strings; MSAL converts them.
  return jsonResponse(200, {
    access_token: access.token,
    client_id: identity.appId,
    expires_in: String(access.expiresIn),
    expires_on: String(access.expiresOn),
    ext_expires_in: String(access.expiresIn),
    not_before: String(access.expiresOn - access.expiresIn),
    resource: resourceUri,
    token_type: 'Bearer',
  });
}
