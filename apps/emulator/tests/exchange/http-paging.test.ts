// Over real HTTPS with a real msal-node token: nextLink continuation by POST, role-filtered module file.
import { ConfidentialClientApplication } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../../src/index.js';
import { startFixture, type EmulatorFixture } from '../helpers/emulator-fixture.js';
import { send } from '../helpers/https-request.js';
import { emulatorAuth, emulatorSystem } from '../helpers/msal-config.js';

describe('Exchange admin API over HTTPS', () => {
  let f: EmulatorFixture;
  let token = '';
  beforeAll(async () => {
    f = await startFixture();
    const app = new ConfidentialClientApplication({
      auth: {
        ...emulatorAuth(f.emu, SeedIds.automationAppId, SeedIds.tenantId),
        clientSecret: f.emu.app.clientSecret,
      },
      system: emulatorSystem(f.ca),
    });
    token = (await app.acquireTokenByClientCredential({ scopes: [f.emu.exchangeScope] }))?.accessToken ?? '';
  });
  afterAll(() => f.dispose());

  it('follows @odata.nextLink by POSTing the same body until every recipient is read once', async () => {
    const request = { CmdletInput: { CmdletName: 'Get-Recipient', Parameters: { ResultSize: 'Unlimited' } } };
    let url: string | undefined = `${f.emu.url}/adminapi/beta/${SeedIds.tenantId}/InvokeCommand`;
    const names: string[] = [];
    let pages = 0;
    while (url) {
      const res = await send(url, f.ca, {
        json: request,
        headers: {
          authorization: `Bearer ${token}`,
          prefer: 'odata.maxpagesize=10',
          'X-ResponseFormat': 'json',
        },
      });
      expect(res.status).toBe(200);
      const b = res.json<{ value: { Name: string }[]; '@odata.nextLink'?: string }>();
      names.push(...b.value.map((o) => o.Name));
      url = b['@odata.nextLink'];
      pages++;
    }
    expect(pages).toBe(6);
    expect(names).toHaveLength(56);
    expect(new Set(names).size).toBe(56);
  });

  it("serves the module file for the app's role", async () => {
    const res = await send(
      `${f.emu.url}/AdminApi/v1.0/${SeedIds.tenantId}/EXOModuleFile?Version=3.7.1`,
      f.ca,
      {
        headers: { authorization: `Bearer ${token}`, CommandName: 'Get-Mailbox,Get-Label' },
      },
    );
    expect(res.status).toBe(200);
    expect(res.json<{ value: { exportedCmdlets: string }[] }>().value[0]?.exportedCmdlets).toBe(
      'Get-Mailbox',
    );
  });
});
