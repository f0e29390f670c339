// -Certificate from a path string (PowerShell's X509Certificate2 constructor conversion) and from Get-PfxCertificate,
// through the real shell against an emulator process; -SigningCertificate accepted and checked.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';
import { connectCommand, runExosh } from './helpers/exosh-shell.js';

let emu: EmulatorProcess;
let dir: string;
const password = 'Pfx-Pa55word!';
const x509 = 'System.Security.Cryptography.X509Certificates.X509Certificate2';

/** The emulator's app certificate and key as PKCS#12, with `pass` (null: none). */
function writePfx(name: string, pass: string | null): string {
  const cert = forge.pki.certificateFromPem(emu.appCertificatePem);
  const key = forge.pki.privateKeyFromPem(emu.appKeyPem);
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], pass, { algorithm: 'aes256' });
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), { mode: 0o600 });
  return file;
}

const securePassword = `$pw = [securestring]::new(); foreach ($c in '${password}'.ToCharArray()) { $pw.AppendChar($c) }`;
const mailbox = '(Get-Mailbox -Identity admin).Alias';

beforeAll(async () => {
  emu = await startEmulatorProcess();
  dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-core-certobj-'));
  writePfx('open.pfx', null);
  writePfx('locked.pfx', password);
}, 60_000);

afterAll(() => emu?.stop());

describe('-Certificate with a path string or a Get-PfxCertificate object', () => {
  it('a path string becomes an X509Certificate2 (constructor conversion) and signs in', async () => {
    const r = await runExosh(
      emu,
      `${connectCommand(emu, `-Certificate '${path.join(dir, 'open.pfx')}'`)}
${mailbox}
(Get-ConnectionInformation).CertificateAuthentication
`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['admin', 'True']);
  });

  it('Get-PfxCertificate -Password reads a protected PFX (relative to the location) and the object signs in', async () => {
    const r = await runExosh(
      emu,
      `${securePassword}
Set-Location '${dir}'
$cert = Get-PfxCertificate -FilePath ./locked.pfx -Password $pw
$cert.GetType().FullName
$cert.HasPrivateKey
$cert | Format-Table | Out-String -Stream | Where-Object { $_ } | Select-Object -First 1
${connectCommand(emu, '-Certificate $cert')}
${mailbox}
`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([
      x509,
      'True',
      'Thumbprint                                Subject              EnhancedKeyUsageList',
      'admin',
    ]);
  });

  it('a protected PFX named by a string fails to bind, as the constructor cannot read it without its password', async () => {
    const r = await runExosh(
      emu,
      `${securePassword}
try { ${connectCommand(emu, `-Certificate '${path.join(dir, 'locked.pfx')}' -CertificatePassword $pw`)} }
catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
`,
    );
    const [id, message] = r.stdout.trim().split('\n');
    expect(id).toBe('CannotConvertArgumentNoMessage,Connect-ExchangeOnline');
    expect(message).toMatch(
      new RegExp(
        `^Cannot bind parameter 'Certificate'\\. Cannot convert value ".+locked\\.pfx" to type "${x509.replace(/\./g, '\\.')}"\\. Error: ".+"$`,
      ),
    );
  });

  it('Get-PfxCertificate reports missing files as pwsh does', async () => {
    const r = await runExosh(
      emu,
      `Get-PfxCertificate -FilePath '${path.join(dir, 'open.pfx')}', ./missing.pfx 2>&1 | ForEach-Object {
  if ($_ -is [System.Management.Automation.ErrorRecord]) { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $_" } else { $_.Subject }
}
try { Get-PfxCertificate ./missing.pfx } catch { "$($_.FullyQualifiedErrorId) | $_" }
`,
    );
    expect(r.stdout.trim().split('\n')).toEqual([
      'CN=exosh automation',
      'GetPfxCertCommandFileNotFound,Microsoft.PowerShell.Commands.GetPfxCertificateCommand | ObjectNotFound | The following file could not be found: ./missing.pfx.',
      'GetPfxCertCommandNoneOfTheFilesFound,Microsoft.PowerShell.Commands.GetPfxCertificateCommand | Command cannot find any of the specified files.',
    ]);
  });

  it('-SigningCertificate takes an X509Certificate2 (nothing to sign in exosh) and refuses anything else', async () => {
    const r = await runExosh(
      emu,
      `$signer = Get-PfxCertificate '${path.join(dir, 'open.pfx')}'
${connectCommand(emu, `-Certificate '${path.join(dir, 'open.pfx')}' -SigningCertificate $signer -Verbose`)} 4>&1 | Where-Object { "$_" -like 'SigningCertificate*' } | ForEach-Object { "$_" }
${mailbox}
try { ${connectCommand(emu, `-Certificate '${path.join(dir, 'open.pfx')}' -SigningCertificate (Get-Date)`)} }
catch { $_.FullyQualifiedErrorId }
`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([
      'SigningCertificate: exosh writes no module files to sign (its cmdlets live in memory), so the certificate is not used.',
      'admin',
      'CannotConvertArgumentNoMessage,Connect-ExchangeOnline',
    ]);
  });
});
