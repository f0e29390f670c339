// Bridge operations run in the I/O worker: sign-in, sign-out and authenticated REST calls. Tokens stay here.
import type { BridgeOperationContext } from '@exosh/runtime';
import { HttpsTransport, TransportError } from '../transport/https-transport.js';
import type { SignInPayload, SignInResult, TokenSource } from './sign-in-types.js';
import { createTokenSource, decodeClaims, preloadMsal, roleFingerprint } from './token-sources.js';
import { describeSignInError } from './sign-in-errors.js';
import { claimsFromChallenge } from './claims-challenge.js';
import { isRetryable, retryDelayMs } from '../rest/retry-policy.js';
import type { CertificateRequest, LoadedCertificate } from '../certificates/certificate-material.js';

interface Session {
  readonly source: TokenSource;
  readonly transport: HttpsTransport;
}

/** The worker is one process-wide edge: its sessions live as long as it does. */
const sessions = new Map<string, Session>();
const transports = new Map<string, HttpsTransport>();

function transportFor(caPem: string | undefined): HttpsTransport {
  const key = caPem ?? '';
  let t = transports.get(key);
  if (!t) transports.set(key, (t = new HttpsTransport(caPem ? { caPem } : {})));
  return t;
}

/**
 * Run through SyncBridge.warm() when the module registers: msal-node (the worker's biggest load) is ready before
 * the first Connect asks for a token, while the engine thread is still parsing and binding.
 */
export async function warmUp(): Promise<void> {
  await preloadMsal();
}

export async function signIn(payload: SignInPayload): Promise<SignInResult> {
  const transport = transportFor(payload.caPem);
  transport.takeLastFailure(); // only this sign-in's own network failure may explain its error
  try {
    const source = await createTokenSource(payload, transport);
    const first = await source.token();
    sessions.set(payload.authKey, { source, transport });
    const claims = decodeClaims(first.accessToken);
    const appId = String(claims['appid'] ?? claims['azp'] ?? payload.clientId);
    const upn = claims['upn'] ?? claims['unique_name'] ?? claims['preferred_username'];
    return {
      warnings: source.warnings?.() ?? [],
      expiresOn: first.expiresOn,
      tenantId: String(claims['tid'] ?? ''),
      userPrincipalName: typeof upn === 'string' ? upn : '',
      appId,
      roleFingerprint: roleFingerprint(claims),
    };
  } catch (err) {
    throw describeSignInError(err, 'SignInFailed', transport.takeLastFailure());
  }
}

/** Reads a certificate (and its key) for X509Certificate2 and -Certificate*; PKCS#12 decoding loads only here. */
export async function loadCertificate(req: CertificateRequest): Promise<LoadedCertificate> {
  const { readCertificateBytes, readCertificateFile } = await import('../certificates/read-certificate.js');
  switch (req.kind) {
    case 'file':
      return readCertificateFile(req.path, req.password);
    case 'bytes':
      return readCertificateBytes(Buffer.from(req.base64, 'base64'), req.password);
    case 'thumbprint': {
      const { findCertificateByThumbprint } = await import('../certificates/find-by-thumbprint.js');
      return findCertificateByThumbprint(req.thumbprint, req.folders, req.password);
    }
  }
}

export function signOut(payload: { readonly authKey: string }): boolean {
  return sessions.delete(payload.authKey);
}

export interface RestRequest {
  readonly authKey: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Base of the exponential backoff (2 s in production; tests shorten it). */
  readonly retryBaseMs?: number;
  readonly maxRetries?: number;
  /** The HTTP timeout (the module's 960 s, longer for a few cmdlets). */
  readonly timeoutMs?: number;
  /** A successful answer's body comes back as UTF-8 `bytes` (and `text` empty): pages scanned item by item. */
  readonly bodyAsBytes?: boolean;
}

export interface RestResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  readonly bytes?: Uint8Array;
  /** When the token source had to renew: its new expiry, for Get-ConnectionInformation. */
  readonly tokenExpiresOn: number;
  readonly retries: number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new Error('The operation was cancelled.'));
    });
  });

/**
 * One admin-API request with the module's policy (src/rest/retry-policy.ts): 401 refreshes the token once; 429 waits
 * Retry-After; 503, 504 and the transient server exceptions back off 2 s x 2^n; dropped connections back off too.
 */
export async function invokeRest(
  req: RestRequest,
  { signal }: BridgeOperationContext,
): Promise<RestResponse> {
  const session = sessions.get(req.authKey);
  if (!session)
    throw Object.assign(new Error('The connection has been closed. Run Connect-ExchangeOnline again.'), {
      name: 'ConnectionClosed',
    });
  const base = req.retryBaseMs ?? 2000;
  const max = req.maxRetries ?? 5;
  let refreshed = false;
  for (let attempt = 0; ; attempt++) {
    let token;
    try {
      token = await session.source.token(false);
    } catch (err) {
      throw describeSignInError(err, 'TokenRefreshFailed');
    }
    let res;
    try {
      res = await session.transport.send({
        method: req.method,
        url: req.url,
        headers: { ...req.headers, authorization: `Bearer ${token.accessToken}` },
        ...(req.body !== undefined ? { body: req.body } : {}),
        signal,
        ...(req.timeoutMs !== undefined ? { timeoutMs: req.timeoutMs } : {}),
      });
    } catch (err) {
      if (signal.aborted) throw new Error('The operation was cancelled.', { cause: err });
      if (
        err instanceof TransportError &&
        attempt < max &&
        err.code !== 'ENOTFOUND' &&
        err.code !== 'ECONNREFUSED'
      ) {
        await sleep(base * 2 ** attempt, signal);
        continue;
      }
      throw err;
    }
    if (res.status === 401 && !refreshed) {
      // Once per call, as the module: a CAE challenge's claims go into the new token request, else a plain refresh.
      refreshed = true;
      const claims = claimsFromChallenge(res.headers['www-authenticate']);
      try {
        await session.source.token(true, claims);
      } catch (err) {
        throw describeSignInError(err, 'TokenRefreshFailed');
      }
      continue;
    }
    if (res.status !== 401 && isRetryable(res.status, res.text) && attempt < max) {
      await sleep(retryDelayMs(res.status, res.headers, attempt, base), signal);
      continue;
    }
    const asBytes = req.bodyAsBytes === true && res.status >= 200 && res.status < 300;
    return {
      status: res.status,
      headers: res.headers,
      ...(asBytes ? { text: '', bytes: res.bytes } : { text: res.text }),
      tokenExpiresOn: token.expiresOn,
      retries: attempt,
    };
  }
}
