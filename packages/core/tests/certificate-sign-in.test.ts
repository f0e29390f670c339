// Certificate sign-in off Windows against a real emulator process and real MSAL: PFX files, the certificate
// folder for -CertificateThumbprint, and [X509Certificate2] objects for -Certificate.
import { execFileSync } from 'node:child_process';
import { X509Certificate, createHash, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace, type Runspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '../src/index.js';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';

let emu: EmulatorProcess;
let dir: string;
let thumbprint: string;
const runspaces: Runspace[] = [];
const password = 'Pfx-Pa55word!';

/** A PKCS#12 file made the way forge writes them (3DES or AES-256, SHA-1 MAC); `null` password = none. */
function writePfx(
  name: string,
  opts: { password: string | null; withKey?: boolean; algorithm?: '3des' | 'aes256' },
) {
  const cert = forge.pki.certificateFromPem(emu.appCertificatePem);
  const key = opts.withKey === false ? null : forge.pki.privateKeyFromPem(emu.appKeyPem);
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], opts.password, {
    algorithm: opts.algorithm ?? 'aes256',
  });
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), { mode: 0o600 });
  return file;
}

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function session(): Runspace {
  const rs = createRunspace();
  registerExchangeOnlineModule(rs, {
    emulator: { url: emu.url, caPem: emu.caPem, complianceUrl: emu.complianceUrl },
    retryBaseMs: 20,
  });
  runspaces.push(rs);
  return rs;
}

/** A SecureString built the way any PowerShell can (no ConvertTo-SecureString needed). */
const secure = (name: string, text: string) =>
  `$${name} = [securestring]::new(); foreach ($c in '${text}'.ToCharArray()) { $${name}.AppendChar($c) }; `;

const connectArgs = () =>
  `-AppId '${emu.appClientId}' -Organization '${emu.tenantDomain}' -ShowBanner:$false`;

const errorsOf = (r: { errors: readonly { exception: { message: string } }[] }) =>
  r.errors.map((e) => e.exception.message);

beforeAll(async () => {
  emu = await startEmulatorProcess();
  dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-core-certs-'));
  thumbprint = createHash('sha1')
    .update(new X509Certificate(emu.appCertificatePem).raw)
    .digest('hex')
    .toUpperCase();
}, 60_000);

afterAll(async () => {
  for (const rs of runspaces) await rs.dispose();
  emu?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true }); // test keys, but keys all the same
});

describe('-CertificateFilePath with a PFX file', () => {
  it.each([
    ['AES-256', 'aes256'],
    ['3DES (older exports)', '3des'],
  ] as const)(
    'signs in with a %s PFX and its SecureString password',
    (_name, algorithm) => {
      const pfx = writePfx(`app-${algorithm}.pfx`, { password, algorithm });
      const rs = session();
      const r = rs.invokeSync(
        `${secure('pw', password)}Connect-ExchangeOnline -CertificateFilePath '${pfx}' -CertificatePassword $pw ${connectArgs()}
       $c = Get-ConnectionInformation
       $c.CertificateAuthentication; $c.AppId; $c.UserPrincipalName
       (Get-Mailbox -ResultSize 1 | Measure-Object).Count`,
      );
      expect(errorsOf(r)).toEqual([]);
      expect(r.output).toEqual([true, emu.appClientId, `OAuthUser@${emu.tenantDomain}`, 1]);
    },
    30_000,
  );

  it.skipIf(!hasOpenssl())(
    'signs in with a PFX exported by OpenSSL 3 (PBES2, SHA-256 MAC)',
    () => {
      const pem = path.join(dir, 'openssl-in.pem');
      writeFileSync(pem, `${emu.appCertificatePem}\n${emu.appKeyPem}`, { mode: 0o600 });
      const pfx = path.join(dir, 'openssl.pfx');
      execFileSync('openssl', ['pkcs12', '-export', '-in', pem, '-out', pfx, '-passout', `pass:${password}`]);
      const r = session().invokeSync(
        `${secure('pw', password)}Connect-ExchangeOnline -CertificateFilePath '${pfx}' -CertificatePassword $pw ${connectArgs()}
       (Get-ConnectionInformation).CertificateAuthentication`,
      );
      expect(errorsOf(r)).toEqual([]);
      expect(r.output).toEqual([true]);
    },
    30_000,
  );

  it('reports a wrong password as the module does, and leaves no connection behind', () => {
    const pfx = writePfx('wrong-password.pfx', { password });
    const r = session().invokeSync(
      `${secure('pw', 'not-the-password')}Connect-ExchangeOnline -CertificateFilePath '${pfx}' -CertificatePassword $pw ${connectArgs()}
       'after'; @(Get-ConnectionInformation).Count`,
    );
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0]!;
    expect(e.fullyQualifiedErrorId).toBe('CertificateLoadFailed,Connect-ExchangeOnline');
    expect(e.categoryInfo.category).toBe('InvalidData');
    expect(e.exception.message).toBe(
      'Failed to load the Certificate, this can be because of any of the following reasons.\n' +
        '\t1. Certificate file referred by CertificateFilePath is not a valid Certificate file.\n' +
        '\t2. Missing or invalid CertificatePassword provided to load the certificate.\n' +
        'InnerException : The certificate data cannot be read with the provided password, the password may be incorrect.',
    );
    expect(e.exception.message).not.toContain('not-the-password');
    expect(r.output).toEqual(['after', 0]);
  }, 30_000);

  it('reports a password-protected PFX given without -CertificatePassword, a file that is no certificate, and a missing file', () => {
    const pfx = writePfx('needs-password.pfx', { password });
    const junk = path.join(dir, 'junk.pfx');
    writeFileSync(junk, 'this is not a certificate');
    const missing = path.join(dir, 'missing.pfx');
    const rs = session();
    const inner = (file: string) => {
      const r = rs.invokeSync(`Connect-ExchangeOnline -CertificateFilePath '${file}' ${connectArgs()}`);
      expect(r.errors[0]?.fullyQualifiedErrorId).toBe('CertificateLoadFailed,Connect-ExchangeOnline');
      return r.errors[0]?.exception.message.split('InnerException : ')[1];
    };
    expect(inner(pfx)).toBe(
      'The certificate data cannot be read with the provided password, the password may be incorrect.',
    );
    expect(inner(junk)).toBe('Cannot find the requested object.');
    expect(inner(missing)).toBe(`Could not find file '${missing}'.`);
  }, 30_000);

  it('refuses a PEM whose private key belongs to another certificate', () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const pem = path.join(dir, 'mismatch.pem');
    writeFileSync(
      pem,
      `${emu.appCertificatePem}\n${other.export({ format: 'pem', type: 'pkcs8' }).toString()}`,
    );
    const r = session().invokeSync(`Connect-ExchangeOnline -CertificateFilePath '${pem}' ${connectArgs()}`);
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe('CertificateLoadFailed,Connect-ExchangeOnline');
    expect(r.errors[0]?.exception.message).toMatch(
      /InnerException : .*the key does not match the certificate\.$/,
    );
  }, 30_000);

  it('refuses a PFX that holds no private key', () => {
    const pfx = writePfx('no-key.pfx', { password, withKey: false });
    const r = session().invokeSync(
      `${secure('pw', password)}Connect-ExchangeOnline -CertificateFilePath '${pfx}' -CertificatePassword $pw ${connectArgs()}`,
    );
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe('CertificateWithoutPrivateKey,Connect-ExchangeOnline');
    expect(r.errors[0]?.exception.message).toContain(thumbprint);
  }, 30_000);
  it.skipIf(!hasOpenssl())(
    'refuses a PFX whose key is not RSA (Entra ID assertions are RS256/PS256)',
    () => {
      const key = path.join(dir, 'ec-key.pem');
      const cert = path.join(dir, 'ec-cert.pem');
      const pfx = path.join(dir, 'ec.pfx');
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:P-256',
          '-nodes',
          '-keyout',
          key,
          '-out',
          cert,
          '-days',
          '2',
          '-subj',
          '/CN=ec app/O=Contoso',
        ],
        { stdio: 'ignore' },
      );
      execFileSync('openssl', [
        'pkcs12',
        '-export',
        '-in',
        cert,
        '-inkey',
        key,
        '-out',
        pfx,
        '-passout',
        'pass:',
      ]);
      const r = session().invokeSync(`Connect-ExchangeOnline -CertificateFilePath '${pfx}' ${connectArgs()}`);
      expect(r.errors[0]?.fullyQualifiedErrorId).toBe('CertificateKeyNotSupported,Connect-ExchangeOnline');
      expect(r.errors[0]?.exception.message).toContain("'O=Contoso, CN=ec app'");
    },
    30_000,
  );
});

describe('-CertificateThumbprint and the certificate folder', () => {
  it('finds the certificate by thumbprint (any case) among the files of $env:EXOSH_CERTIFICATE_PATH', () => {
    const folder = path.join(dir, 'store');
    mkdirSync(folder);
    // Scanned, not named by thumbprint; a protected PFX and a stray file sit beside it.
    writeFileSync(path.join(folder, 'readme.pem'), 'not a certificate');
    writePfx('store/protected.pfx', { password });
    writePfx('store/automation.pfx', { password: null });
    const r = session().invokeSync(
      `$env:EXOSH_CERTIFICATE_PATH = '${folder}'
       Connect-ExchangeOnline -CertificateThumbprint '${thumbprint.toLowerCase()}' ${connectArgs()}
       (Get-ConnectionInformation).CertificateAuthentication
       $env:EXOSH_CERTIFICATE_PATH = $null`,
    );
    expect(errorsOf(r)).toEqual([]);
    expect(r.output).toEqual([true]);
  }, 30_000);

  it('takes a PEM named by its thumbprint', () => {
    const folder = path.join(dir, 'pem-store');
    mkdirSync(folder);
    writeFileSync(path.join(folder, `${thumbprint}.pem`), emu.appCertificatePem + emu.appKeyPem);
    const r = session().invokeSync(
      `$env:EXOSH_CERTIFICATE_PATH = '${folder}'
       Connect-ExchangeOnline -CertificateThumbprint '${thumbprint}' ${connectArgs()}
       (Get-ConnectionInformation).CertificateAuthentication
       $env:EXOSH_CERTIFICATE_PATH = $null`,
    );
    expect(errorsOf(r)).toEqual([]);
    expect(r.output).toEqual([true]);
  }, 30_000);

  it('says which folders it searched when no certificate has the thumbprint', () => {
    const folder = path.join(dir, 'empty-store');
    mkdirSync(folder);
    const r = session().invokeSync(
      `$env:EXOSH_CERTIFICATE_PATH = '${folder}'
       Connect-ExchangeOnline -CertificateThumbprint '${'AB'.repeat(20)}' ${connectArgs()}
       $env:EXOSH_CERTIFICATE_PATH = $null`,
    );
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe('CertificateNotFound,Connect-ExchangeOnline');
    expect(r.errors[0]?.categoryInfo.category).toBe('ObjectNotFound');
    expect(r.errors[0]?.exception.message).toContain(`'${folder}'`);
  }, 30_000);
});

describe('-Certificate with an X509Certificate2', () => {
  it('builds the certificate object from a PFX and signs in with it', () => {
    const pfx = writePfx('object.pfx', { password });
    const r = session().invokeSync(
      `${secure('pw', password)}$cert = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new('${pfx}', $pw)
       $cert.Thumbprint; $cert.Subject; $cert.HasPrivateKey; $cert.NotAfter -is [datetime]
       $cert -is [System.Security.Cryptography.X509Certificates.X509Certificate]
       Connect-ExchangeOnline -Certificate $cert ${connectArgs()}
       (Get-ConnectionInformation).CertificateAuthentication`,
    );
    expect(errorsOf(r)).toEqual([]);
    const subject = new X509Certificate(emu.appCertificatePem).subject.split('\n').reverse().join(', ');
    expect(r.output).toEqual([thumbprint, subject, true, true, true, true]);
  }, 30_000);

  it('never shows the private key or the password through members, views or JSON', () => {
    const pfx = writePfx('secret.pfx', { password });
    const r = session().invokeSync(
      `${secure('pw', password)}$cert = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new('${pfx}', $pw)
       $cert | Format-List * | Out-String
       $cert | ConvertTo-Json
       "$cert"
       ($cert | Get-Member | ForEach-Object Name) -join ','`,
    );
    expect(errorsOf(r)).toEqual([]);
    const text = r.output.map(String).join('\n');
    expect(text).toContain(thumbprint);
    expect(text).not.toMatch(/PRIVATE KEY|MII[A-Za-z0-9+/]{40}/);
    expect(text).not.toContain(password);
    expect(text).not.toContain(emu.appKeyPem.split('\n')[1]!);
  }, 30_000);

  it('raises the .NET exception from the constructor for a wrong password', () => {
    const pfx = writePfx('object-wrong.pfx', { password });
    const r = session().invokeSync(
      `try { [System.Security.Cryptography.X509Certificates.X509Certificate2]::new('${pfx}', 'wrong') } catch { $_.Exception.GetType().FullName; $_.Exception.Message }`,
    );
    expect(r.output).toEqual([
      'System.Management.Automation.MethodInvocationException',
      'Exception calling ".ctor" with "2" argument(s): "The certificate data cannot be read with the provided password, the password may be incorrect."',
    ]);
  }, 30_000);

  it('refuses a certificate object without its private key', () => {
    const cer = path.join(dir, 'public.cer');
    writeFileSync(cer, emu.appCertificatePem);
    const r = session().invokeSync(
      `$cert = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new('${cer}')
       $cert.HasPrivateKey
       Connect-ExchangeOnline -Certificate $cert ${connectArgs()}`,
    );
    expect(r.output).toEqual([false]);
    expect(r.errors[0]?.fullyQualifiedErrorId).toBe('CertificateWithoutPrivateKey,Connect-ExchangeOnline');
  }, 30_000);
});

describe('a certificate connection whose token expires mid-run', () => {
  const tokenRequests = async () =>
    ((await emu.control('GET', '/_emulator/stats')).json as { requests: Record<string, number> }).requests[
      'entra.token'
    ] ?? 0;

  it('renews the short-lived token silently, then turns Broken when renewal fails', async () => {
    const pfx = writePfx('expiring.pfx', { password });
    // Tokens of 60 s: inside MSAL's 5-minute renewal window, so every request needs a new one.
    await emu.control('POST', '/_emulator/faults', { kind: 'tokenLifetime', seconds: 60 });
    try {
      const rs = session();
      const connect = rs.invokeSync(
        `${secure('pw', password)}Connect-ExchangeOnline -CertificateFilePath '${pfx}' -CertificatePassword $pw ${connectArgs()}
         $c = Get-ConnectionInformation; $c.State; $c.TokenStatus`,
      );
      expect(errorsOf(connect)).toEqual([]);
      expect(connect.output).toEqual(['Connected', 'Active']);

      const before = await tokenRequests();
      const renewed = rs.invokeSync('(Get-Mailbox -ResultSize 1 | Measure-Object).Count');
      expect(errorsOf(renewed)).toEqual([]);
      expect(renewed.output).toEqual([1]);
      expect(await tokenRequests()).toBeGreaterThan(before);

      await emu.control('POST', '/_emulator/faults', {
        kind: 'status',
        status: 503,
        route: 'entra.token',
        times: 0,
      });
      const broken = rs.invokeSync(
        `Get-Mailbox -ResultSize 1; 'after'
         $c = Get-ConnectionInformation; $c.State; $c.TokenStatus; $null -eq $c.TokenExpiryTimeUTC`,
      );
      expect(broken.errors).toHaveLength(1);
      expect(broken.errors[0]?.categoryInfo.category).toBe('AuthenticationError');
      expect(broken.errors[0]?.fullyQualifiedErrorId).toMatch(/^TokenRefreshFailed/);
      expect(broken.output).toEqual(['after', 'Broken', 'Expired', true]);
    } finally {
      await emu.control('DELETE', '/_emulator/faults');
      await emu.control('POST', '/_emulator/faults', { kind: 'tokenLifetime', seconds: 3600 });
    }
  }, 60_000);
});
