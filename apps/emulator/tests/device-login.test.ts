// Tests of device-code approval by a person: the /devicelogin page, declines, and the control endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { send } from './helpers/https-request.js';
import { claims } from './helpers/jwt.js';

describe('device-code approval without auto-approve', () => {
  let f: EmulatorFixture;
  beforeAll(async () => {
    f = await startFixture({ autoApprove: false });
  });
  afterAll(() => f.dispose());

  const start = async () => {
    const dc = await send(`${f.emu.url}/organizations/oauth2/v2.0/devicecode`, f.ca, {
      form: { client_id: SeedIds.exoPowerShellClientId, scope: `${f.emu.exchangeScope} offline_access` },
    });
    expect(dc.status).toBe(200);
    const body = dc.json<{
      user_code: string;
      device_code: string;
      verification_uri: string;
      interval: number;
    }>();
    expect(body.verification_uri).toBe(`${f.emu.url}/devicelogin`);
    expect(body.interval).toBe(0);
    return body;
  };
  const poll = (deviceCode: string) =>
    send(`${f.emu.url}/organizations/oauth2/v2.0/token`, f.ca, {
      form: {
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        client_id: SeedIds.exoPowerShellClientId,
        device_code: deviceCode,
      },
    });

  it('stays pending until a user signs in on the /devicelogin page, then is single-use', async () => {
    const { user_code, device_code } = await start();
    for (let i = 0; i < 3; i++)
      expect((await poll(device_code)).json()).toMatchObject({
        error: 'authorization_pending',
        error_codes: [70016],
      });
    const page = await send(`${f.emu.url}/devicelogin`, f.ca, {
      form: { user_code: user_code.toLowerCase(), username: SeedIds.userUpn },
    });
    expect(page.status).toBe(200);
    expect(page.text).toContain(`signed in as ${SeedIds.userUpn}`);
    const ok = await poll(device_code);
    expect(ok.status).toBe(200);
    expect(claims(String(ok.json().access_token)).upn).toBe(SeedIds.userUpn);
    expect((await poll(device_code)).json()).toMatchObject({ error: 'invalid_grant', error_codes: [70000] });
  });

  it('a declined sign-in ends the flow with authorization_declined', async () => {
    const { user_code, device_code } = await start();
    const r = await send(`${f.emu.url}/_emulator/device/approve`, f.ca, {
      json: { user_code, decline: true },
    });
    expect(r.json()).toMatchObject({ ok: true, state: 'declined' });
    expect((await poll(device_code)).json()).toMatchObject({ error: 'authorization_declined' });
  });

  it('the control endpoint refuses unknown codes and unknown users', async () => {
    expect(
      (await send(`${f.emu.url}/_emulator/device/approve`, f.ca, { json: { user_code: 'NOPE' } })).status,
    ).toBe(404);
    const { user_code } = await start();
    const r = await send(`${f.emu.url}/_emulator/device/approve`, f.ca, {
      json: { user_code, upn: 'ghost@contoso.onmicrosoft.com' },
    });
    expect(r.status).toBe(409);
  });

  it('devicecode refuses confidential clients and unknown resources', async () => {
    const conf = await send(`${f.emu.url}/organizations/oauth2/v2.0/devicecode`, f.ca, {
      form: { client_id: SeedIds.automationAppId, scope: f.emu.exchangeScope },
    });
    expect(conf.json()).toMatchObject({ error: 'invalid_client', error_codes: [7000218] });
    const res = await send(`${f.emu.url}/organizations/oauth2/v2.0/devicecode`, f.ca, {
      form: { client_id: SeedIds.exoPowerShellClientId, scope: 'https://nowhere.example/.default' },
    });
    expect(res.json()).toMatchObject({ error: 'invalid_resource', error_codes: [500011] });
  });
});
