// Tests of token endpoint refusals (Entra ID error shape) and authorization-code/refresh-token rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { send } from './helpers/https-request.js';

interface Case {
  readonly name: string;
  readonly tenant?: string;
  /** `$SECRET` and `$URL` are replaced with the emulator's values. */
  readonly form?: Record<string, string>;
  readonly body?: string;
  readonly contentType?: string;
  readonly method?: string;
  readonly status: number;
  readonly error: string;
  readonly code: number;
  readonly suberror?: string;
}

const app = SeedIds.automationAppId;
const pub = SeedIds.exoPowerShellClientId;

// Each row: a malformed or refused token request and the Entra ID error it must get.
const cases: readonly Case[] = [
  {
    name: 'unknown tenant domain',
    tenant: 'fabrikam.onmicrosoft.com',
    form: { grant_type: 'client_credentials' },
    status: 400,
    error: 'invalid_request',
    code: 90002,
  },
  {
    name: 'unknown tenant GUID',
    tenant: '00000000-0000-0000-0000-000000000001',
    form: {},
    status: 400,
    error: 'invalid_request',
    code: 90002,
  },
  {
    name: 'tenant that is not a domain',
    tenant: 'not_a_domain',
    form: {},
    status: 400,
    error: 'invalid_request',
    code: 900023,
  },
  {
    name: 'JSON instead of a form',
    body: '{"grant_type":"client_credentials"}',
    contentType: 'application/json',
    status: 400,
    error: 'invalid_request',
    code: 9002313,
  },
  { name: 'GET on the token endpoint', method: 'GET', status: 400, error: 'invalid_request', code: 900561 },
  {
    name: 'missing grant_type',
    form: { client_id: app },
    status: 400,
    error: 'invalid_request',
    code: 900144,
  },
  {
    name: 'missing client_id',
    form: { grant_type: 'client_credentials' },
    status: 400,
    error: 'invalid_request',
    code: 900144,
  },
  {
    name: 'unknown client',
    form: { grant_type: 'client_credentials', client_id: '11111111-2222-3333-4444-555555555555' },
    status: 400,
    error: 'unauthorized_client',
    code: 700016,
  },
  {
    name: 'unsupported grant type',
    form: { grant_type: 'password', client_id: pub },
    status: 400,
    error: 'unsupported_grant_type',
    code: 70003,
  },
  {
    name: 'confidential client without credential',
    form: { grant_type: 'client_credentials', client_id: app, scope: '$URL/.default' },
    status: 401,
    error: 'invalid_client',
    code: 7000218,
  },
  {
    name: 'public client doing client credentials',
    form: { grant_type: 'client_credentials', client_id: pub, scope: '$URL/.default' },
    status: 401,
    error: 'invalid_client',
    code: 7000218,
  },
  {
    name: 'client credentials on /organizations',
    tenant: 'organizations',
    form: {
      grant_type: 'client_credentials',
      client_id: app,
      client_secret: '$SECRET',
      scope: '$URL/.default',
    },
    status: 400,
    error: 'invalid_request',
    code: 50059,
  },
  {
    name: 'client credentials without /.default',
    form: {
      grant_type: 'client_credentials',
      client_id: app,
      client_secret: '$SECRET',
      scope: '$URL/Exchange.Manage',
    },
    status: 400,
    error: 'invalid_scope',
    code: 1002012,
  },
  {
    name: 'client credentials without scope',
    form: { grant_type: 'client_credentials', client_id: app, client_secret: '$SECRET' },
    status: 400,
    error: 'invalid_request',
    code: 900144,
  },
  {
    name: 'bad assertion type',
    form: {
      grant_type: 'client_credentials',
      client_id: app,
      client_assertion_type: 'x',
      client_assertion: 'y',
      scope: '$URL/.default',
    },
    status: 400,
    error: 'invalid_request',
    code: 50027,
  },
  {
    name: 'assertion that is not a JWT',
    form: {
      grant_type: 'client_credentials',
      client_id: app,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: 'garbage',
      scope: '$URL/.default',
    },
    status: 401,
    error: 'invalid_client',
    code: 700027,
  },
  {
    name: 'public client presenting a secret',
    form: { grant_type: 'refresh_token', client_id: pub, refresh_token: 'x', client_secret: 'nope' },
    status: 401,
    error: 'invalid_client',
    code: 700025,
  },
  {
    name: 'unknown refresh token',
    form: { grant_type: 'refresh_token', client_id: pub, refresh_token: 'not-issued' },
    status: 400,
    error: 'invalid_grant',
    code: 9002313,
    suberror: 'bad_token',
  },
  {
    name: 'missing refresh token',
    form: { grant_type: 'refresh_token', client_id: pub },
    status: 400,
    error: 'invalid_request',
    code: 900144,
  },
  {
    name: 'unknown device code',
    form: { grant_type: 'device_code', client_id: pub, device_code: 'nope' },
    status: 400,
    error: 'invalid_grant',
    code: 70000,
  },
  {
    name: 'unknown authorization code',
    form: {
      grant_type: 'authorization_code',
      client_id: pub,
      code: 'nope',
      redirect_uri: 'http://localhost:1',
    },
    status: 400,
    error: 'invalid_grant',
    code: 70000,
  },
];

describe('token endpoint errors have Entra ID shape', () => {
  let f: EmulatorFixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.dispose());

  it.each(cases)('$name', async (c) => {
    const fill = (v: string) => v.replace('$SECRET', f.emu.app.clientSecret).replace('$URL', f.emu.url);
    const form = c.form
      ? Object.fromEntries(Object.entries(c.form).map(([k, v]) => [k, fill(v)]))
      : undefined;
    const res = await send(`${f.emu.url}/${c.tenant ?? SeedIds.tenantDomain}/oauth2/v2.0/token`, f.ca, {
      method: c.method ?? 'POST',
      headers: {
        'client-request-id': 'c0ffee00-0000-4000-8000-000000000001',
        ...(c.contentType ? { 'content-type': c.contentType } : {}),
      },
      ...(form ? { form } : {}),
      ...(c.body !== undefined ? { body: c.body } : {}),
    });
    expect(res.status).toBe(c.status);
    const body = res.json();
    expect(body).toMatchObject({
      error: c.error,
      error_codes: [c.code],
      correlation_id: 'c0ffee00-0000-4000-8000-000000000001',
    });
    expect(body.error_description).toMatch(new RegExp(`^AADSTS${c.code}: `));
    expect(body.suberror).toBe(c.suberror);
    expect(typeof body.trace_id).toBe('string');
    expect(typeof body.timestamp).toBe('string');
  });

  it('an authorization code is single-use and bound to its redirect_uri and PKCE verifier', async () => {
    const verifier = 'v'.repeat(50);
    const { createHash } = await import('node:crypto');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const q = new URLSearchParams({
      client_id: pub,
      response_type: 'code',
      redirect_uri: 'http://localhost:9999',
      scope: `${f.emu.url}/.default openid offline_access`,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      response_mode: 'query',
      state: 's1',
    });
    const auth = await send(`${f.emu.url}/organizations/oauth2/v2.0/authorize?${q}`, f.ca);
    expect(auth.status).toBe(302);
    const location = new URL(String(auth.headers.location));
    expect(location.searchParams.get('state')).toBe('s1');
    const code = location.searchParams.get('code') ?? '';
    const redeem = (extra: Record<string, string>) =>
      send(`${f.emu.url}/organizations/oauth2/v2.0/token`, f.ca, {
        form: {
          grant_type: 'authorization_code',
          client_id: pub,
          code,
          redirect_uri: 'http://localhost:9999',
          ...extra,
        },
      });
    expect((await redeem({ code_verifier: 'wrong' })).json()).toMatchObject({ error_codes: [501481] });
    expect(
      (await redeem({ code_verifier: verifier, redirect_uri: 'http://localhost:1' })).json(),
    ).toMatchObject({ error_codes: [50011] });
    const ok = await redeem({ code_verifier: verifier });
    expect(ok.status).toBe(200);
    expect(ok.json()).toHaveProperty('refresh_token');
    expect((await redeem({ code_verifier: verifier })).json()).toMatchObject({ error_codes: [54005] });
    // Rotation: the refresh token works once; the replaced one is refused with bad_token.
    const rt = String(ok.json().refresh_token);
    const refresh = () =>
      send(`${f.emu.url}/organizations/oauth2/v2.0/token`, f.ca, {
        form: {
          grant_type: 'refresh_token',
          client_id: pub,
          refresh_token: rt,
          scope: `${f.emu.url}/.default`,
        },
      });
    // Another client presenting it is refused, and the token stays usable by its own client.
    const stolen = await send(`${f.emu.url}/organizations/oauth2/v2.0/token`, f.ca, {
      form: {
        grant_type: 'refresh_token',
        client_id: app,
        client_secret: f.emu.app.clientSecret,
        refresh_token: rt,
      },
    });
    expect(stolen.json()).toMatchObject({ error: 'invalid_grant', suberror: 'bad_token' });
    const rotated = await refresh();
    expect(rotated.status).toBe(200);
    expect(rotated.json().refresh_token).not.toBe(rt);
    expect((await refresh()).json()).toMatchObject({ error: 'invalid_grant', suberror: 'bad_token' });
  });

  it('the authorize page refuses a redirect URI the app does not have', async () => {
    const q = new URLSearchParams({
      client_id: pub,
      response_type: 'code',
      redirect_uri: 'https://evil.example/cb',
      scope: 'openid',
    });
    const res = await send(`${f.emu.url}/organizations/oauth2/v2.0/authorize?${q}`, f.ca);
    expect(res.status).toBe(400);
    expect(res.text).toContain('AADSTS50011: ');
    expect(res.text).not.toContain('evil.example/cb?code');
  });
});
