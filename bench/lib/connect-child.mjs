// Runs in its own process (node --expose-gc): Connect/Disconnect in one runspace against a running emulator.
//   cycles: RSS growth over N Connect/Disconnect cycles after a warm-up;  cost: Connect time, all cmdlets vs one.
import { readFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRunspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '@exosh/core';

const args = JSON.parse(process.argv[2]);
const rs = createRunspace();
registerExchangeOnlineModule(rs, {
  emulator: { url: args.url, caPem: readFileSync(args.caFile, 'utf8'), complianceUrl: args.complianceUrl },
  moduleCacheDir: args.noCache ? false : mkdtempSync(path.join(os.tmpdir(), 'exosh-bench-modules-')),
});
const connect = (extra = '') =>
  `Connect-ExchangeOnline -AppId ${args.appClientId} -CertificateFilePath '${args.certificateFile}' ` +
  `-Organization ${args.tenantDomain} -ShowBanner:$false ${extra}`;

function run(script) {
  const r = rs.invokeSync(script);
  if (r.errors.length) throw new Error(r.errors.map((e) => e.exception.message).join('; '));
  return r.output;
}

function cycle(extra) {
  run(connect(extra));
  run('Disconnect-ExchangeOnline -Confirm:$false');
}

const workerGc = pathToFileURL(path.join(import.meta.dirname, 'worker-gc.mjs')).href;
/** Full collections in both threads (the engine's and the I/O worker's, where MSAL and HTTP run), then RSS. */
const settle = () => {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  const worker = rs.bridge.call(workerGc, 'collect', {});
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed, external: m.external, workerHeap: worker.heapUsed };
};

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

let result;
if (args.mode === 'cycles') {
  for (let i = 0; i < args.warmup; i++) cycle();
  const before = settle();
  for (let i = 0; i < args.cycles; i++) cycle();
  const after = settle();
  const left = Number(run('@(Get-ConnectionInformation).Count')[0]);
  const mb = (n) => n / 1048576;
  result = {
    growthMB: mb(after.rss - before.rss),
    heapGrowthMB: mb(after.heap - before.heap),
    externalGrowthMB: mb(after.external - before.external),
    workerHeapGrowthMB: mb(after.workerHeap - before.workerHeap),
    beforeMB: mb(before.rss),
    left,
  };
} else {
  const all = [];
  const one = [];
  const time = (extra) => {
    const start = performance.now();
    run(connect(extra));
    const ms = performance.now() - start;
    run('Disconnect-ExchangeOnline -Confirm:$false');
    return ms;
  };
  for (let i = 0; i < 3; i++) {
    time();
    time('-CommandName Get-Mailbox');
  }
  for (let i = 0; i < args.runs; i++) {
    all.push(time());
    one.push(time('-CommandName Get-Mailbox'));
  }
  run(connect());
  const commands = Number(run(`@(Get-Command -Module (Get-ConnectionInformation).ModuleName).Count`)[0]);
  result = { all: median(all), one: median(one), commands };
}
await rs.dispose();
process.stdout.write(JSON.stringify(result) + '\n');
process.exit(0);
