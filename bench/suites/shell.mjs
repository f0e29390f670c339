// The shell as users meet it: start to first prompt, and start -> Connect (certificate) -> first mailbox -> exit.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { interleaved, timeProcess } from '../lib/measure.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const exosh = path.join(root, 'apps/repl/bin/exosh.js');
const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-bench-'));
const env = { ...process.env, HOME: home, XDG_DATA_HOME: home, NO_COLOR: '1' };

/** Milliseconds from spawn until the first `PS ` prompt is printed. */
function timeToPrompt() {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [exosh, '-NoLogo', '-NoProfile'], {
      env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('PS ')) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        child.stdin.end('exit\n');
        child.once('exit', () => resolve(ms));
      }
    });
    child.once('error', reject);
  });
}

const okNode = (r) => (r.status !== 0 ? `exit ${r.status}` : undefined);
const connectScript =
  '$e = $ExoshEmulator; Connect-ExchangeOnline -AppId $e.AppId -CertificateFilePath $e.CertificateFilePath -Organization $e.Organization -ShowBanner:$false; Get-Mailbox -ResultSize 1 | ForEach-Object { $_.DisplayName }';
const okMailbox = (r) =>
  r.status !== 0 || !r.stdout.trim() ? `exit ${r.status}: ${r.stderr.trim().slice(0, 300)}` : undefined;

export default async function shell() {
  const prompt = await interleaved(
    10,
    () => timeToPrompt(),
    () => timeProcess(process.execPath, ['-e', '0'], okNode),
  );
  const connect = await interleaved(
    10,
    () =>
      timeProcess(
        process.execPath,
        [exosh, '-NoProfile', '-Emulator', '-Command', connectScript],
        okMailbox,
        { env, encoding: 'utf8' },
      ),
    () => timeProcess(process.execPath, ['-e', '0'], okNode),
  );
  return [
    {
      name: 'exosh start to first prompt',
      unit: 'ms',
      ours: prompt.ours,
      reference: prompt.reference,
      referenceName: 'node -e 0',
    },
    {
      name: 'exosh -Emulator: start, Connect (certificate), first object of Get-Mailbox -ResultSize 1, exit (embedded emulator start included)',
      unit: 'ms',
      ours: connect.ours,
      reference: connect.reference,
      referenceName: 'node -e 0',
    },
  ];
}
