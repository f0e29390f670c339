// Continuous access evaluation through the real shell: a 401 claims challenge is answered with a token for those
// claims (past MSAL's cache), and the call is sent again once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';
import { connectCommand, runExosh } from './helpers/exosh-shell.js';

let emu: EmulatorProcess;

interface Stats {
  requests: Record<string, number>;
  claimsRequested: string[];
}
const stats = async () => (await emu.control('GET', '/_emulator/stats')).json as Stats;

beforeAll(async () => {
  emu = await startEmulatorProcess();
}, 60_000);

afterAll(() => emu?.stop());

describe('CAE claims challenge (WWW-Authenticate insufficient_claims)', () => {
  it('gets a token with the challenge claims and replays the call once', async () => {
    const added = await emu.control('POST', '/_emulator/faults', {
      kind: 'claimsChallenge',
      claims: JSON.stringify({ access_token: { nbf: { essential: true, value: '1764200000' } } }),
      route: 'exchange.invoke-command',
      cmdletName: 'Get-Mailbox',
    });
    expect(added.status).toBe(201);
    const before = await stats();
    const r = await runExosh(
      emu,
      `${connectCommand(emu, `-CertificateFilePath '${emu.certificateFile}'`)}
(Get-Mailbox -Identity admin).Alias
`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('admin');
    expect(r.status).toBe(0);
    const after = await stats();
    // The challenged call and its replay.
    expect(
      (after.requests['exchange.invoke-command'] ?? 0) - (before.requests['exchange.invoke-command'] ?? 0),
    ).toBe(2);
    const sent = after.claimsRequested.slice(before.claimsRequested.length);
    // MSAL merges the challenge into its own claims request (the id_token part is its own).
    const accessTokenClaims = sent.map((c) => (JSON.parse(c) as { access_token?: unknown }).access_token);
    expect(accessTokenClaims).toContainEqual({ nbf: { essential: true, value: '1764200000' } });
    expect((await emu.control('GET', '/_emulator/faults')).json).toEqual({ faults: [] });
  });

  it('a second challenge on the replay is the service error (one replay only)', async () => {
    await emu.control('POST', '/_emulator/faults', {
      kind: 'claimsChallenge',
      route: 'exchange.invoke-command',
      cmdletName: 'Get-Mailbox',
      times: 2,
    });
    const r = await runExosh(
      emu,
      `${connectCommand(emu, `-CertificateFilePath '${emu.certificateFile}'`)}
try { Get-Mailbox -Identity admin -ErrorAction Stop } catch { $_.Exception.Message }
`,
    );
    expect(r.stdout.trim()).toBe(
      'The access token does not satisfy the claims the resource asks for (continuous access evaluation).',
    );
    await emu.control('DELETE', '/_emulator/faults');
  });
});
