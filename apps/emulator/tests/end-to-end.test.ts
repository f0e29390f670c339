// End-to-end tests: real msal-node sign-in, then the Exchange admin API with the built-in service.
import { readFile } from 'node:fs/promises';
import { ConfidentialClientApplication, PublicClientApplication } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { send } from './helpers/https-request.js';
import { emulatorAuth, emulatorSystem } from './helpers/msal-config.js';

// The whole path with the built-in Exchange service: msal-node sign-in, then the admin API with that token.
describe('msal-node token -> Exchange admin API (built-in service)', () => {
  let f: EmulatorFixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(() => f.dispose());

  const invoke = (token: string, cmdlet: string, parameters: Record<string, unknown> = {}, prefix = '') =>
    send(`${f.emu.url}${prefix}/adminapi/beta/${SeedIds.tenantId}/InvokeCommand`, f.ca, {
      json: { CmdletInput: { CmdletName: cmdlet, Parameters: parameters } },
      headers: {
        authorization: `Bearer ${token}`,
        'X-CmdletName': cmdlet,
        'X-ResponseFormat': 'json',
        Prefer: 'odata.maxpagesize=1000',
      },
    });

  it('certificate sign-in (app-only) runs Get-Mailbox', async () => {
    const app = new ConfidentialClientApplication({
      auth: {
        ...emulatorAuth(f.emu, SeedIds.automationAppId, SeedIds.tenantDomain),
        clientCertificate: {
          thumbprintSha256: f.emu.app.thumbprintSha256,
          privateKey: await readFile(f.emu.app.keyFile, 'utf8'),
        },
      },
      system: emulatorSystem(f.ca),
    });
    const r = await app.acquireTokenByClientCredential({ scopes: [f.emu.exchangeScope] });
    const res = await invoke(r?.accessToken ?? '', 'Get-Mailbox', { ResultSize: 2 });
    expect(res.status).toBe(200);
    const body = res.json<{ value: Record<string, unknown>[] }>();
    expect(body.value).toHaveLength(2);
    expect(res.headers['request-id']).toBeTruthy();
  });

  it('device-code sign-in (delegated admin) downloads the module file with exported cmdlets', async () => {
    const app = new PublicClientApplication({
      auth: emulatorAuth(f.emu, SeedIds.exoPowerShellClientId),
      system: emulatorSystem(f.ca),
    });
    const r = await app.acquireTokenByDeviceCode({
      scopes: [f.emu.exchangeScope],
      deviceCodeCallback: () => undefined,
    });
    const res = await send(
      `${f.emu.url}/AdminApi/v1.0/${SeedIds.tenantId}/EXOModuleFile?Version=3.7.1`,
      f.ca,
      {
        headers: { authorization: `Bearer ${r?.accessToken ?? ''}`, CommandName: '*' },
      },
    );
    expect(res.status).toBe(200);
    const file = res.json<{ value: { exportedCmdlets: string }[] }>().value[0];
    expect(file?.exportedCmdlets.split(',')).toContain('Get-Mailbox');
  });

  it('an unknown cmdlet gets an Exchange error, not a crash', async () => {
    const app = new ConfidentialClientApplication({
      auth: {
        ...emulatorAuth(f.emu, SeedIds.automationAppId, SeedIds.tenantId),
        clientSecret: f.emu.app.clientSecret,
      },
      system: emulatorSystem(f.ca),
    });
    const r = await app.acquireTokenByClientCredential({
      scopes: ['https://outlook.office365.com/.default'],
    });
    const res = await invoke(r?.accessToken ?? '', 'Get-NoSuchThing');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.json()).toHaveProperty('error');
    expect((await send(`${f.emu.url}/health`, f.ca)).status).toBe(200);
  });
});
