// Tests of every fault mode of /_emulator/faults, in Exchange and Entra ID shapes.
import { request } from 'node:https';
import { describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { faultSession } from './helpers/fault-session.js';
import { send } from './helpers/https-request.js';
import { claims } from './helpers/jwt.js';
import { appToken } from './helpers/tokens.js';

describe('fault injection through /_emulator/faults', () => {
  const { fixture, token, calls, addFault, invoke } = faultSession();

  it('429 with Retry-After and the Rate-Limit headers, N times, then normal service', async () => {
    expect(
      (await addFault({ kind: 'status', status: 429, retryAfterSeconds: 7, route: 'exchange.*', times: 2 }))
        .status,
    ).toBe(201);
    for (let i = 0; i < 2; i++) {
      const r = await invoke();
      expect(r.status).toBe(429);
      expect(r.headers['retry-after']).toBe('7');
      expect(r.headers['rate-limit-remaining']).toBe('0');
      expect(r.json()).toMatchObject({ error: { code: 'TooManyRequests' } });
    }
    expect((await invoke()).status).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('skip lets N matching requests through before the fault applies', async () => {
    expect(
      (await addFault({ kind: 'status', status: 503, route: 'exchange.invoke-command', skip: 2, times: 1 }))
        .status,
    ).toBe(201);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await invoke()).status);
    expect(statuses).toEqual([200, 200, 503, 200]);
    expect((await addFault({ kind: 'reset', skip: -1 })).status).toBe(400);
  });

  it.each([
    [500, 'InternalServerError'],
    [503, 'ServiceUnavailable'],
    [504, 'GatewayTimeout'],
  ] as const)('status %i in Exchange shape', async (status, code) => {
    await addFault({ kind: 'status', status, route: 'exchange.invoke-command' });
    const r = await invoke();
    expect(r.status).toBe(status);
    expect(r.json()).toMatchObject({ error: { code } });
    expect(r.headers['request-id']).toBeTruthy();
  });

  it('status faults on the token endpoint use the Entra ID shape', async () => {
    await addFault({ kind: 'status', status: 503, route: 'entra.token' });
    const r = await send(`${fixture().emu.url}/${SeedIds.tenantId}/oauth2/v2.0/token`, fixture().ca, {
      form: { grant_type: 'client_credentials' },
    });
    expect(r.status).toBe(503);
    expect(r.json()).toMatchObject({ error: 'temporarily_unavailable', error_codes: [90033] });
  });

  it('matches on the cmdlet name only when one is given', async () => {
    await addFault({ kind: 'status', status: 500, route: 'exchange.*', cmdletName: 'set-mailbox' });
    expect((await invoke('Get-Mailbox')).status).toBe(200);
    expect((await invoke('Set-Mailbox')).status).toBe(500);
    expect((await invoke('Set-Mailbox')).status).toBe(200);
  });

  it('latency delays but does not change the answer, and is consumed', async () => {
    await addFault({ kind: 'latency', delayMs: 50, route: 'exchange.invoke-command' });
    expect(
      (await send(`${fixture().emu.url}/_emulator/faults`, fixture().ca)).json<{ faults: unknown[] }>()
        .faults,
    ).toHaveLength(1);
    expect((await invoke()).status).toBe(200);
    expect(
      (await send(`${fixture().emu.url}/_emulator/faults`, fixture().ca)).json<{ faults: unknown[] }>()
        .faults,
    ).toHaveLength(0);
  });

  it('reset: the connection dies in the middle of the body', async () => {
    await addFault({ kind: 'reset', route: 'exchange.invoke-command' });
    const outcome = await new Promise<string>((resolve) => {
      const body = JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: {} } });
      const req = request(
        `${fixture().emu.url}/adminapi/beta/${SeedIds.tenantId}/InvokeCommand`,
        {
          method: 'POST',
          ca: fixture().ca,
          agent: false,
          headers: {
            authorization: `Bearer ${token()}`,
            'content-type': 'application/json',
            'content-length': String(body.length),
          },
        },
        (res) => {
          let received = 0;
          res.on('data', (c: Buffer) => (received += c.length));
          res.on('error', () => undefined);
          res.on('close', () =>
            resolve(
              res.complete
                ? `complete ${received}`
                : `aborted after ${received} of ${res.headers['content-length']}`,
            ),
          );
        },
      );
      req.on('error', (e) => resolve(`request error ${e.message}`));
      req.end(body);
    });
    expect(outcome).toMatch(/^aborted after \d+ of \d+$/);
    expect((await invoke()).status).toBe(200);
  });

  it('nextLink expiry is a switch the Exchange service consumes', async () => {
    await addFault({ kind: 'nextLinkExpiry', route: 'exchange.invoke-command', times: 1 });
    expect((await invoke()).status).toBe(200); // a first page does not consume it
    const expired = await invoke('Get-Mailbox', '?$skiptoken=abc');
    expect(expired.status).toBe(400);
    expect(expired.json()).toMatchObject({
      error: { message: expect.stringMatching(/^Expired or Invalid pagination request/) },
    });
    expect((await invoke('Get-Mailbox', '?$skiptoken=abc')).status).toBe(200);
  });

  it('short token lifetimes apply to the next tokens issued', async () => {
    expect((await addFault({ kind: 'tokenLifetime', seconds: 5 })).status).toBe(201);
    try {
      const c = claims(await appToken(fixture(), `${fixture().emu.url}/.default`));
      expect(Number(c.exp) - Number(c.iat)).toBe(5);
    } finally {
      fixture().emu.settings.accessTokenLifetimeSec = 3600;
    }
  });

  it.each([
    [{ kind: 'explode' }, /"kind" must be/],
    [{ kind: 'status', status: 418 }, /"status" must be/],
    [{ kind: 'latency', delayMs: -1 }, /"delayMs" must be/],
    [{ kind: 'status', status: 500, times: 'twice' }, /"times" must be/],
    [{ kind: 'tokenLifetime', seconds: 0 }, /"seconds" must be/],
    [
      { kind: 'status', status: 500, route: 'exchange.invoke-comand' },
      /matches no route. Routes: .*exchange\.invoke-command/,
    ],
    [{ kind: 'status', status: 500, route: 'control.health' }, /matches no route/],
    ['[1,2', /not valid JSON/],
  ])('refuses the invalid fault %j', async (fault, message) => {
    const r =
      typeof fault === 'string'
        ? await send(`${fixture().emu.url}/_emulator/faults`, fixture().ca, {
            body: fault,
            headers: { 'content-type': 'application/json' },
          })
        : await addFault(fault);
    expect(r.status).toBe(400);
    expect(r.json<{ error: { message: string } }>().error.message).toMatch(message);
    expect(
      (await send(`${fixture().emu.url}/_emulator/faults`, fixture().ca)).json<{ faults: unknown[] }>()
        .faults,
    ).toHaveLength(0);
  });

  it('POST /_emulator/reset clears faults and restores the start-up settings', async () => {
    await addFault({ kind: 'tokenLifetime', seconds: 5 });
    await addFault({ kind: 'status', status: 503, route: 'entra.*', times: 0 });
    const r = await send(`${fixture().emu.url}/_emulator/reset`, fixture().ca, { method: 'POST' });
    expect(r.json()).toMatchObject({ faultsRemoved: 1, settings: { accessTokenLifetimeSec: 3600 } });
    const c = claims(await appToken(fixture(), `${fixture().emu.url}/.default`));
    expect(Number(c.exp) - Number(c.iat)).toBe(3600);
  });

  it('never faults the control endpoints themselves', async () => {
    await addFault({ kind: 'status', status: 500, route: '*', times: 0 });
    expect((await send(`${fixture().emu.url}/_emulator/stats`, fixture().ca)).status).toBe(200);
    expect((await invoke()).status).toBe(500);
    expect((await invoke()).status).toBe(500);
  });
});
