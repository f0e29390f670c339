// The module against a real emulator process: paging, the ResultSize warning, retries on 429/503/reset, no token leaks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace, type Runspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '../src/index.js';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';

let emu: EmulatorProcess;
let rs: Runspace;

function run(script: string) {
  return rs.invokeSync(script);
}

beforeAll(async () => {
  emu = await startEmulatorProcess();
  rs = createRunspace();
  registerExchangeOnlineModule(rs, {
    emulator: { url: emu.url, caPem: emu.caPem, complianceUrl: emu.complianceUrl },
    retryBaseMs: 20,
  });
  const r = run(
    `Connect-ExchangeOnline -AppId '${emu.appClientId}' -CertificateFilePath '${emu.certificateFile}' -Organization '${emu.tenantDomain}' -PageSize 7 -ShowBanner:$false`,
  );
  expect(r.errors.map((e) => e.exception.message)).toEqual([]);
}, 60_000);

afterAll(async () => {
  await rs?.dispose();
  emu?.stop();
});

const identities = (output: unknown[]) =>
  output.map((o) =>
    String(
      (o as { getNote(n: string): unknown }).getNote('ExchangeGuid') ??
        (o as { getNote(n: string): unknown }).getNote('Guid'),
    ),
  );

describe('paging', () => {
  it('follows nextLink with -ResultSize Unlimited: every mailbox once', () => {
    const all = run('Get-Mailbox -ResultSize Unlimited');
    expect(all.errors).toEqual([]);
    expect(all.output.length).toBeGreaterThan(7);
    expect(new Set(identities(all.output)).size).toBe(all.output.length);
  });

  it('stops at a numeric ResultSize across pages', () => {
    const r = run('Get-Mailbox -ResultSize 10');
    expect(r.output).toHaveLength(10);
  });

  it('returns the first page and the service warning when ResultSize is not given', () => {
    const r = run('Get-Mailbox');
    expect(r.output).toHaveLength(7);
    expect(r.warnings.join('\n')).toMatch(/There are more results available than are currently displayed/);
  });
});

describe('retries', () => {
  const unlimitedCount = () => run('Get-Mailbox -ResultSize Unlimited').output.length;

  it.each([
    [
      '429 with Retry-After',
      { kind: 'status', status: 429, retryAfterSeconds: 1, route: 'exchange.invoke-command', times: 1 },
    ],
    ['503 twice', { kind: 'status', status: 503, route: 'exchange.invoke-command', times: 2 }],
    ['504', { kind: 'status', status: 504, route: 'exchange.invoke-command', times: 1 }],
    [
      'a connection reset in the middle of a page',
      { kind: 'reset', route: 'exchange.invoke-command', times: 1 },
    ],
  ])('loses and duplicates nothing after %s', async (_name, fault) => {
    const expected = unlimitedCount();
    const added = await emu.control('POST', '/_emulator/faults', fault);
    expect(added.status).toBeLessThan(300);
    const r = run('Get-Mailbox -ResultSize Unlimited');
    expect(r.errors.map((e) => e.exception.message)).toEqual([]);
    expect(r.output).toHaveLength(expected);
    expect(new Set(identities(r.output)).size).toBe(expected);
    await emu.control('DELETE', '/_emulator/faults');
  });
});

describe('errors', () => {
  it('maps a service error to an ErrorRecord and keeps the shell going', () => {
    const r = run("Get-Mailbox -Identity 'no.such.user@contoso.onmicrosoft.com'; 'after'");
    expect(r.output).toEqual(['after']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.exception.message).toMatch(/couldn't be found/);
    expect(r.errors[0]?.fullyQualifiedErrorId).toMatch(
      /^\[Server=.*,RequestId=.*,TimeStamp=.*\],Write-ErrorMessage$/,
    );
  });
});

describe('Get-EXO* built-ins', () => {
  it('run on the latest Exchange Online connection with property sets', () => {
    const r = run(
      'Get-EXOMailbox -ResultSize 1 -PropertySets Quota | ForEach-Object { $_.ProhibitSendQuota -ne $null }',
    );
    expect(r.errors.map((e) => e.exception.message)).toEqual([]);
    expect(r.output).toEqual([true]);
  });
});

describe('confirmation flow', () => {
  it('-WhatIf shows the service text and changes nothing; -Confirm:$false changes', () => {
    const before = run('(Get-Mailbox -Identity admin).DisplayName').output[0];
    const whatIf = run("Set-Mailbox -Identity admin -DisplayName 'WhatIf Name' -WhatIf");
    expect(whatIf.information.map((i) => String(i.messageData))).toEqual([
      'What if: Setting mailbox "admin".',
    ]);
    expect(run('(Get-Mailbox -Identity admin).DisplayName').output[0]).toBe(before);
    run("Set-Mailbox -Identity admin -DisplayName 'Confirmed Name' -Confirm:$false");
    expect(run('(Get-Mailbox -Identity admin).DisplayName').output[0]).toBe('Confirmed Name');
  });

  it('asks before a high-impact cmdlet and stops with a clear error when no one can answer', () => {
    const r = run("Remove-DistributionGroup -Identity 'no-such-group'");
    expect(r.errors[0]?.exception.message).toBe(
      'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
    );
  });
});

describe('broken connections', () => {
  it('marks the connection Broken when its token can no longer be refreshed, and says so as an ErrorRecord', async () => {
    const rs2 = createRunspace();
    registerExchangeOnlineModule(rs2, {
      emulator: { url: emu.url, caPem: emu.caPem, complianceUrl: emu.complianceUrl },
      retryBaseMs: 20,
    });
    // A delegated sign-in whose access token expires at once, then whose refresh tokens are revoked.
    await emu.control('POST', '/_emulator/faults', { kind: 'tokenLifetime', seconds: 60 });
    const connect = rs2.invokeSync('Connect-ExchangeOnline -Device -ShowBanner:$false');
    expect(connect.errors.map((e) => e.exception.message)).toEqual([]);
    await emu.control('POST', '/_emulator/faults', { kind: 'revokeRefreshTokens' });
    const r = rs2.invokeSync("Get-Mailbox -ResultSize 1; 'after'; (Get-ConnectionInformation).State");
    expect(r.errors[0]?.categoryInfo.category).toBe('AuthenticationError');
    expect(r.output).toEqual(['after', 'Broken']);
    await emu.control('POST', '/_emulator/faults', { kind: 'tokenLifetime', seconds: 3600 });
    await rs2.dispose();
  }, 60_000);
});
