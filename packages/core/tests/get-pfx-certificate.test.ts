// Get-PfxCertificate on the module's [X509Certificate2]: the password prompt of an interactive host, -Password,
// -NoPromptForPassword, and a host that cannot ask.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace, type Runspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '../src/index.js';

const password = 'Pfx-Pa55word!';
let dir: string;
const runspaces: Runspace[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-core-getpfx-'));
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.UTC(2026, 0, 1));
  cert.validity.notAfter = new Date(Date.UTC(2036, 0, 1));
  const name = [{ name: 'commonName', value: 'pfx test' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], password, { algorithm: 'aes256' });
  writeFileSync(path.join(dir, 'locked.pfx'), Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
});

afterAll(async () => {
  for (const rs of runspaces) await rs.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A runspace with the module, whose host answers prompts from `answers` (interactive) or cannot ask. */
function session(answers: string[] | undefined) {
  const prompts: string[] = [];
  const rs = createRunspace({
    interactive: answers !== undefined,
    host: {
      readLine: (prompt: string, options?: { readonly secure?: boolean }) => {
        prompts.push(`${prompt}${options?.secure ? '(secure)' : ''}`);
        return answers?.shift();
      },
    },
  });
  registerExchangeOnlineModule(rs, { moduleCacheDir: false });
  runspaces.push(rs);
  return { rs, prompts, run: (script: string) => rs.invokeSync(`Set-Location '${dir}'; ${script}`) };
}

describe('Get-PfxCertificate', () => {
  it('asks for the password (masked) when the file needs one, as pwsh does', () => {
    const s = session([password]);
    const r = s.run('$c = Get-PfxCertificate ./locked.pfx; $c.Subject; $c.HasPrivateKey');
    expect(r.errors.map((e) => e.exception.message)).toEqual([]);
    expect(r.output).toEqual(['CN=pfx test', true]);
    expect(s.prompts).toEqual(['Enter password: (secure)']);
  });

  it('-Password reads it without asking; -NoPromptForPassword never asks', () => {
    const s = session([]);
    const r =
      s.run(`$pw = [securestring]::new(); foreach ($c in '${password}'.ToCharArray()) { $pw.AppendChar($c) }
(Get-PfxCertificate -LiteralPath ./locked.pfx -Password $pw).Subject
Get-PfxCertificate ./locked.pfx -NoPromptForPassword`);
    expect(r.output.map(String)).toEqual(['CN=pfx test']);
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([
      'GetPfxCertificateUnknownCryptoError,Microsoft.PowerShell.Commands.GetPfxCertificateCommand',
    ]);
    expect(s.prompts).toEqual([]);
  });

  it('a wrong password is the crypto error, and a host that cannot ask gets it too', () => {
    const wrong = session(['not-it']);
    const r = wrong.run('Get-PfxCertificate ./locked.pfx');
    expect(wrong.prompts).toEqual(['Enter password: (secure)']);
    const quiet = session(undefined);
    const q = quiet.run('Get-PfxCertificate ./locked.pfx');
    expect(quiet.prompts).toEqual([]);
    for (const result of [r, q]) {
      expect(result.output).toEqual([]);
      expect(result.errors.map((e) => `${e.fullyQualifiedErrorId} ${e.categoryInfo.category}`)).toEqual([
        'GetPfxCertificateUnknownCryptoError,Microsoft.PowerShell.Commands.GetPfxCertificateCommand NotSpecified',
      ]);
    }
  });
});
