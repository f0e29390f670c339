// One token source per sign-in flow, over @azure/msal-node (imported lazily, in the I/O worker only).
import { X509Certificate, createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import type * as MsalModule from '@azure/msal-node';
import type { AccountInfo } from '@azure/msal-node';
import type { HttpsTransport } from '../transport/https-transport.js';
import { fileCachePlugin } from './token-cache.js';
import { loadMsal } from './load-msal.js';
import type { SignInPayload, TokenSource } from './sign-in-types.js';

type Msal = typeof MsalModule;
let msalModule: Msal | undefined;
const msal = async (): Promise<Msal> => (msalModule ??= loadMsal());

/** Loads msal-node ahead of the first sign-in (see warmUp in ops.ts). */
export const preloadMsal = async (): Promise<void> => void (await msal());

function authConfig(p: SignInPayload) {
  return {
    clientId: p.clientId,
    authority: p.authority,
    ...(p.knownAuthorities ? { knownAuthorities: [...p.knownAuthorities] } : {}),
  };
}

function expiry(result: { expiresOn: Date | null } | null): number {
  return result?.expiresOn ? result.expiresOn.getTime() : Date.now() + 3600_000;
}

/** Renews 5 minutes early, as MSAL does. */
const fresh = (expiresOn: number) => expiresOn - Date.now() > 300_000;

/** Keeps the last token while it is fresh: every REST call asks, and MSAL's own cache lookup costs ~1-3 ms. */
function keepingFresh(
  acquire: (force: boolean, claims?: string) => Promise<{ accessToken: string; expiresOn: number }>,
) {
  let current: { accessToken: string; expiresOn: number } | undefined;
  return async (force?: boolean, claims?: string) => {
    if (current && !force && claims === undefined && fresh(current.expiresOn)) return current;
    current = await acquire(force === true || claims !== undefined, claims);
    return current;
  };
}

function certificateSource(p: SignInPayload, transport: HttpsTransport, m: Msal): TokenSource {
  const cert = p.certificate;
  if (!cert) throw new Error('A certificate is required for certificate-based authentication.');
  const x509 = new X509Certificate(cert.certificatePem);
  const thumbprintSha256 = createHash('sha256').update(x509.raw).digest('hex').toUpperCase();
  // The engine thread hands over the key already decrypted, as PKCS#8 PEM (src/certificates).
  const privateKey = cert.privateKeyPem;
  const app = new m.ConfidentialClientApplication({
    auth: { ...authConfig(p), clientCertificate: { thumbprintSha256, privateKey, x5c: cert.certificatePem } },
    system: { networkClient: transport.msalNetworkClient() },
  });
  return {
    token: keepingFresh(async (force, claims) => {
      const r = await app.acquireTokenByClientCredential({
        scopes: [p.scope],
        ...(force ? { skipCache: true } : {}),
        ...(claims !== undefined ? { claims } : {}),
      });
      if (!r) throw new Error('The sign-in returned no token.');
      return { accessToken: r.accessToken, expiresOn: expiry(r) };
    }),
  };
}

/** A cached account to reuse: the one named by -UserPrincipalName, or the only one for this authority. */
async function cachedAccount(
  app: MsalModule.PublicClientApplication,
  loginHint: string | undefined,
): Promise<AccountInfo | null> {
  const accounts = await app.getTokenCache().getAllAccounts();
  if (loginHint) return accounts.find((a) => a.username.toLowerCase() === loginHint.toLowerCase()) ?? null;
  return accounts.length === 1 ? (accounts[0] as AccountInfo) : null;
}

function publicClientSource(p: SignInPayload, transport: HttpsTransport, m: Msal): TokenSource {
  const cache = p.flow === 'Credential' ? undefined : fileCachePlugin(p.cacheFile);
  const app = new m.PublicClientApplication({
    auth: authConfig(p),
    system: { networkClient: transport.msalNetworkClient() },
    ...(cache ? { cache: { cachePlugin: cache } } : {}),
  });
  let account: AccountInfo | null = null;
  let triedCache = false;
  let current: { accessToken: string; expiresOn: number } | undefined;
  const first = async () => {
    if (p.flow === 'Device') {
      return app.acquireTokenByDeviceCode({
        scopes: [p.scope],
        deviceCodeCallback: (response) => {
          // The engine thread is blocked waiting for this sign-in: write straight to the terminal.
          writeSync(2, `${response.message}\n`);
        },
      });
    }
    if (p.flow === 'Credential' && p.credential) {
      return app.acquireTokenByUsernamePassword({
        scopes: [p.scope],
        username: p.credential.userName,
        password: p.credential.password,
      });
    }
    return app.acquireTokenInteractive({
      scopes: [p.scope],
      ...(p.loginHint ? { loginHint: p.loginHint } : {}),
      openBrowser: async (url) => {
        const { openBrowser } = await import('./open-browser.js');
        await openBrowser(url);
      },
      successTemplate: 'Authentication complete. You can return to exosh.',
    });
  };
  return {
    warnings: () => (cache?.problem ? [cache.problem] : []),
    async token(force, claims) {
      if (current && !force && claims === undefined && fresh(current.expiresOn)) return current;
      if (!account && !triedCache && cache) {
        // A reconnect reuses the cached sign-in silently; only when that fails does the user sign in again.
        triedCache = true;
        const cached = await cachedAccount(app, p.loginHint);
        if (cached) {
          try {
            const silent = await app.acquireTokenSilent({ account: cached, scopes: [p.scope] });
            account = silent.account;
            current = { accessToken: silent.accessToken, expiresOn: expiry(silent) };
            return current;
          } catch {
            // expired or revoked: a fresh sign-in follows
          }
        }
      }
      const r = account
        ? await app.acquireTokenSilent({
            account,
            scopes: [p.scope],
            forceRefresh: force === true || claims !== undefined,
            ...(claims !== undefined ? { claims } : {}),
          })
        : await first();
      if (!r) throw new Error('The sign-in returned no token.');
      account = r.account;
      current = { accessToken: r.accessToken, expiresOn: expiry(r) };
      return current;
    },
  };
}

function accessTokenSource(p: SignInPayload): TokenSource {
  const token = p.accessToken ?? '';
  const payload = decodeClaims(token);
  const expiresOn = typeof payload['exp'] === 'number' ? payload['exp'] * 1000 : Date.now() + 3600_000;
  return { token: async () => ({ accessToken: token, expiresOn }) };
}

function managedIdentitySource(p: SignInPayload, transport: HttpsTransport, m: Msal): TokenSource {
  const app = new m.ManagedIdentityApplication({
    ...(p.managedIdentityClientId
      ? { managedIdentityIdParams: { userAssignedClientId: p.managedIdentityClientId } }
      : {}),
    system: { networkClient: transport.msalNetworkClient() },
  });
  const resource = p.scope.replace(/\/\.default$/, '');
  return {
    token: keepingFresh(async (force, claims) => {
      const r = await app.acquireToken({
        resource,
        ...(force ? { forceRefresh: true } : {}),
        ...(claims !== undefined ? { claims } : {}),
      });
      return { accessToken: r.accessToken, expiresOn: expiry(r) };
    }),
  };
}

/** What decides the cmdlets a caller gets: who (oid, app), which roles (wids, roles, scp), for which service (aud). */
export function roleFingerprint(claims: Readonly<Record<string, unknown>>): string {
  const list = (v: unknown) =>
    Array.isArray(v) ? v.map(String).sort() : typeof v === 'string' ? v.split(' ').sort() : [];
  const facts = {
    tid: claims['tid'] ?? '',
    oid: claims['oid'] ?? '',
    app: claims['appid'] ?? claims['azp'] ?? '',
    aud: claims['aud'] ?? '',
    wids: list(claims['wids']),
    roles: list(claims['roles']),
    scp: list(claims['scp']),
  };
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex');
}

/** The claims of a JWT, for facts about it (tenant, user, expiry); the signature is the service's to check. */
export function decodeClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function createTokenSource(p: SignInPayload, transport: HttpsTransport): Promise<TokenSource> {
  if (p.flow === 'AccessToken') return accessTokenSource(p);
  const m = await msal();
  switch (p.flow) {
    case 'Certificate':
      return certificateSource(p, transport, m);
    case 'ManagedIdentity':
      return managedIdentitySource(p, transport, m);
    default:
      return publicClientSource(p, transport, m);
  }
}
