// Tests of app-only sign-in with real msal-node: certificate (PS256 and RS256) and client secret.
import { readFile } from 'node:fs/promises';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { claims } from './helpers/jwt.js';
import { emulatorAuth, emulatorSystem } from './helpers/msal-config.js';

describe('client credentials with real msal-node', () => {
  let f: EmulatorFixture;
  let certPem: string;
  let keyPem: string;
  beforeAll(async () => {
    f = await startFixture();
    certPem = await readFile(f.emu.app.certFile, 'utf8');
    keyPem = await readFile(f.emu.app.keyFile, 'utf8');
  });
  afterAll(() => f.dispose());

  const cca = (
    clientCredential: Record<string, unknown>,
    clientId: string = SeedIds.automationAppId,
    tenant: string = SeedIds.tenantDomain,
  ) =>
    new ConfidentialClientApplication({
      auth: { ...emulatorAuth(f.emu, clientId, tenant), ...clientCredential },
      system: emulatorSystem(f.ca),
    });

  it('signs in with the registered certificate (PS256, x5t#S256) and gets an Exchange app token', async () => {
    const app = cca({
      clientCertificate: { thumbprintSha256: f.emu.app.thumbprintSha256, privateKey: keyPem, x5c: certPem },
    });
    const r = await app.acquireTokenByClientCredential({ scopes: [f.emu.exchangeScope] });
    const c = claims(r?.accessToken ?? '');
    expect(c).toMatchObject({
      aud: f.emu.url,
      tid: SeedIds.tenantId,
      appid: SeedIds.automationAppId,
      idtyp: 'app',
      roles: ['Exchange.ManageAsApp'],
      appidacr: '2',
    });
    expect(c.wids).toContain('29232cdf-9323-42fd-ade2-1d097af3e4de');
  });

  it('signs in with the deprecated SHA-1 thumbprint (RS256, x5t) for the outlook.office365.com audience', async () => {
    const app = cca({ clientCertificate: { thumbprint: f.emu.app.thumbprint, privateKey: keyPem } });
    const r = await app.acquireTokenByClientCredential({
      scopes: ['https://outlook.office365.com/.default'],
    });
    expect(claims(r?.accessToken ?? '').aud).toBe('https://outlook.office365.com');
  });

  it('signs in with the client secret, with the tenant given by GUID in upper case', async () => {
    const app = cca(
      { clientSecret: f.emu.app.clientSecret },
      SeedIds.automationAppId,
      SeedIds.tenantId.toUpperCase(),
    );
    const r = await app.acquireTokenByClientCredential({ scopes: [f.emu.complianceScope] });
    expect(claims(r?.accessToken ?? '')).toMatchObject({ aud: f.emu.complianceUrl, appidacr: '1' });
  });

  it('rejects a wrong secret with AADSTS7000215', async () => {
    const app = cca({ clientSecret: 'not-the-secret' });
    await expect(app.acquireTokenByClientCredential({ scopes: [f.emu.exchangeScope] })).rejects.toMatchObject(
      {
        errorCode: 'invalid_client',
        errorMessage: expect.stringMatching(/Description: AADSTS7000215: /),
      },
    );
  });

  it('rejects a certificate that is not registered with AADSTS700027', async () => {
    const app = cca({ clientCertificate: { thumbprintSha256: 'AB'.repeat(32), privateKey: keyPem } });
    await expect(app.acquireTokenByClientCredential({ scopes: [f.emu.exchangeScope] })).rejects.toMatchObject(
      {
        errorCode: 'invalid_client',
        errorMessage: expect.stringMatching(/Description: AADSTS700027: The certificate with identifier/),
      },
    );
  });

  it('rejects an assertion signed by another key for the registered thumbprint', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    const app = cca({
      clientCertificate: { thumbprintSha256: f.emu.app.thumbprintSha256, privateKey: other },
    });
    await expect(app.acquireTokenByClientCredential({ scopes: [f.emu.exchangeScope] })).rejects.toMatchObject(
      {
        errorCode: 'invalid_client',
        errorMessage: expect.stringMatching(
          /Description: AADSTS700027: Client assertion failed signature validation/,
        ),
      },
    );
  });

  it('rejects an unknown resource with AADSTS500011', async () => {
    const app = cca({ clientSecret: f.emu.app.clientSecret });
    await expect(
      app.acquireTokenByClientCredential({ scopes: ['https://example.invalid/.default'] }),
    ).rejects.toMatchObject({
      errorCode: 'invalid_resource',
      errorMessage: expect.stringMatching(/Description: AADSTS500011: /),
    });
  });
});
