// In-memory grants: pending device codes and authorization codes (refresh tokens live in refresh-tokens.ts).
import { randomBytes, randomInt } from 'node:crypto';
import type { AppRegistration, DirectoryUser, Tenant } from '../directory/model.js';

export interface DeviceCodeGrant {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly tenant: Tenant;
  readonly app: AppRegistration;
  readonly scopes: readonly string[];
  readonly expiresAt: number;
  polls: number;
  state: 'pending' | 'approved' | 'declined' | 'redeemed';
  user?: DirectoryUser;
}

export interface AuthorizationCodeGrant {
  readonly code: string;
  readonly tenant: Tenant;
  readonly app: AppRegistration;
  readonly user: DirectoryUser;
  readonly scopes: readonly string[];
  readonly redirectUri: string;
  readonly codeChallenge?: string;
  readonly codeChallengeMethod?: string;
  readonly nonce?: string;
  readonly expiresAt: number;
  redeemed: boolean;
}

const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export class GrantStore {
  readonly #deviceCodes = new Map<string, DeviceCodeGrant>();
  readonly #codes = new Map<string, AuthorizationCodeGrant>();

  addDeviceCode(g: Omit<DeviceCodeGrant, 'deviceCode' | 'userCode' | 'polls' | 'state'>): DeviceCodeGrant {
    let userCode = '';
    for (let i = 0; i < 9; i++) userCode += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
    const grant: DeviceCodeGrant = {
      ...g,
      deviceCode: randomBytes(48).toString('base64url'),
      userCode,
      polls: 0,
      state: 'pending',
    };
    this.#deviceCodes.set(grant.deviceCode, grant);
    return grant;
  }

  deviceCode(deviceCode: string): DeviceCodeGrant | undefined {
    return this.#deviceCodes.get(deviceCode);
  }

  deviceCodeByUserCode(userCode: string): DeviceCodeGrant | undefined {
    const wanted = userCode.replace(/[\s-]/g, '').toUpperCase();
    for (const g of this.#deviceCodes.values()) if (g.userCode === wanted) return g;
    return undefined;
  }

  addAuthorizationCode(g: Omit<AuthorizationCodeGrant, 'code' | 'redeemed'>): AuthorizationCodeGrant {
    const grant: AuthorizationCodeGrant = {
      ...g,
      code: `1.emu.${randomBytes(48).toString('base64url')}`,
      redeemed: false,
    };
    this.#codes.set(grant.code, grant);
    return grant;
  }

  authorizationCode(code: string): AuthorizationCodeGrant | undefined {
    return this.#codes.get(code);
  }

  /** Drops expired grants so a long-running emulator does not grow without bound. */
  sweep(now = Date.now()): void {
    for (const [k, g] of this.#deviceCodes) if (g.expiresAt < now) this.#deviceCodes.delete(k);
    for (const [k, g] of this.#codes) if (g.expiresAt < now) this.#codes.delete(k);
  }
}
