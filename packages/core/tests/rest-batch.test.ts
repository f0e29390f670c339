// $batch for pipeline input against a real emulator process: 10 per request, per-item failures, order kept.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace, type Runspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '../src/index.js';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';

let emu: EmulatorProcess;
let rs: Runspace;
let aliases: string[];

const stats = async () =>
  ((await emu.control('GET', '/_emulator/stats')).json as { requests: Record<string, number> }).requests;

/** Runs a script and counts the Exchange requests it made, by route. */
async function counted(script: string) {
  const before = await stats();
  const r = rs.invokeSync(script);
  const after = await stats();
  const delta = (route: string) => (after[route] ?? 0) - (before[route] ?? 0);
  return { r, batches: delta('exchange.batch'), invokes: delta('exchange.invoke-command') };
}

/** Output and errors in the order the pipeline wrote them (errors merged with 2>&1). */
const merged =
  '2>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { "error" } else { $_.Alias } }';

beforeAll(async () => {
  emu = await startEmulatorProcess();
  rs = createRunspace();
  registerExchangeOnlineModule(rs, {
    emulator: { url: emu.url, caPem: emu.caPem, complianceUrl: emu.complianceUrl },
    retryBaseMs: 20,
    moduleCacheDir: false,
  });
  const r = rs.invokeSync(
    `Connect-ExchangeOnline -AppId '${emu.appClientId}' -CertificateFilePath '${emu.certificateFile}' -Organization '${emu.tenantDomain}' -ShowBanner:$false`,
  );
  expect(r.errors.map((e) => e.exception.message)).toEqual([]);
  aliases = rs.invokeSync('Get-Mailbox -ResultSize Unlimited | ForEach-Object Alias').output.map(String);
  expect(aliases.length).toBeGreaterThanOrEqual(25);
}, 60_000);

afterEach(async () => {
  await emu.control('DELETE', '/_emulator/faults');
});

afterAll(async () => {
  await rs?.dispose();
  emu?.stop();
});

describe('$batch for pipeline input', () => {
  it('sends piped Set-Mailbox calls in one batch and applies every one', async () => {
    const { r, batches, invokes } = await counted(
      'Get-Mailbox -ResultSize 3 | Set-Mailbox -CustomAttribute1 x',
    );
    expect(r.errors.map((e) => e.exception.message)).toEqual([]);
    expect(batches).toBe(1);
    expect(invokes).toBe(1); // Get-Mailbox itself
    const check = rs.invokeSync('Get-Mailbox -ResultSize 3 | ForEach-Object CustomAttribute1');
    expect(check.output).toEqual(['x', 'x', 'x']);
  });

  it('sends 10 per request and keeps output and per-item errors in input order', async () => {
    const input = aliases.slice(0, 23);
    input.splice(4, 0, 'nobody.one@contoso.onmicrosoft.com');
    input.splice(15, 0, 'nobody.two@contoso.onmicrosoft.com');
    const list = input.map((a) => `'${a}'`).join(',');
    const { r, batches, invokes } = await counted(`${list} | Get-Mailbox ${merged}`);
    expect(batches).toBe(3); // 10 + 10 + 5
    expect(invokes).toBe(0);
    expect(r.output).toEqual(input.map((a) => (a.startsWith('nobody') ? 'error' : a)));
  });

  it('writes each failed item as its own ErrorRecord, as the module maps service errors', async () => {
    const { r } = await counted(
      `'${aliases[0]}','nobody@contoso.onmicrosoft.com','${aliases[1]}' | Get-Mailbox`,
    );
    expect(r.output).toHaveLength(2);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.exception.message).toMatch(
      /^Ex6F9304\|Microsoft\.Exchange\.Configuration\.Tasks\.ManagementObjectNotFoundException\|.*nobody@contoso\.onmicrosoft\.com/,
    );
    expect(r.errors[0]?.fullyQualifiedErrorId).toMatch(
      /^\[Server=.+,RequestId=.+,TimeStamp=.+\],Write-ErrorMessage$/,
    );
    expect(r.errors[0]?.categoryInfo.reason).toBe('ManagementObjectNotFoundException');
  });

  it.each([
    ['503', { status: 503 }],
    ['429 with Retry-After', { status: 429, retryAfterSeconds: 1 }],
  ])('retries an item answered %s on its own: nothing lost or duplicated', async (_name, fault) => {
    const input = aliases.slice(0, 12);
    const added = await emu.control('POST', '/_emulator/faults', {
      kind: 'status',
      route: 'exchange.batch-item',
      cmdletName: 'Get-Mailbox',
      times: 2,
      ...fault,
    });
    expect(added.status).toBeLessThan(300);
    const list = input.map((a) => `'${a}'`).join(',');
    const { r, batches, invokes } = await counted(`${list} | Get-Mailbox ${merged}`);
    expect(batches).toBe(2);
    expect(invokes).toBe(2); // the two failed items, each sent again alone
    expect(r.output).toEqual(input);
  });

  it('retries the batch request itself after a 503', async () => {
    await emu.control('POST', '/_emulator/faults', { kind: 'status', route: 'exchange.batch', status: 503 });
    const input = aliases.slice(0, 4);
    const { r, batches } = await counted(`${input.map((a) => `'${a}'`).join(',')} | Get-Mailbox ${merged}`);
    expect(batches).toBe(2);
    expect(r.output).toEqual(input);
  });

  it('batches piped -WhatIf calls: the service says what it would do, nothing changes', async () => {
    const before = rs.invokeSync('Get-Mailbox -ResultSize 2 | ForEach-Object DisplayName').output;
    const { r, batches, invokes } = await counted(
      "Get-Mailbox -ResultSize 2 | Set-Mailbox -DisplayName 'Not Applied' -WhatIf",
    );
    expect(r.errors.map((e) => e.exception.message)).toEqual([]);
    expect(batches).toBe(1);
    expect(invokes).toBe(1);
    expect(r.information.map((i) => String(i.messageData))).toEqual([
      `What if: Setting mailbox "${aliases[0]}".`,
      `What if: Setting mailbox "${aliases[1]}".`,
    ]);
    expect(rs.invokeSync('Get-Mailbox -ResultSize 2 | ForEach-Object DisplayName').output).toEqual(before);
  });

  it('does not batch the Get-EXO* built-ins, which are not proxies', async () => {
    const { r, batches } = await counted(
      `'${aliases[0]}','${aliases[1]}' | Get-EXOMailbox | ForEach-Object Alias`,
    );
    expect(r.errors.map((e) => e.exception.message)).toEqual([]);
    expect(r.output).toEqual(aliases.slice(0, 2));
    expect(batches).toBe(0);
  });

  it('does not batch calls without pipeline input, nor the mailbox-routed cmdlets', async () => {
    const direct = await counted(`Set-Mailbox -Identity '${aliases[0]}' -CustomAttribute2 y`);
    expect(direct.batches).toBe(0);
    expect(direct.invokes).toBe(1);
    const routed = await counted(`'${aliases[0]}','${aliases[1]}' | Get-MailboxStatistics -UseCustomRouting`);
    expect(routed.r.errors.map((e) => e.exception.message)).toEqual([]);
    expect(routed.r.output).toHaveLength(2);
    expect(routed.batches).toBe(0);
    expect(routed.invokes).toBe(2);
  });
});
