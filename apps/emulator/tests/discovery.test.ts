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
