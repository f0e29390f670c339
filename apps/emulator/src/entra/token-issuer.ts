// Signs the emulator's JWTs (RS256, the key published in JWKS): access tokens, id tokens, and client_info.
import { createPublicKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { exportJWK, SignJWT, type JWK } from 'jose';
import type { AppRegistration, DirectoryUser, Tenant } from '../directory/model.js';
import type { Resource } from './resources.js';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
}

/** How the client proved itself: Entra's `appidacr` / `azpacr` (0 public, 1 secret, 2 certificate). */
export type ClientAuthMethod = 'none' | 'secret' | 'certificate' | 'managed-identity';

export interface AccessTokenRequest {
  readonly tenant: Tenant;
  readonly app: AppRegistration;
  readonly resource: Resource;
  readonly lifetimeSec: number;
  readonly clientAuth: ClientAuthMethod;
  /** Present for delegated tokens; absent for app-only tokens. */
  readonly user?: DirectoryUser;
  readonly scp?: readonly string[];
}

export interface IssuedToken {
  readonly token: string;
  readonly expiresIn: number;
  readonly expiresOn: number;
}

const acr: Record<ClientAuthMethod, string> = {
  none: '0',
  secret: '1',
  certificate: '2',
  'managed-identity': '2',
};

export class TokenIssuer {
  readonly #key: SigningKey;
  readonly #baseUrl: string;

  constructor(key: SigningKey, baseUrl: string) {
    this.#key = key;
    this.#baseUrl = baseUrl;
  }

  get kid(): string {
    return this.#key.kid;
  }

  get publicKey(): KeyObject {
    return createPublicKey(this.#key.privateKey);
  }

  issuer(tenantId: string): string {
    return `${this.#baseUrl}/${tenantId}/v2.0`;
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    const jwk = await exportJWK(this.publicKey);
    return { keys: [{ ...jwk, kid: this.#key.kid, use: 'sig', alg: 'RS256' }] };
  }

  async #sign(
    claims: Record<string, unknown>,
    audience: string,
    tenantId: string,
    lifetimeSec: number,
  ): Promise<IssuedToken> {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.#key.kid })
      .setIssuer(this.issuer(tenantId))
      .setAudience(audience)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + lifetimeSec)
      .sign(this.#key.privateKey);
    return { token, expiresIn: lifetimeSec, expiresOn: now + lifetimeSec };
  }

  accessToken(r: AccessTokenRequest): Promise<IssuedToken> {
    const common = {
      tid: r.tenant.tenantId,
      appid: r.app.appId,
      azp: r.app.appId,
      appidacr: acr[r.clientAuth],
      azpacr: acr[r.clientAuth],
      app_displayname: r.app.displayName,
      uti: randomBytes(16).toString('base64url'),
      ver: '2.0',
    };
    const claims = r.user
      ? {
          ...common,
          idtyp: 'user',
          oid: r.user.objectId,
          sub: r.user.objectId,
          upn: r.user.userPrincipalName,
          unique_name: r.user.userPrincipalName,
          preferred_username: r.user.userPrincipalName,
          name: r.user.displayName,
          scp: (r.scp ?? r.resource.defaultScopes).join(' '),
          wids: r.user.roleTemplateIds,
        }
      : {
          ...common,
          idtyp: 'app',
          oid: r.app.servicePrincipalId,
          sub: r.app.servicePrincipalId,
          roles: r.resource.kind === 'graph' ? [] : r.app.appRoles,
          wids: r.app.roleTemplateIds,
        };
    return this.#sign(claims, r.resource.audience, r.tenant.tenantId, r.lifetimeSec);
  }

  idToken(
    tenant: Tenant,
    app: AppRegistration,
    user: DirectoryUser,
    nonce: string | undefined,
    lifetimeSec: number,
  ): Promise<IssuedToken> {
    const claims: Record<string, unknown> = {
      tid: tenant.tenantId,
      oid: user.objectId,
      sub: user.objectId,
      name: user.displayName,
      preferred_username: user.userPrincipalName,
      uti: randomUUID(),
      ver: '2.0',
    };
    // MSAL rejects an id_token carrying a nonce it did not send (nonce_mismatch).
    if (nonce) claims.nonce = nonce;
    return this.#sign(claims, app.appId, tenant.tenantId, lifetimeSec);
  }
}

/** `client_info` becomes MSAL's home account id `uid.utid`. */
export function clientInfo(user: DirectoryUser, tenant: Tenant): string {
  return Buffer.from(JSON.stringify({ uid: user.objectId, utid: tenant.tenantId })).toString('base64url');
}
