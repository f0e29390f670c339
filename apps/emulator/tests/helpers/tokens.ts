// Gets tokens from a running emulator over raw HTTP, and forges tokens with its key (for expiry/audience tests).
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SignJWT } from 'jose';
import { SeedIds } from '../../src/index.js';
import type { EmulatorFixture } from './emulator-fixture.js';
import { send } from './https-request.js';

export async function appToken(
  f: EmulatorFixture,
  scope: string,
  clientId: string = SeedIds.automationAppId,
): Promise<string> {
  const res = await send(`${f.emu.url}/${SeedIds.tenantId}/oauth2/v2.0/token`, f.ca, {
    form: {
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: f.emu.app.clientSecret,
      scope,
    },
  });
  if (res.status !== 200) throw new Error(`token request failed: ${res.text}`);
  return String(res.json().access_token);
}

/** Device code, auto-approved for the default admin: one pending poll, then tokens. */
export async function userToken(f: EmulatorFixture, scope: string): Promise<string> {
  const base = `${f.emu.url}/organizations/oauth2/v2.0`;
  const dc = await send(`${base}/devicecode`, f.ca, {
    form: { client_id: SeedIds.exoPowerShellClientId, scope: `${scope} openid profile offline_access` },
  });
  const poll = () =>
    send(`${base}/token`, f.ca, {
      form: {
        grant_type: 'device_code',
        client_id: SeedIds.exoPowerShellClientId,
        device_code: String(dc.json().device_code),
      },
    });
  const first = await poll();
  if (first.json().error !== 'authorization_pending') throw new Error(`expected pending: ${first.text}`);
  const second = await poll();
  if (second.status !== 200) throw new Error(`device code failed: ${second.text}`);
  return String(second.json().access_token);
}

/** Signs arbitrary claims with the emulator's own key (read from its state folder), or with a foreign key. */
export async function forgeToken(
  f: EmulatorFixture,
  claims: Record<string, unknown>,
  opts: { foreignKey?: boolean } = {},
): Promise<string> {
  const state = JSON.parse(await readFile(path.join(f.dir, 'emulator-state.json'), 'utf8')) as {
    signingKey: { kid: string; privateKeyPem: string };
  };
  const key = opts.foreignKey
    ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
    : createPrivateKey(state.signingKey.privateKeyPem);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iat: now, nbf: now, exp: now + 600, tid: SeedIds.tenantId, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: state.signingKey.kid })
    .sign(key);
}
