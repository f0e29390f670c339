// Tests of the Exchange admin API routes: bearer-token checks and what the service receives.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { recordingService, type RecordedCall } from './helpers/fake-exchange-service.js';
import { send } from './helpers/https-request.js';
import { appToken, forgeToken, userToken } from './helpers/tokens.js';

const invokeBody = { CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 1 } } };

describe('Exchange admin API routes: bearer authentication and the service seam', () => {
  let f: EmulatorFixture;
  const calls: RecordedCall[] = [];
  let exoApp: string;
  beforeAll(async () => {
    f = await startFixture({ exchangeService: () => recordingService(calls) });
    exoApp = await appToken(f, `${f.emu.url}/.default`);
  });
  afterAll(() => f.dispose());
  beforeEach(() => {
    calls.length = 0;
  });

  const invoke = (
    token: string | undefined,
    tenant: string = SeedIds.tenantId,
    prefix = '',
    body: unknown = invokeBody,
  ) =>
    send(`${f.emu.url}${prefix}/adminapi/beta/${tenant}/InvokeCommand`, f.ca, {
      json: body,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'X-CmdletName': 'Get-Mailbox' },
    });

  it('passes an app-only caller to the service and adds the Exchange headers', async () => {
    const res = await invoke(exoApp);
    expect(res.status).toBe(200);
    expect(res.headers['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['x-calculatedbetarget']).toBeTruthy();
    expect(res.json().value).toEqual([{ echo: invokeBody }]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.ctx).toMatchObject({
      endpoint: 'exchange',
      baseUrl: f.emu.url,
      requestId: res.headers['request-id'],
      caller: {
        tenantId: SeedIds.tenantId,
        tenantDomain: SeedIds.tenantDomain,
        principal: 'app',
        appId: SeedIds.automationAppId,
        roles: ['Exchange.ManageAsApp'],
      },
    });
    expect(calls[0]?.ctx.headers['x-cmdletname']).toBe('Get-Mailbox');
  });

  it('passes a delegated caller (upn, wids) and accepts the tenant by domain in any case', async () => {
    const token = await userToken(f, 'https://outlook.office365.com/.default');
    const res = await invoke(token, 'Contoso.OnMicrosoft.com');
    expect(res.status).toBe(200);
    expect(calls[0]?.ctx.caller).toMatchObject({
      principal: 'user',
      userPrincipalName: SeedIds.adminUpn,
      objectId: SeedIds.adminObjectId,
      audience: 'https://outlook.office365.com',
    });
    expect(calls[0]?.ctx.caller.wids).toContain('62e90394-69f5-4237-9190-012177145e10');
  });

  it('serves EXOModuleFile and $batch through the service', async () => {
    const mod = await send(
      `${f.emu.url}/AdminApi/v1.0/${SeedIds.tenantId}/EXOModuleFile?Version=3.7.1`,
      f.ca,
      { headers: { authorization: `Bearer ${exoApp}` } },
    );
    expect(mod.status).toBe(200);
    const batch = await send(`${f.emu.url}/adminapi/beta/${SeedIds.tenantId}/$batch`, f.ca, {
      json: { requests: [] },
      headers: { authorization: `Bearer ${exoApp}` },
    });
    expect(batch.status).toBe(200);
    expect(calls.map((c) => [c.op, c.body])).toEqual([
      ['moduleFile', '3.7.1'],
      ['batch', { requests: [] }],
    ]);
  });

  it('routes the compliance endpoint with its own audience', async () => {
    const token = await appToken(f, f.emu.complianceScope);
    const ok = await invoke(token, SeedIds.tenantId, '/compliance');
    expect(ok.status).toBe(200);
    expect(calls[0]?.ctx).toMatchObject({ endpoint: 'compliance', baseUrl: f.emu.complianceUrl });
    const wrong = await invoke(exoApp, SeedIds.tenantId, '/compliance');
    expect(wrong.status).toBe(401);
  });

  // Each row: a request the service must never see, and the Exchange-shaped answer.
  const refused: readonly {
    name: string;
    token: (f: EmulatorFixture) => Promise<string | undefined>;
    tenant?: string;
    status: number;
    message: RegExp;
  }[] = [
    { name: 'no token', token: async () => undefined, status: 401, message: /does not carry a bearer token/ },
    {
      name: 'garbage token',
      token: async () => 'not.a.jwt',
      status: 401,
      message: /access token is invalid/,
    },
    {
      name: 'expired token',
      token: (fx) =>
        forgeToken(fx, {
          aud: fx.emu.url,
          idtyp: 'app',
          roles: ['Exchange.ManageAsApp'],
          exp: Math.floor(Date.now() / 1000) - 3600,
        }),
      status: 401,
      message: /has expired/,
    },
    {
      name: 'token signed by another key',
      token: (fx) => forgeToken(fx, { aud: fx.emu.url }, { foreignKey: true }),
      status: 401,
      message: /access token is invalid/,
    },
    {
      name: 'Graph audience',
      token: (fx) => appToken(fx, 'https://graph.microsoft.com/.default'),
      status: 401,
      message: /audience 'https:\/\/graph.microsoft.com'/,
    },
    {
      name: 'app without Exchange.ManageAsApp',
      token: (fx) => appToken(fx, `${fx.emu.url}/.default`, SeedIds.noRoleAppId),
      status: 403,
      message: /Exchange.ManageAsApp/,
    },
    {
      name: 'another tenant in the URL',
      token: (fx) => appToken(fx, `${fx.emu.url}/.default`),
      tenant: 'fabrikam.onmicrosoft.com',
      status: 403,
      message: /does not match the tenant/,
    },
  ];

  it.each(refused)('refuses $name', async (c) => {
    const res = await invoke(await c.token(f), c.tenant);
    expect(res.status).toBe(c.status);
    const body = res.json<{ error: { code: string; message: string } }>();
    expect(body.error.message).toMatch(c.message);
    expect(res.headers['x-exceptiontype']).toBe('UnauthorizedAccessException');
    if (c.status === 401)
      expect(String(res.headers['www-authenticate'])).toMatch(
        /^Bearer client_id="00000002-0000-0ff1-ce00-000000000000"/,
      );
    expect(calls).toHaveLength(0);
  });

  it('answers malformed JSON with an Exchange 400 without calling the service', async () => {
    const res = await send(`${f.emu.url}/adminapi/beta/${SeedIds.tenantId}/InvokeCommand`, f.ca, {
      body: '{"CmdletInput":',
      headers: { authorization: `Bearer ${exoApp}`, 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'BadRequest', message: expect.stringMatching(/not valid JSON/) },
    });
    expect(calls).toHaveLength(0);
  });

  it('answers unknown admin API paths and wrong methods in Exchange shape', async () => {
    const nf = await send(`${f.emu.url}/adminapi/beta/${SeedIds.tenantId}/Nope`, f.ca, {
      headers: { authorization: `Bearer ${exoApp}` },
    });
    expect(nf.status).toBe(404);
    expect(nf.json()).toMatchObject({ error: { code: 'NotFound' } });
    const get = await send(`${f.emu.url}/adminapi/beta/${SeedIds.tenantId}/InvokeCommand`, f.ca, {
      headers: { authorization: `Bearer ${exoApp}` },
    });
    expect(get.status).toBe(405);
    expect(get.json()).toMatchObject({ error: { code: 'MethodNotAllowed' } });
  });
});
