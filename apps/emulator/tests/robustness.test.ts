// Tests that malformed input gets an answer and never takes the emulator down.
import { connect as tlsConnect } from 'node:tls';
import { connect as netConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { send } from './helpers/https-request.js';

/** Writes raw bytes over TLS and returns whatever comes back before the server closes. */
function rawTls(f: EmulatorFixture, payload: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = tlsConnect({ host: '127.0.0.1', port: f.emu.port, ca: f.ca, servername: undefined }, () =>
      socket.end(payload),
    );
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (text += d));
    socket.on('close', () => resolve(text));
    socket.on('error', () => resolve(text));
  });
}

describe('bad input never takes the emulator down', () => {
  let f: EmulatorFixture;
  beforeAll(async () => {
    f = await startFixture({ log: () => undefined });
  });
  afterAll(() => f.dispose());

  const healthy = async () => expect((await send(`${f.emu.url}/health`, f.ca)).status).toBe(200);

  it('survives a plain-text (non-TLS) client', async () => {
    await new Promise<void>((resolve) => {
      const s = netConnect(f.emu.port, '127.0.0.1', () => s.end('GET / HTTP/1.1\r\n\r\n'));
      s.on('close', () => resolve());
      s.on('error', () => resolve());
    });
    await healthy();
  });

  it('answers a garbage HTTP request line with 400', async () => {
    expect(await rawTls(f, '\x00\x01garbage\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    await healthy();
  });

  it('answers a malformed percent-encoding in the path', async () => {
    const text = await rawTls(
      f,
      'GET /%E0%A4%A/oauth2/v2.0/token HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(text).toMatch(/^HTTP\/1\.1 400/);
    await healthy();
  });

  it('refuses bodies over the limit with 413 in the route family shape', async () => {
    const big = 'a='.padEnd(2 * 1024 * 1024, 'x');
    const res = await send(`${f.emu.url}/${SeedIds.tenantId}/oauth2/v2.0/token`, f.ca, {
      body: big,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }).catch((e: Error) => ({ status: -1, text: e.message }));
    // The server may close before the client finishes sending; either way it must answer or hang up, and stay up.
    if (res.status !== -1) expect(res.status).toBe(413);
    await healthy();
  });

  it.each([
    ['unknown path', 'GET', '/no/such/thing', 404],
    ['unknown control path', 'GET', '/_emulator/nope', 404],
    ['wrong method on authorize', 'DELETE', `/${SeedIds.tenantId}/oauth2/v2.0/authorize`, 405],
    ['device login page', 'GET', '/devicelogin', 200],
    ['a query full of junk', 'GET', `/${SeedIds.tenantId}/oauth2/v2.0/authorize?%%%=&&&client_id`, 400],
  ])('%s answers %s %s with %i', async (_name, method, path, status) => {
    const res = await send(`${f.emu.url}${path}`, f.ca, { method });
    expect(res.status).toBe(status);
    await healthy();
  });

  it('settings reject bad values atomically', async () => {
    const before = (await send(`${f.emu.url}/_emulator/settings`, f.ca)).json();
    const bad = await send(`${f.emu.url}/_emulator/settings`, f.ca, {
      method: 'PATCH',
      json: { accessTokenLifetimeSec: 10, autoApprove: 'yes' },
    });
    expect(bad.status).toBe(400);
    expect((await send(`${f.emu.url}/_emulator/settings`, f.ca)).json()).toEqual(before);
    const ok = await send(`${f.emu.url}/_emulator/settings`, f.ca, {
      method: 'PATCH',
      json: { deviceCodePendingPolls: 2 },
    });
    expect(ok.json()).toMatchObject({ deviceCodePendingPolls: 2 });
    await send(`${f.emu.url}/_emulator/settings`, f.ca, {
      method: 'PATCH',
      json: { deviceCodePendingPolls: 1 },
    });
  });

  it('counts requests per route for tests and diagnostics', async () => {
    const stats = (await send(`${f.emu.url}/_emulator/stats`, f.ca)).json<{
      requests: Record<string, number>;
    }>();
    expect(stats.requests['control.health']).toBeGreaterThan(3);
    expect(stats.requests['(unmatched)']).toBeGreaterThan(0);
  });
});

describe('garbage on every endpoint', () => {
  let f: EmulatorFixture;
  const internalErrors: string[] = [];
  beforeAll(async () => {
    f = await startFixture({ log: (line) => void internalErrors.push(line) });
  });
  afterAll(() => f.dispose());

  // A small deterministic generator: the same garbage on every run.
  let seed = 20261126;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const garbage = (n: number) => Buffer.from(Array.from({ length: n }, () => next() % 256));
  const bodies = (): (string | Buffer)[] => [
    garbage(64),
    '{"CmdletInput":{"CmdletName":null,"Parameters":[1,2]}}',
    'grant_type=client_credentials&client_id=%ZZ&scope=%',
    '[]',
    'null',
    '{"faults":[{"kind":"status","status":500,"route":"nope"}]}',
    'a'.repeat(10_000),
  ];
  const paths = [
    `/${SeedIds.tenantId}/oauth2/v2.0/token`,
    `/organizations/oauth2/v2.0/devicecode`,
    `/${SeedIds.tenantId}/oauth2/v2.0/authorize`,
    `/adminapi/beta/${SeedIds.tenantId}/InvokeCommand`,
    `/compliance/adminapi/beta/${SeedIds.tenantId}/$batch`,
    '/_emulator/faults',
    '/_emulator/settings',
    '/_emulator/device/approve',
    '/devicelogin',
    '/metadata/identity/oauth2/token',
  ];
  const types = ['application/json', 'application/x-www-form-urlencoded', 'text/plain'];

  it.each(paths)('%s answers every payload without an internal error', async (p) => {
    for (const body of bodies()) {
      for (const type of types) {
        for (const method of ['POST', 'PATCH', 'GET']) {
          const res = await send(`${f.emu.url}${p}`, f.ca, {
            method,
            body,
            headers: { 'content-type': type, authorization: 'Bearer x.y.z' },
          });
          expect(res.status, `${method} ${p} ${type}`).toBeGreaterThanOrEqual(200);
          expect(res.status, `${method} ${p} ${type}`).toBeLessThan(500);
        }
      }
    }
    expect(internalErrors).toEqual([]);
    expect((await send(`${f.emu.url}/health`, f.ca)).status).toBe(200);
  });
});
