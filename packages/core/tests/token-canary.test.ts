// Canary: a known access token never appears in any output, error, warning or variable a script can see.
import { X509Certificate, createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { createRunspace, toStringForDisplay, type Runspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '../src/index.js';
import { HttpsTransport } from '../src/transport/https-transport.js';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';

let emu: EmulatorProcess;
let rs: Runspace;
let token: string;

beforeAll(async () => {
  emu = await startEmulatorProcess();
  const pem = readFileSync(emu.certificateFile, 'utf8');
  const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0] ?? '';
  const key =
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/.exec(pem)?.[0] ?? '';
  const cca = new ConfidentialClientApplication({
    auth: {
      clientId: emu.appClientId,
      authority: `${emu.url}/${emu.tenantDomain}`,
      knownAuthorities: [new URL(emu.url).host],
      clientCertificate: {
        thumbprintSha256: createHash('sha256').update(new X509Certificate(cert).raw).digest('hex'),
        privateKey: key,
      },
    },
    system: { networkClient: new HttpsTransport({ caPem: emu.caPem }).msalNetworkClient() },
  });
  const result = await cca.acquireTokenByClientCredential({ scopes: [`${emu.url}/.default`] });
  token = result?.accessToken ?? '';
  expect(token.length).toBeGreaterThan(100);
  rs = createRunspace({ variables: { tok: token } });
  registerExchangeOnlineModule(rs, {
    emulator: { url: emu.url, caPem: emu.caPem, complianceUrl: emu.complianceUrl },
    retryBaseMs: 20,
  });
}, 60_000);

/** Every file under `dir`, read as text (a missing folder has none). */
function filesUnder(dir: string | undefined): { file: string; text: string }[] {
  if (!dir) return [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory()
      ? filesUnder(full)
      : [{ file: full, text: readFileSync(full).toString('latin1') }];
  });
}

afterAll(async () => {
  await rs?.dispose();
  emu?.stop();
});

describe('token canary', () => {
  it('connects with -AccessToken and never shows the token', () => {
    const logDir = mkdtempSync(path.join(os.tmpdir(), 'exosh-canary-log-'));
    const script = `
      Connect-ExchangeOnline -AccessToken $tok -Organization '${emu.tenantDomain}' -ShowBanner:$false -EnableErrorReporting -LogLevel All -LogDirectoryPath '${logDir}'
      Remove-Variable -Name tok -ErrorAction SilentlyContinue
      Get-ConnectionInformation
      Get-ConnectionInformation | Format-List * | Out-String
      Get-Mailbox -ResultSize 2 -Verbose -Debug
      Get-Mailbox -Identity 'nobody@contoso.onmicrosoft.com'
      'admin', 'nobody.else@contoso.onmicrosoft.com' | Get-Mailbox
      Get-Mailbox -NoSuchParameter x
      $Error
      $Error | Format-List * -Force | Out-String
      Get-Variable | Out-String -Width 1000
    `;
    const r = rs.invokeSync(script);
    const streams = [
      ...r.output.map((o) => toStringForDisplay(o)),
      ...r.output.map((o) => JSON.stringify((o as { noteEntries?: () => unknown }).noteEntries?.() ?? o)),
      ...r.errors.map(
        (e) =>
          `${e.exception.message} ${e.fullyQualifiedErrorId} ${String(e.targetObject)} ${JSON.stringify(e.categoryInfo)}`,
      ),
      ...r.warnings,
      ...r.verbose,
      ...r.debug,
      ...r.information.map((i) => String(i.messageData)),
    ].join('\n');
    expect(r.output.length).toBeGreaterThan(2);
    expect(r.errors.length).toBeGreaterThan(1);
    // The places on disk: the log folder (its one CSV holds every request and error), the token cache and the
    // module metadata cache.
    const logs = filesUnder(logDir);
    expect(logs.map((f) => path.basename(f.file))).toEqual([
      expect.stringMatching(/^EXOCmdletTelemetry-\d{8}-\d{6}\.csv$/),
    ]);
    expect(logs[0]?.text).toMatch(/,Get-Mailbox,Error,/);
    const files = [
      ...filesUnder(logDir),
      ...filesUnder(process.env['EXOSH_CACHE_DIR']),
      ...filesUnder(process.env['XDG_CACHE_HOME']),
    ];
    for (const where of [
      { file: 'output, error, warning, verbose, debug and information streams', text: streams },
      ...files,
    ]) {
      expect(where.text, where.file).not.toContain(token);
      expect(where.text, where.file).not.toContain(token.slice(20, 60));
      expect(where.text, where.file).not.toContain(token.split('.')[2] ?? token);
    }
  });
});
