// Refresh tokens signed with the emulator's persistent key, so sign-ins survive a restart (with a fixed port, MSAL's
// cache stays valid); rotation and revocation are tracked in memory.
import { createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { decodeJwt, errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import type { Directory } from '../directory/directory.js';
import type { AppRegistration, DirectoryUser, Tenant } from '../directory/model.js';
import type { SigningKey } from './token-issuer.js';

/** Audience that keeps refresh tokens from ever passing as access tokens (and the reverse). */
const REFRESH_AUDIENCE = 'urn:exosh-emulator:refresh-token';

export interface RefreshGrant {
  readonly tenant: Tenant;
  readonly app: AppRegistration;
  readonly user: DirectoryUser;
  readonly scopes: readonly string[];
  readonly issuedAt: number;
}

export type RefreshRedemption =
  | { ok: true; grant: RefreshGrant }
  | { ok: false; reason: 'invalid' | 'rotated' | 'revoked' }
  | { ok: false; reason: 'expired'; issuedAt: number };

interface Revocation {
  readonly upn?: string;
  readonly clientId?: string;
  /** Tokens issued at or before this time (ms) are revoked. */
  readonly at: number;
}

interface Issued {
  readonly upn: string;
  readonly clientId: string;
  readonly expiresAt: number;
}

export class RefreshTokens {
  readonly #key: SigningKey;
  readonly #publicKey: KeyObject;
  readonly #directory: Directory;
  readonly #used = new Set<string>();
  readonly #revocations: Revocation[] = [];
  /** Tokens issued by this process, only to report how many a revocation hit. */
  readonly #issued = new Map<string, Issued>();

  constructor(key: SigningKey, directory: Directory) {
    this.#key = key;
    this.#publicKey = createPublicKey(key.privateKey);
    this.#directory = directory;
  }

  async issue(g: Omit<RefreshGrant, 'issuedAt'>, lifetimeSec: number): Promise<string> {
    const jti = randomUUID();
    const nowMs = Date.now();
    const now = Math.floor(nowMs / 1000);
    this.#issued.set(jti, {
      upn: g.user.userPrincipalName,
      clientId: g.app.appId,
      expiresAt: nowMs + lifetimeSec * 1000,
    });
    return new SignJWT({
      tid: g.tenant.tenantId,
      appid: g.app.appId,
      oid: g.user.objectId,
      scp: g.scopes.join(' '),
      iat_ms: nowMs,
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'RT', kid: this.#key.kid })
      .setAudience(REFRESH_AUDIENCE)
      .setJti(jti)
      .setIssuedAt(now)
      .setExpirationTime(now + lifetimeSec)
      .sign(this.#key.privateKey);
  }

  /**
   * Verifies and consumes a refresh token: a redeemed one is never accepted again (rotation). A token of another
   * client or tenant is refused without being consumed.
   */
  async redeem(token: string, expected: { appId: string; tenantId: string }): Promise<RefreshRedemption> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.#publicKey, {
        algorithms: ['RS256'],
        audience: REFRESH_AUDIENCE,
        typ: 'RT',
      }));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) {
        const iat = Number(decodeJwt(token).iat ?? 0);
        return { ok: false, reason: 'expired', issuedAt: iat * 1000 };
      }
      return { ok: false, reason: 'invalid' };
    }
    const jti = String(payload.jti);
    const tenant = this.#directory.tenantById(String(payload.tid));
    const app = tenant && this.#directory.findApp(tenant, String(payload.appid));
    const user = tenant && this.#directory.findUser(tenant, String(payload.oid));
    if (!tenant || !app || !user) return { ok: false, reason: 'invalid' };
    if (app.appId !== expected.appId || tenant.tenantId !== expected.tenantId)
      return { ok: false, reason: 'invalid' };
    const issuedAt = Number(payload.iat_ms);
    if (this.#revoked(user.userPrincipalName, app.appId, issuedAt)) return { ok: false, reason: 'revoked' };
    if (this.#used.has(jti)) return { ok: false, reason: 'rotated' };
    this.#used.add(jti);
    this.#issued.delete(jti);
    const scopes = String(payload.scp)
      .split(' ')
      .filter((s) => s !== '');
    return { ok: true, grant: { tenant, app, user, scopes, issuedAt } };
  }

  /** Revokes every refresh token issued so far that matches (all when no filter); returns how many this process knew. */
  revoke(filter: { upn?: string; clientId?: string } = {}): number {
    const at = Date.now();
    this.#revocations.push({ ...filter, at });
    let n = 0;
    for (const [jti, t] of this.#issued) {
      if (this.#matches(filter, t.upn, t.clientId)) {
        this.#issued.delete(jti);
        n++;
      }
    }
    return n;
  }

  /** Forgets bookkeeping for tokens that have expired anyway. */
  sweep(now = Date.now()): void {
    for (const [jti, t] of this.#issued) if (t.expiresAt < now) this.#issued.delete(jti);
  }

  #matches(filter: { upn?: string; clientId?: string }, upn: string, clientId: string): boolean {
    return (
      (!filter.upn || filter.upn.toLowerCase() === upn.toLowerCase()) &&
      (!filter.clientId || filter.clientId.toLowerCase() === clientId.toLowerCase())
    );
  }

  #revoked(upn: string, clientId: string, issuedAt: number): boolean {
    return this.#revocations.some((r) => issuedAt <= r.at && this.#matches(r, upn, clientId));
  }
}
