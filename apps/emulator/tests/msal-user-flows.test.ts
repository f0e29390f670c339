// Tests of delegated sign-in with real msal-node: device code, interactive, silent refresh, revocation.
import {
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AuthenticationResult,
} from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { send } from './helpers/https-request.js';
import { claims } from './helpers/jwt.js';
import { emulatorAuth, emulatorSystem } from './helpers/msal-config.js';
import { simulatedBrowser, type BrowserVisit } from './helpers/simulated-browser.js';

describe('delegated sign-in with real msal-node', () => {
  let f: EmulatorFixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.dispose());

  const pca = (tenant = 'organizations') =>
    new PublicClientApplication({
      auth: emulatorAuth(f.emu, SeedIds.exoPowerShellClientId, tenant),
      system: emulatorSystem(f.ca),
    });

  it('device code is auto-approved for the default admin after one pending poll', async () => {
    const app = pca();
    const messages: string[] = [];
    const r = await app.acquireTokenByDeviceCode({
      scopes: [f.emu.exchangeScope],
      deviceCodeCallback: (d) => void messages.push(d.message),
    });
    expect(messages[0]).toMatch(/enter the code [A-Z0-9]{9} to authenticate/);
    expect(r?.account?.username).toBe(SeedIds.adminUpn);
    expect(r?.account?.homeAccountId).toBe(`${SeedIds.adminObjectId}.${SeedIds.tenantId}`);
    expect(claims(r?.accessToken ?? '')).toMatchObject({
      aud: f.emu.url,
      upn: SeedIds.adminUpn,
      idtyp: 'user',
      scp: 'Exchange.Manage',
      appid: SeedIds.exoPowerShellClientId,
    });
  });

  it('device code waits for approval through the control endpoint when auto-approve is off', async () => {
    f.emu.settings.autoApprove = false;
    try {
      const app = pca(SeedIds.tenantDomain);
      const r = await app.acquireTokenByDeviceCode({
        scopes: [f.emu.exchangeScope],
        deviceCodeCallback: (d) => {
          void send(`${f.emu.url}/_emulator/device/approve`, f.ca, {
            json: { user_code: d.userCode, upn: SeedIds.readerUpn },
          });
        },
      });
      expect(r?.account?.username).toBe(SeedIds.readerUpn);
      expect(claims(r?.accessToken ?? '').wids).toEqual(['f2ef992c-3afb-46b9-b7cf-a126ee74c451']);
    } finally {
      f.emu.settings.autoApprove = true;
    }
  });

  it('interactive sign-in: form_post page, PKCE S256, login_hint and nonce round-trip', async () => {
    const visits: BrowserVisit[] = [];
    const app = pca();
    const r = await app.acquireTokenInteractive({
      scopes: [f.emu.exchangeScope],
      loginHint: SeedIds.userUpn,
      openBrowser: simulatedBrowser(f.ca, visits),
      successTemplate: 'ok',
    });
    expect(visits).toHaveLength(1);
    expect(visits[0]?.authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(visits[0]?.authorizeUrl.searchParams.get('response_mode')).toBe('form_post');
    expect(Object.keys(visits[0]?.fields ?? {}).sort()).toEqual(['client_info', 'code', 'state']);
    expect(r?.account?.username).toBe(SeedIds.userUpn);
    expect(r?.idTokenClaims).toMatchObject({ preferred_username: SeedIds.userUpn, tid: SeedIds.tenantId });
    // The id_token carries a nonce exactly when the authorize request sent one (msal rejects any other).
    const sentNonce = visits[0]?.authorizeUrl.searchParams.get('nonce') || undefined;
    expect((r?.idTokenClaims as Record<string, unknown>).nonce).toBe(sentNonce);
  });

  it('interactive sign-in with an explicit nonce round-trips it', async () => {
    const visits: BrowserVisit[] = [];
    const r = await pca().acquireTokenInteractive({
      scopes: [f.emu.exchangeScope],
      nonce: 'n-0123456789',
      openBrowser: simulatedBrowser(f.ca, visits),
      successTemplate: 'ok',
    });
    expect(visits[0]?.authorizeUrl.searchParams.get('nonce')).toBe('n-0123456789');
    expect(r?.account?.username).toBe(SeedIds.adminUpn);
    expect((r?.idTokenClaims as Record<string, unknown>).nonce).toBe('n-0123456789');
  });

  it('silent sign-in hits the cache, then refreshes with a rotated refresh token once the access token is expired', async () => {
    const app = pca();
    const first = await app.acquireTokenByDeviceCode({
      scopes: [f.emu.exchangeScope],
      deviceCodeCallback: () => undefined,
    });
    const account = first?.account;
    if (!account) throw new Error('no account');
    const cached = await app.acquireTokenSilent({ account, scopes: [f.emu.exchangeScope] });
    expect(cached.fromCache).toBe(true);
    expect(cached.accessToken).toBe(first?.accessToken);
    // msal treats lifetimes of 300 s or less as expired (its fixed renewal offset), so the next silent call refreshes.
    f.emu.settings.accessTokenLifetimeSec = 120;
    try {
      const refreshed: AuthenticationResult = await app.acquireTokenSilent({
        account,
        scopes: [f.emu.exchangeScope],
        forceRefresh: true,
      });
      expect(refreshed.fromCache).toBe(false);
      const again = await app.acquireTokenSilent({ account, scopes: [f.emu.exchangeScope] });
      expect(again.fromCache).toBe(false);
      expect(again.accessToken).not.toBe(refreshed.accessToken);
      expect(claims(again.accessToken).upn).toBe(SeedIds.adminUpn);
    } finally {
      f.emu.settings.accessTokenLifetimeSec = 3600;
    }
  });

  it('a revoked refresh token makes silent sign-in throw InteractionRequiredAuthError (suberror bad_token)', async () => {
    const app = pca();
    f.emu.settings.accessTokenLifetimeSec = 60;
    try {
      const first = await app.acquireTokenByDeviceCode({
        scopes: [f.emu.exchangeScope],
        deviceCodeCallback: () => undefined,
      });
      const account = first?.account;
      if (!account) throw new Error('no account');
      const res = await send(`${f.emu.url}/_emulator/faults`, f.ca, {
        json: { kind: 'revokeRefreshTokens', upn: SeedIds.adminUpn },
      });
      expect(res.status).toBe(201);
      const err: unknown = await app
        .acquireTokenSilent({ account, scopes: [f.emu.exchangeScope] })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InteractionRequiredAuthError);
      expect(err).toMatchObject({ errorCode: 'invalid_grant', subError: 'bad_token' });
    } finally {
      f.emu.settings.accessTokenLifetimeSec = 3600;
    }
  });
});
