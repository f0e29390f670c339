// Issue #8's connect-path targets against exosh-emulator run as its own process (the stand-in for the cloud):
// start -> Connect (certificate) -> first Get-EXOMailbox object -> exit; Connect with 1 vs all cmdlets; RSS over
// 1,000 Connect/Disconnect cycles (peak RSS streaming 100,000 mailboxes: export.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulatorProcess } from '../lib/emulator.mjs';
import { interleaved, timeProcess } from '../lib/measure.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const exosh = path.join(root, 'apps/repl/bin/exosh.js');
const child = path.join(import.meta.dirname, '../lib/connect-child.mjs');
const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-bench-exo-'));

const okNode = (r) => (r.status !== 0 ? `exit ${r.status}` : undefined);
const okMailbox = (r) =>
  r.status !== 0 || r.stdout.trim() !== 'MOD Administrator'
    ? `exit ${r.status}: ${(r.stdout + r.stderr).trim().slice(0, 300)}`
    : undefined;

function runChild(emu, options) {
  const args = {
    url: emu.url,
    caFile: emu.caFile,
    complianceUrl: emu.complianceUrl,
    tenantDomain: emu.tenantDomain,
    appClientId: emu.appClientId,
    certificateFile: emu.certificateFile,
    ...options,
  };
  const r = spawnSync(process.execPath, ['--expose-gc', child, JSON.stringify(args)], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home },
  });
  if (r.status !== 0) throw new Error(`connect-child: ${r.stderr.trim().slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

export default async function exchange() {
  const rows = [];
  const emu = await startEmulatorProcess();
  try {
    const env = {
      ...process.env,
      HOME: home,
      XDG_DATA_HOME: home,
      XDG_CACHE_HOME: path.join(home, 'cache'),
      NODE_EXTRA_CA_CERTS: emu.caBundle,
      NO_COLOR: '1',
    };
    const script = `${emu.connectCommand()}; Get-EXOMailbox -ResultSize 1 | ForEach-Object { $_.DisplayName }`;
    const shell = (e) => () =>
      timeProcess(process.execPath, [exosh, '-NoProfile', '-Command', script], okMailbox, { env: e });
    const node = () => timeProcess(process.execPath, ['-e', '0'], okNode, { env });
    // The first run fills the module cache; every later Connect reads it, as a user's reconnect does.
    shell(env)();
    const warm = await interleaved(10, shell(env), node);
    rows.push({
      name: 'exosh, emulator already running: start, Connect (certificate), first object of Get-EXOMailbox -ResultSize 1, exit (module cache warm)',
      unit: 'ms',
      ...warm,
      referenceName: 'node -e 0, same CA env',
    });
    let n = 0;
    const cold = await interleaved(
      5,
      () => shell({ ...env, XDG_CACHE_HOME: path.join(home, `cold-${n++}`) })(),
      node,
    );
    rows.push({
      name: 'same, module cache empty (first Connect for this tenant and role set: EXOModuleFile download and parse)',
      unit: 'ms',
      ...cold,
      referenceName: 'node -e 0, same CA env',
    });

    const cost = runChild(emu, { mode: 'cost', runs: 15 });
    rows.push({
      name: `Connect (certificate, in-process, module cache warm): all ${cost.commands} cmdlets vs -CommandName Get-Mailbox (target <= 1.10x)`,
      unit: 'ms',
      ours: cost.all,
      reference: cost.one,
      referenceName: '1 cmdlet',
    });
    const costCold = runChild(emu, { mode: 'cost', runs: 15, noCache: true });
    rows.push({
      name: `Connect without the module cache: all ${costCold.commands} cmdlets vs -CommandName Get-Mailbox`,
      unit: 'ms',
      ours: costCold.all,
      reference: costCold.one,
      referenceName: '1 cmdlet',
    });

    // The I/O worker's V8 young generation grows once (~17 MB, over the first ~2,000 sign-ins) and then stays: the
    // window is measured after that, so it shows what Connect/Disconnect keep, not V8's sizing.
    const cycles = runChild(emu, { mode: 'cycles', warmup: 3000, cycles: 1000 });
    if (cycles.left !== 0) throw new Error(`${cycles.left} connections left after Disconnect`);
    rows.push({
      name: `RSS growth over 1,000 Connect/Disconnect cycles in one process, after 3,000 warm-up cycles and a full GC in both threads (engine heap ${cycles.heapGrowthMB.toFixed(2)} MB, I/O worker heap ${cycles.workerHeapGrowthMB.toFixed(2)} MB)`,
      unit: 'MB',
      ours: Math.max(cycles.growthMB, 0.01),
      reference: 10,
      referenceName: 'target',
    });
  } finally {
    emu.stop();
  }

  return rows;
}
