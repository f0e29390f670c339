// -Credential with a PSCredential built from ConvertTo-SecureString reaches MSAL's username/password flow (real
// emulator process, real MSAL): the emulator, like Entra ID for most tenants, refuses that grant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace, type Runspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '../src/index.js';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';

let emu: EmulatorProcess;
const runspaces: Runspace[] = [];

function session(): Runspace {
  const rs = createRunspace();
  registerExchangeOnlineModule(rs, {
    emulator: { url: emu.url, caPem: emu.caPem, complianceUrl: emu.complianceUrl },
    retryBaseMs: 20,
  });
  runspaces.push(rs);
  return rs;
}

beforeAll(async () => {
  emu = await startEmulatorProcess();
}, 60_000);

afterAll(async () => {
  for (const rs of runspaces) await rs.dispose();
  emu?.stop();
});

describe('Connect-ExchangeOnline -Credential', () => {
  it('binds a PSCredential and sends its user name and password as the password grant', () => {
    const r = session().invokeSync(
      `$cred = New-Object System.Management.Automation.PSCredential ('admin@contoso.com', (ConvertTo-SecureString 'P@ss' -AsPlainText -Force))
       Connect-ExchangeOnline -Credential $cred -ShowBanner:$false`,
    );
    // No parameter binding error: the grant itself is what the emulator refuses.
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.fullyQualifiedErrorId).not.toMatch(
      /ParameterArgumentTransformationError|CannotConvert/,
    );
    expect(r.errors[0]!.fullyQualifiedErrorId).toBe('SignInFailed,Connect-ExchangeOnline');
    expect(r.errors[0]!.exception.message).toContain("unsupported grant type 'password'");
  }, 30_000);

  it('refuses PSCredential.Empty before signing in', () => {
    const r = session().invokeSync(
      'Connect-ExchangeOnline -Credential ([pscredential]::Empty) -ShowBanner:$false',
    );
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([
      'CredentialRequired,Connect-ExchangeOnline',
    ]);
  }, 30_000);
});
