// Tests of OpenID discovery, JWKS, instance discovery, and how scopes map to token audiences.
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { send } from './helpers/https-request.js';
import { appToken } from './helpers/tokens.js';

describe('OpenID discovery, JWKS and instance discovery', () => {
  let f: EmulatorFixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.dispose());

  it.each([
    [SeedIds.tenantId, SeedIds.tenantId],
    [SeedIds.tenantId.toUpperCase(), SeedIds.tenantId],
    ['contoso.onmicrosoft.com', SeedIds.tenantId],
    ['CONTOSO.COM', SeedIds.tenantId],
    ['organizations', '{tenantid}'],
    ['common', '{tenantid}'],
  ])(
    'openid-configuration for %s has issuer tenant %s and sibling token/devicecode endpoints',
    async (segment, issuerTenant) => {
      const res = await send(`${f.emu.url}/${segment}/v2.0/.well-known/openid-configuration`, f.ca);
      expect(res.status).toBe(200);
      const doc = res.json<Record<string, string>>();
      expect(doc.issuer).toBe(`${f.emu.url}/${issuerTenant}/v2.0`);
      expect(doc.token_endpoint).toBe(`${f.emu.url}/${segment}/oauth2/v2.0/token`);
      expect(doc.token_endpoint?.replace('/token', '/devicecode')).toBe(doc.device_authorization_endpoint);
      expect(doc.authorization_endpoint).toBe(`${f.emu.url}/${segment}/oauth2/v2.0/authorize`);
    },
  );

  it('serves the OIDC-mode path too, and Entra errors for unknown tenants', async () => {
    expect((await send(`${f.emu.url}/organizations/.well-known/openid-configuration`, f.ca)).status).toBe(
      200,
    );
    const res = await send(`${f.emu.url}/fabrikam.com/v2.0/.well-known/openid-configuration`, f.ca);
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_request', error_codes: [90002] });
  });

  it('JWKS verifies the access tokens the emulator issues', async () => {
    const keys = (await send(`${f.emu.url}/${SeedIds.tenantId}/discovery/v2.0/keys`, f.ca)).json();
    const token = await appToken(f, `${f.emu.url}/.default`);
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(keys as never), {
      issuer: `${f.emu.url}/${SeedIds.tenantId}/v2.0`,
      audience: f.emu.url,
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.tid).toBe(SeedIds.tenantId);
  });

  it('instance discovery gives cloudDiscoveryMetadata with a stable cache alias', async () => {
    const res = await send(
      `${f.emu.url}/common/discovery/instance?api-version=1.1&authorization_endpoint=x`,
      f.ca,
    );
    const host = new URL(f.emu.url).host;
    expect(res.json()).toEqual({
      tenant_discovery_endpoint: `${f.emu.url}/common/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [
        {
          preferred_network: host,
          preferred_cache: 'exosh-emulator.local',
          aliases: [host, 'exosh-emulator.local'],
        },
      ],
    });
  });
});

describe('scope to resource mapping', () => {
  // Each row: requested scopes -> the token audience and scp, or the refusal.
  const rows: readonly [string, string | undefined, string | undefined][] = [
    ['$URL/.default', '$URL', 'Exchange.Manage'],
    ['$URL//.default openid profile offline_access', '$URL', 'Exchange.Manage'],
    ['https://outlook.office365.com/.default', 'https://outlook.office365.com', 'Exchange.Manage'],
    ['https://OUTLOOK.office365.com/Exchange.Manage', 'https://outlook.office365.com', 'Exchange.Manage'],
    ['00000002-0000-0ff1-ce00-000000000000/.default', 'https://outlook.office365.com', 'Exchange.Manage'],
    ['$URL/compliance/.default', '$URL/compliance', 'Exchange.Manage'],
    [
      'https://ps.compliance.protection.outlook.com/.default',
      'https://ps.compliance.protection.outlook.com',
      'Exchange.Manage',
    ],
    ['openid profile', 'https://graph.microsoft.com', 'User.Read'],
    ['User.Read Mail.Read', 'https://graph.microsoft.com', 'User.Read Mail.Read'],
    ['$URL/.default https://graph.microsoft.com/User.Read', undefined, undefined],
    ['https://unknown.example/.default', undefined, undefined],
  ];
  let f: EmulatorFixture;
  beforeAll(async () => {
    f = await startFixture({ settings: { deviceCodePendingPolls: 0 } });
  });
  afterAll(() => f.dispose());

  it.each(rows)('%s', async (scope, aud, scp) => {
    const fill = (s: string) => s.replaceAll('$URL', f.emu.url);
    const base = `${f.emu.url}/organizations/oauth2/v2.0`;
    const dc = await send(`${base}/devicecode`, f.ca, {
      form: { client_id: SeedIds.exoPowerShellClientId, scope: fill(scope) },
    });
    if (aud === undefined) {
      expect(dc.status).toBe(400);
      expect(['invalid_scope', 'invalid_resource']).toContain(dc.json().error);
      return;
    }
    const tok = await send(`${base}/token`, f.ca, {
      form: {
        grant_type: 'device_code',
        client_id: SeedIds.exoPowerShellClientId,
        device_code: String(dc.json().device_code),
      },
    });
    const { decodeJwt } = await import('jose');
    expect(decodeJwt(String(tok.json().access_token))).toMatchObject({ aud: fill(aud), scp });
  });
});
