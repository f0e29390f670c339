// What the engine thread sends to sign in, and what comes back: never a token, only facts about it.
export type SignInFlow =
  'Device' | 'Certificate' | 'AccessToken' | 'ManagedIdentity' | 'Credential' | 'Interactive';

export interface SignInPayload {
  readonly authKey: string;
  readonly flow: SignInFlow;
  readonly clientId: string;
  /** `<authority host>/<tenant segment>`. */
  readonly authority: string;
  /** `<resource>/.default`. */
  readonly scope: string;
  readonly knownAuthorities?: readonly string[];
  /** Emulator only: the CA to trust, in this worker only. */
  readonly caPem?: string;
  readonly loginHint?: string;
  readonly certificate?: {
    readonly certificatePem: string;
    /** Unencrypted PKCS#8 PEM (secret: never logged). */
    readonly privateKeyPem: string;
  };
  readonly accessToken?: string;
  readonly managedIdentityClientId?: string;
  readonly managedIdentityEndpoint?: string;
  readonly credential?: { readonly userName: string; readonly password: string };
  /** Where delegated sign-ins are cached (default ~/.exosh/msal-token-cache.json, or $EXOSH_CACHE_DIR). */
  readonly cacheFile?: string;
}

export interface SignInResult {
  /** Things the user should hear about (a damaged token cache that was rebuilt). */
  readonly warnings: readonly string[];
  readonly expiresOn: number;
  readonly tenantId: string;
  readonly userPrincipalName: string;
  readonly appId: string;
  /**
   * SHA-256 over the token's identity and role claims (oid, appid, wids, roles, scp, aud): keys the module metadata
   * cache, so a different caller or role set never reuses another's cmdlets. Not a secret, and no claim is sent.
   */
  readonly roleFingerprint: string;
}

export interface TokenSource {
  /**
   * A valid access token, renewed silently when it is close to expiry (or when forced after a 401). `claims`
   * (a CAE challenge's JSON) forces a new token that carries them, past every cache.
   */
  token(
    force?: boolean,
    claims?: string,
  ): Promise<{ readonly accessToken: string; readonly expiresOn: number }>;
  /** Problems met along the way that did not stop the sign-in. */
  warnings?(): readonly string[];
}
