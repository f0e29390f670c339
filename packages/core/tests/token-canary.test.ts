// Canary: a known access token never appears in any output, error, warning or variable a script can see.
import { X509Certificate, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

afterAll(async () => {
  await rs?.dispose();
  emu?.stop();
});

describe('token canary', () => {
  it('connects with -AccessToken and never shows the token', () => {
    const script = `
      Connect-ExchangeOnline -AccessToken $tok -Organization '${emu.tenantDomain}' -ShowBanner:$false
      Remove-Variable -Name tok -ErrorAction SilentlyContinue
      Get-ConnectionInformation
      Get-Mailbox -ResultSize 2
      Get-Mailbox -Identity 'nobody@contoso.onmicrosoft.com'
      Get-Mailbox -NoSuchParameter x
      $Error
    `;
    const r = rs.invokeSync(script);
    const seen = [
      ...r.output.map((o) => toStringForDisplay(o)),
      ...r.output.map((o) => JSON.stringify((o as { noteEntries?: () => unknown }).noteEntries?.() ?? o)),
      ...r.errors.map((e) => `${e.exception.message} ${e.fullyQualifiedErrorId} ${String(e.targetObject)}`),
      ...r.warnings,
      ...r.verbose,
    ].join('\n');
    expect(r.output.length).toBeGreaterThan(2);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(seen).not.toContain(token);
    expect(seen).not.toContain(token.slice(20, 60));
  });
});
