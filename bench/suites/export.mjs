// Peak RSS of the shell streaming 100,000 mailboxes from exosh-emulator (its own process) to Export-Csv (issue #8).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulatorProcess } from '../lib/emulator.mjs';
import { median } from '../lib/measure.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const exosh = path.join(root, 'apps/repl/bin/exosh.js');
const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-bench-export-'));

/** Peak RSS (MB) of one run, from the kernel's accounting of the finished child (`ru_maxrss` via time -f). */
function peakRssMB(args, env, check) {
  const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, ...args], {
    encoding: 'utf8',
    env,
  });
  const problem = check(r);
  if (problem) throw new Error(problem);
  return Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]) / 1024;
}

export default async function exportCsv() {
  const rows = [];
  const big = await startEmulatorProcess({ mailboxes: 100_000 });
  try {
    const csv = path.join(home, 'mailboxes.csv');
    const env = {
      ...process.env,
      HOME: home,
      XDG_CACHE_HOME: path.join(home, 'cache'),
      NODE_EXTRA_CA_CERTS: big.caBundle,
    };
    const script = `${big.connectCommand()}; Get-EXOMailbox -ResultSize Unlimited | Export-Csv -Path '${csv}' -NoTypeInformation`;
    const expected = 100_000;
    const okCsv = (r) => {
      if (r.status !== 0) return `exit ${r.status}: ${r.stderr.trim().slice(0, 300)}`;
      const rows = readFileSync(csv, 'utf8')
        .split('\n')
        .filter((l) => l.includes('@')).length;
      return rows < expected
        ? `only ${rows} mailbox rows in the CSV (expected at least ${expected})`
        : undefined;
    };
    const peaks = [];
    for (let i = 0; i < 3; i++) {
      peaks.push(peakRssMB([exosh, '-NoProfile', '-Command', script], env, okCsv));
      rmSync(csv, { force: true });
    }
    rows.push({
      name: 'peak RSS: Get-EXOMailbox -ResultSize Unlimited (100,000 generated mailboxes) | Export-Csv',
      unit: 'MB',
      ours: median(peaks),
      reference: 150,
      referenceName: 'target',
    });
  } finally {
    big.stop();
  }
  return rows;
}
