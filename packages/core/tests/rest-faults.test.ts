// Faults in the middle of a paged read, against a real emulator process: every object exactly once, in order.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace, type Runspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '../src/index.js';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';

const pageSize = 7;
let emu: EmulatorProcess;
let rs: Runspace;
/** Every mailbox's ExchangeGuid, read once without faults. */
let expected: string[];

const stats = async () =>
  ((await emu.control('GET', '/_emulator/stats')).json as { requests: Record<string, number> }).requests;

async function readAll(script = 'Get-Mailbox -ResultSize Unlimited | ForEach-Object ExchangeGuid') {
  const before = (await stats())['exchange.invoke-command'] ?? 0;
  const r = rs.invokeSync(script);
  const requests = ((await stats())['exchange.invoke-command'] ?? 0) - before;
  return { r, guids: r.output.map(String), requests };
}

beforeAll(async () => {
  emu = await startEmulatorProcess();
  rs = createRunspace();
  registerExchangeOnlineModule(rs, {
    emulator: { url: emu.url, caPem: emu.caPem, complianceUrl: emu.complianceUrl },
    retryBaseMs: 20,
    moduleCacheDir: false,
  });
  const c = rs.invokeSync(
    `Connect-ExchangeOnline -AppId '${emu.appClientId}' -CertificateFilePath '${emu.certificateFile}' -Organization '${emu.tenantDomain}' -PageSize ${pageSize} -ShowBanner:$false`,
  );
  expect(c.errors.map((e) => e.exception.message)).toEqual([]);
  const clean = await readAll();
  expected = clean.guids;
  expect(expected.length).toBeGreaterThan(pageSize * 3);
  expect(new Set(expected).size).toBe(expected.length);
  // -ResultSize Unlimited follows @odata.nextLink: one request per page, none wasted.
  expect(clean.requests).toBe(Math.ceil(expected.length / pageSize));
}, 60_000);

afterEach(async () => {
  await emu.control('DELETE', '/_emulator/faults');
});

afterAll(async () => {
  await rs?.dispose();
  emu?.stop();
});

const pages = () => Math.ceil(expected.length / pageSize);

describe('faults while paging with -ResultSize Unlimited', () => {
  it.each([
    ['the connection dropped while page 3 streams', { kind: 'reset', skip: 2, times: 1 }, 1],
    ['503 twice on page 2 (backoff, then success)', { kind: 'status', status: 503, skip: 1, times: 2 }, 2],
    ['504 on the last page', { kind: 'status', status: 504, skip: -1, times: 1 }, 1],
    [
      '429 with Retry-After on page 4',
      { kind: 'status', status: 429, retryAfterSeconds: 1, skip: 3, times: 1 },
      1,
    ],
  ])('%s: zero objects lost or duplicated', async (_name, fault, retries) => {
    const body = {
      ...fault,
      route: 'exchange.invoke-command',
      skip: fault.skip === -1 ? pages() - 1 : fault.skip,
    };
    expect((await emu.control('POST', '/_emulator/faults', body)).status).toBe(201);
    const { r, guids, requests } = await readAll();
    expect(r.errors.map((e) => e.exception.message)).toEqual([]);
    expect(guids).toEqual(expected);
    expect(requests).toBe(pages() + retries);
    // The fault was used up: it really happened.
    expect((await emu.control('GET', '/_emulator/faults')).json).toMatchObject({ faults: [] });
  });

  it('pages each batched pipeline item on through its nextLink, even when a continuation is reset', async () => {
    await emu.control('POST', '/_emulator/faults', {
      kind: 'reset',
      route: 'exchange.invoke-command',
      skip: 1,
    });
    const before = (await stats())['exchange.batch'] ?? 0;
    const { r, guids, requests } = await readAll(
      "'*', '*' | Get-Mailbox -ResultSize Unlimited | ForEach-Object ExchangeGuid",
    );
    expect(r.errors.map((e) => e.exception.message)).toEqual([]);
    expect(guids).toEqual([...expected, ...expected]);
    expect((await stats())['exchange.batch'] ?? 0).toBe(before + 1);
    // Page 1 of both items came in the batch; the later pages, plus the one retried, as InvokeCommand.
    expect(requests).toBe(2 * (pages() - 1) + 1);
  });

  it.each([500, 502])(
    'does not retry a %i, as the module: the pages before it stay written, then its error',
    async (status) => {
      await emu.control('POST', '/_emulator/faults', {
        kind: 'status',
        status,
        route: 'exchange.invoke-command',
        skip: 1,
      });
      const { r, guids, requests } = await readAll();
      expect(guids).toEqual(expected.slice(0, pageSize));
      expect(requests).toBe(2);
      expect(r.errors).toHaveLength(1);
    },
  );

  it('refuses -ResultSize 0 as the module does, sending nothing', async () => {
    const { r, guids, requests } = await readAll('Get-Mailbox -ResultSize 0');
    expect(guids).toEqual([]);
    expect(requests).toBe(0);
    expect(r.errors.map((e) => [e.exception.message, e.fullyQualifiedErrorId])).toEqual([
      [
        'ResultSize must be greater than 0',
        'Microsoft.PowerShell.Commands.WriteErrorException,Get-ResultSize',
      ],
    ]);
  });

  it('a numeric -ResultSize stops mid-page, asks for no more than it needs, and passes on the service warning', async () => {
    const { r, guids, requests } = await readAll(
      `Get-Mailbox -ResultSize ${pageSize + 3} | ForEach-Object ExchangeGuid`,
    );
    expect(guids).toEqual(expected.slice(0, pageSize + 3));
    expect(requests).toBe(2);
    expect(r.warnings).toEqual([
      'There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.',
    ]);
    const exo = rs.invokeSync(`Get-EXOMailbox -ResultSize ${pageSize + 3} | ForEach-Object ExchangeGuid`);
    expect(exo.output).toHaveLength(pageSize + 3);
    expect(exo.warnings).toEqual([]);
  });

  it('an expired nextLink ends the read with the service error, after the pages already written', async () => {
    await emu.control('POST', '/_emulator/faults', {
      kind: 'nextLinkExpiry',
      route: 'exchange.invoke-command',
    });
    const { r, guids } = await readAll();
    expect(guids).toEqual(expected.slice(0, pageSize));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.exception.message).toMatch(/Expired or Invalid pagination request/);
  });

  it("gives up after the module's 5 retries as it does, and the shell goes on", async () => {
    await emu.control('POST', '/_emulator/faults', {
      kind: 'status',
      status: 503,
      route: 'exchange.invoke-command',
      times: 0,
    });
    const { r, guids, requests } = await readAll(
      "Get-Mailbox -ResultSize Unlimited | ForEach-Object ExchangeGuid; 'after'",
    );
    expect(guids).toEqual(['after']);
    expect(requests).toBe(6);
    expect(r.errors.map((e) => e.exception.message)).toEqual([
      'Maximum retry count reached.',
      'The service is temporarily unavailable. Please try again later.',
    ]);
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe(
      'Microsoft.PowerShell.Commands.WriteErrorException,CheckRetryAndHandleWaitTime',
    );
  });
});
