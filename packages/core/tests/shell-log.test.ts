// -EnableErrorReporting / -LogDirectoryPath / -LogLevel through the real shell: one private CSV per connection with
// the cmdlets, their request ids and errors, and never a secret.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';
import { connectCommand, runExosh } from './helpers/exosh-shell.js';

let emu: EmulatorProcess;

beforeAll(async () => {
  emu = await startEmulatorProcess();
}, 60_000);

afterAll(() => emu?.stop());

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The rows of the one log file in `dir`, as objects keyed by the header. */
function readLog(dir: string): { file: string; rows: Record<string, string>[]; text: string } {
  const names = readdirSync(dir);
  expect(names).toEqual([expect.stringMatching(/^EXOCmdletTelemetry-\d{8}-\d{6}\.csv$/)]);
  const file = path.join(dir, names[0] ?? '');
  const text = readFileSync(file, 'utf8');
  const [header = '', ...lines] = text.trimEnd().split('\n');
  const columns = header.split(',');
  // Only the last column (Detail) may hold commas, quoted.
  const rows = lines.map((line) => {
    const cells = line.split(',');
    const head = cells.slice(0, columns.length - 1);
    const detail = cells.slice(columns.length - 1).join(',');
    return Object.fromEntries(
      [...head, detail.replace(/^"|"$/g, '').replace(/""/g, '"')].map((v, i) => [columns[i], v]),
    );
  });
  return { file, rows, text };
}

describe('Connect-ExchangeOnline -EnableErrorReporting', () => {
  it('writes the connection, each request with its ids, and errors to a 0600 CSV in -LogDirectoryPath', async () => {
    const r = await runExosh(
      emu,
      `${connectCommand(emu, `-CertificateFilePath '${emu.certificateFile}' -EnableErrorReporting -LogDirectoryPath ./logs`)}
(Get-Mailbox -Identity admin).Alias
Get-Mailbox -Identity nobody -ErrorAction SilentlyContinue
Get-ConnectionInformation | ForEach-Object ConnectionId
Disconnect-ExchangeOnline -Confirm:$false 6>$null
`,
    );
    expect(r.stderr).toBe('');
    const dir = path.join(r.home, 'logs');
    const { file, rows, text } = readLog(dir);
    const [announce, alias, connectionId] = r.stdout.trim().split('\n');
    expect(announce).toBe(`Writing cmdlet logs to ${file}`);
    expect(alias).toBe('admin');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(text.split('\n')[0]).toBe(
      'TimeStamp,ConnectionId,CmdletName,Event,ClientRequestId,ServerRequestId,Status,DurationMs,Detail',
    );
    expect(new Set(rows.map((row) => row['ConnectionId']))).toEqual(new Set([connectionId]));
    expect(rows.map((row) => `${row['CmdletName']} ${row['Event']} ${row['Status']}`)).toEqual([
      'Connect-ExchangeOnline CmdletStart ',
      'EXOModuleFile Request 200',
      'Connect-ExchangeOnline CmdletEnd ',
      'Get-Mailbox CmdletStart ',
      'Get-Mailbox Request 200',
      'Get-Mailbox CmdletEnd ',
      'Get-Mailbox CmdletStart ',
      'Get-Mailbox Request 404',
      'Get-Mailbox Error 404',
      'Get-Mailbox CmdletEnd ',
      'Disconnect-ExchangeOnline CmdletStart ',
      'Disconnect-ExchangeOnline CmdletEnd ',
    ]);
    for (const row of rows.filter((x) => x['Event'] === 'Request')) {
      expect(row['ClientRequestId']).toMatch(uuid);
      expect(row['ServerRequestId']).toMatch(uuid);
    }
    const error = rows.find((x) => x['Event'] === 'Error');
    expect(error?.['Detail']).toContain("couldn't be found");
    expect(error?.['Detail']).toContain(`RequestId=${error?.['ServerRequestId']}`);
    // The private key of -CertificateFilePath's file is not in it.
    expect(text).not.toContain(emu.appKeyPem.split('\n')[1]);
  });

  it('-LogLevel All adds the bound parameter names (never their values); a failed Connect logs its error', async () => {
    const r = await runExosh(
      emu,
      `$secret = 'Pa55-not-in-the-log'
$pw = [securestring]::new(); foreach ($c in $secret.ToCharArray()) { $pw.AppendChar($c) }
${connectCommand(emu, `-CertificateFilePath '${emu.certificateFile}' -CertificatePassword $pw -EnableErrorReporting -LogLevel All -LogDirectoryPath ./all`).replace(`-AppId ${emu.appClientId}`, '-AppId 00000000-0000-0000-0000-00000000beef')}
`,
    );
    expect(r.status).toBe(1);
    const { rows, text } = readLog(path.join(r.home, 'all'));
    expect(rows.map((row) => row['Event'])).toEqual(['CmdletStart', 'Parameters', 'Error', 'CmdletEnd']);
    expect(rows[1]?.['Detail']).toBe(
      'ConnectionUri AzureADAuthorizationEndpointUri AppId Organization ShowBanner CertificateFilePath CertificatePassword EnableErrorReporting LogLevel LogDirectoryPath',
    );
    expect(rows[2]?.['Detail']).toMatch(/^SignInFailed,Connect-ExchangeOnline: /);
    expect(text).not.toContain('Pa55-not-in-the-log');
  });

  it('a failed item of a $batch answer gets its own Error row', async () => {
    const r = await runExosh(
      emu,
      `${connectCommand(emu, `-CertificateFilePath '${emu.certificateFile}' -EnableErrorReporting -LogDirectoryPath ./batch`)}
'admin', 'nobody' | Get-Mailbox -ErrorAction SilentlyContinue | ForEach-Object Alias
`,
    );
    expect(r.stderr).toBe('');
    const { rows } = readLog(path.join(r.home, 'batch'));
    const mailboxRows = rows.filter(
      (row) => row['CmdletName'] === 'Get-Mailbox' || row['Event'] === 'Request',
    );
    expect(mailboxRows.map((row) => `${row['CmdletName']} ${row['Event']} ${row['Status']}`)).toEqual([
      'EXOModuleFile Request 200',
      'Get-Mailbox CmdletStart ',
      'Get-Mailbox Request 200',
      'Get-Mailbox Error 404',
      'Get-Mailbox CmdletEnd ',
    ]);
    expect(mailboxRows[2]?.['Detail']).toMatch(/\/\$batch retries=0$/);
    const error = rows.find((row) => row['Event'] === 'Error');
    expect(error?.['Detail']).toContain("'nobody'");
    expect(error?.['ClientRequestId']).toMatch(uuid);
  });

  it('a non-terminating error of the service (@adminapi.errors in a 200 page) gets an Error row', async () => {
    const r = await runExosh(
      emu,
      `${connectCommand(emu, `-CertificateFilePath '${emu.certificateFile}' -EnableErrorReporting -LogDirectoryPath ./nonterm`)}
New-DistributionGroup -Name 'Log Test Group' -Members 'nobody-at-all' -ErrorAction SilentlyContinue | ForEach-Object DisplayName
`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').pop()).toBe('Log Test Group');
    const { rows } = readLog(path.join(r.home, 'nonterm'));
    const group = rows.filter((row) => row['CmdletName'] === 'New-DistributionGroup');
    expect(group.map((row) => `${row['Event']} ${row['Status']}`)).toEqual([
      'CmdletStart ',
      'Request 200',
      'Error ',
      'CmdletEnd ',
    ]);
    expect(group[2]?.['Detail']).toMatch(
      /^Microsoft\.PowerShell\.Commands\.WriteErrorException,PrintResultAndCheckForNextPage: .*nobody-at-all/,
    );
  });

  it('without -EnableErrorReporting, -LogDirectoryPath writes nothing (the module logs only when asked)', async () => {
    const r = await runExosh(
      emu,
      `${connectCommand(emu, `-CertificateFilePath '${emu.certificateFile}' -LogDirectoryPath ./quiet`)}
(Get-Mailbox -Identity admin).Alias
`,
    );
    expect(r.stdout.trim()).toBe('admin');
    expect(existsSync(path.join(r.home, 'quiet'))).toBe(false);
  });
});
