// The real shell with -Emulator: piped Exchange cmdlets go out in $batch requests, every call tunnels through HTTPS_PROXY.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');
const proxyTestHelper = path.resolve(
  import.meta.dirname,
  '../../../packages/core/tests/helpers/connect-proxy.ts',
);

interface Proxy {
  url: string;
  tunnels(): Promise<string[]>;
  close(): void;
}
let proxy: Proxy;

beforeAll(async () => {
  const { startConnectProxy } = (await import(proxyTestHelper)) as { startConnectProxy(): Promise<Proxy> };
  proxy = await startConnectProxy();
});

afterAll(() => proxy?.close());

/** Runs a script file in the shell (async: the proxy answers from its own process meanwhile). */
function exosh(
  script: string,
  env: Record<string, string>,
): Promise<{ stdout: string; stderr: string; status: number | null }> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-batch-proxy-'));
  const file = path.join(home, 'script.ps1');
  writeFileSync(file, script);
  const child = spawn(process.execPath, [bin, '-Emulator', '-NoProfile', '-File', file], {
    env: { ...process.env, HOME: home, XDG_DATA_HOME: home, XDG_CACHE_HOME: home, NO_COLOR: '1', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve) => child.on('close', (status) => resolve({ stdout, stderr, status })));
}

const connect = `
$e = $ExoshEmulator
Connect-ExchangeOnline -AppId $e.AppId -CertificateFilePath $e.CertificateFilePath -Organization $e.Organization -ShowBanner:$false
`;

describe('exosh -Emulator: $batch and HTTPS_PROXY', () => {
  it('sets a value on piped mailboxes and keeps output and errors in input order, through the proxy', async () => {
    const script = `${connect}
Get-Mailbox -ResultSize 3 | Set-Mailbox -CustomAttribute1 piped
(Get-Mailbox -ResultSize 3 | ForEach-Object CustomAttribute1) -join ','
'admin', 'nobody@contoso.onmicrosoft.com', 'auditor' | Get-Mailbox 2>&1 | ForEach-Object {
  if ($_ -is [System.Management.Automation.ErrorRecord]) { 'error' } else { $_.Alias }
}
`;
    const r = await exosh(script, { HTTPS_PROXY: proxy.url });
    expect(r.stderr).toBe('');
    // -ResultSize 3 of more: the service's warning, which the module shows once paging stops short.
    const more =
      'WARNING: There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.';
    expect(r.stdout.trim().split('\n')).toEqual([
      more,
      more,
      'piped,piped,piped',
      'admin',
      'error',
      'auditor',
    ]);
    const tunnels = await proxy.tunnels();
    expect(tunnels.length).toBeGreaterThan(0);
    expect(tunnels.every((t) => t.startsWith('127.0.0.1:'))).toBe(true);
  }, 60_000);
});
