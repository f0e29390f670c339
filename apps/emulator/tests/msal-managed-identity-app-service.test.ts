// Tests of App Service-style managed identity with real msal-node.
import { ManagedIdentityApplication } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { send } from './helpers/https-request.js';
import { claims } from './helpers/jwt.js';
import { emulatorSystem } from './helpers/msal-config.js';

describe('managed identity, App Service style, with real msal-node', () => {
  let f: EmulatorFixture;
  beforeAll(async () => {
    f = await startFixture();
    process.env.IDENTITY_ENDPOINT = f.emu.managedIdentity.appServiceEndpoint;
    process.env.IDENTITY_HEADER = f.emu.managedIdentity.identityHeader;
  });
  afterAll(async () => {
    delete process.env.IDENTITY_ENDPOINT;
    delete process.env.IDENTITY_HEADER;
    await f.dispose();
  });

  it('gets a compliance token for the user-assigned identity selected by resource id', async () => {
    const app = new ManagedIdentityApplication({
      managedIdentityIdParams: { userAssignedResourceId: SeedIds.userIdentityResourceId },
      system: emulatorSystem(f.ca),
    });
    expect(app.getManagedIdentitySource()).toBe('AppService');
    const r = await app.acquireToken({ resource: f.emu.complianceUrl });
    expect(claims(r.accessToken)).toMatchObject({
      aud: f.emu.complianceUrl,
      appid: SeedIds.userIdentityAppId,
      idtyp: 'app',
    });
  });

  it('rejects a wrong X-IDENTITY-HEADER', async () => {
    const res = await send(
      `${f.emu.managedIdentity.appServiceEndpoint}?api-version=2019-08-01&resource=${encodeURIComponent(f.emu.url)}`,
      f.ca,
      {
        headers: { 'X-IDENTITY-HEADER': 'wrong' },
      },
    );
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_request', error_codes: [90014] });
  });
});
