// Tests of IMDS-style managed identity with real msal-node.
import { ManagedIdentityApplication } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { send } from './helpers/https-request.js';
import { claims } from './helpers/jwt.js';
import { emulatorSystem } from './helpers/msal-config.js';

// msal-node picks and caches its managed-identity source per process, so IMDS and App Service live in separate files.
describe('managed identity, IMDS style, with real msal-node', () => {
  let f: EmulatorFixture;
  beforeAll(async () => {
    f = await startFixture();
    process.env.AZURE_POD_IDENTITY_AUTHORITY_HOST = f.emu.managedIdentity.imdsHost;
  });
  afterAll(async () => {
    delete process.env.AZURE_POD_IDENTITY_AUTHORITY_HOST;
    await f.dispose();
  });

  it('gets an app-only Exchange token for the system-assigned identity', async () => {
    const app = new ManagedIdentityApplication({ system: emulatorSystem(f.ca) });
    expect(app.getManagedIdentitySource()).toMatch(/Imds$/);
    const r = await app.acquireToken({ resource: f.emu.url });
    expect(claims(r.accessToken)).toMatchObject({
      aud: f.emu.url,
      appid: SeedIds.systemIdentityAppId,
      oid: SeedIds.systemIdentitySpId,
      idtyp: 'app',
      roles: ['Exchange.ManageAsApp'],
    });
  });

  it('selects a user-assigned identity by client id', async () => {
    const app = new ManagedIdentityApplication({
      managedIdentityIdParams: { userAssignedClientId: SeedIds.userIdentityAppId },
      system: emulatorSystem(f.ca),
    });
    const r = await app.acquireToken({ resource: 'https://outlook.office365.com' });
    expect(claims(r.accessToken)).toMatchObject({
      aud: 'https://outlook.office365.com',
      appid: SeedIds.userIdentityAppId,
    });
  });

  it('requires the Metadata header, as IMDS does', async () => {
    const res = await send(
      `${f.emu.url}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(f.emu.url)}`,
      f.ca,
    );
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_request', error_codes: [90014] });
  });
});
