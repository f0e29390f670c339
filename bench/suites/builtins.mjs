// Built-in cmdlets at scale (issue #6): Export-Csv, ConvertTo-Json, Sort-Object, Format-Table, each next to the
// plain JavaScript equivalent measured in the same run; and peak RSS streaming 1,000,000 objects to Export-Csv.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { interleaved, median } from '../lib/measure.mjs';

const { createRunspace } = await import('@exosh/runtime');

const root = path.resolve(import.meta.dirname, '../..');
const exosh = path.join(root, 'apps/repl/bin/exosh.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-bench-builtins-'));

/** Milliseconds of `script` in a runspace prepared by `setup` (untimed); `check` validates the output. */
function timeCmdlet(setup, script, check) {
  const rs = createRunspace({ workingDirectory: dir });
  if (setup) {
    const s = rs.invokeSync(setup);
    if (s.errors.length) throw new Error(`${setup}: ${s.errors[0].exception.message}`);
  }
  const start = performance.now();
  const r = rs.invokeSync(script);
  const ms = performance.now() - start;
  if (r.errors.length) throw new Error(`${script}: ${r.errors[0].exception.message}`);
  const problem = check(r.output);
  if (problem) throw new Error(`${script}: ${problem}`);
  return ms;
}

function timeJs(fn, check) {
  const start = performance.now();
  const v = fn();
  const ms = performance.now() - start;
  const problem = check(v);
  if (problem) throw new Error(`reference: ${problem}`);
  return ms;
}

const csvLines = (file, expected) => {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
  return lines === expected ? undefined : `${lines} CSV lines, expected ${expected}`;
};

const quote = (v) => `"${String(v).replace(/"/g, '""')}"`;

const cases = [
  {
    name: 'Export-Csv of 100,000 objects',
    setup:
      '$rows = foreach ($i in 1..100000) { [pscustomobject]@{ Id = $i; Name = "user$i"; Mail = "user$i@contoso.com" } }',
    script: `$rows | Export-Csv -Path '${path.join(dir, 'ours.csv')}' -NoTypeInformation`,
    check: () => csvLines(path.join(dir, 'ours.csv'), 100_001),
    js: () => {
      const rows = Array.from({ length: 100_000 }, (_, k) => ({
        Id: k + 1,
        Name: `user${k + 1}`,
        Mail: `user${k + 1}@contoso.com`,
      }));
      const lines = ['"Id","Name","Mail"', ...rows.map((r) => [r.Id, r.Name, r.Mail].map(quote).join(','))];
      writeFileSync(path.join(dir, 'js.csv'), lines.join('\n') + '\n');
      return path.join(dir, 'js.csv');
    },
    jsCheck: (file) => csvLines(file, 100_001),
  },
  {
    name: 'ConvertTo-Json -Depth 3 of 10,000 nested objects',
    setup:
      '$objs = foreach ($i in 1..10000) { [pscustomobject]@{ Id = $i; Tags = @("a", "b"); Owner = [pscustomobject]@{ Name = "n$i"; Level = 2 } } }',
    script: '($objs | ConvertTo-Json -Depth 3 -Compress).Length',
    check: (out) => (out[0] > 500_000 ? undefined : `JSON length ${out[0]}`),
    js: () =>
      JSON.stringify(
        Array.from({ length: 10_000 }, (_, k) => ({
          Id: k + 1,
          Tags: ['a', 'b'],
          Owner: { Name: `n${k + 1}`, Level: 2 },
        })),
      ).length,
    jsCheck: (n) => (n > 500_000 ? undefined : `JSON length ${n}`),
  },
  {
    name: 'Sort-Object of 1,000,000 numbers',
    setup: '$n = foreach ($i in 1..1000000) { ($i * 7919) % 1000003 }',
    script: '$s = $n | Sort-Object; $s[0]; $s[-1]; $s.Count',
    check: (out) => (out[0] <= out[1] && out[2] === 1_000_000 ? undefined : `sorted ${JSON.stringify(out)}`),
    js: () => {
      const n = Array.from({ length: 1_000_000 }, (_, k) => ((k + 1) * 7919) % 1_000_003);
      return n.sort((a, b) => a - b);
    },
    jsCheck: (s) => (s[0] <= s[s.length - 1] && s.length === 1_000_000 ? undefined : 'not sorted'),
  },
  {
    name: 'Format-Table of 10,000 rows to a string',
    setup:
      '$t = foreach ($i in 1..10000) { [pscustomobject]@{ Name = "mailbox$i"; Items = $i * 3; Size = "$i MB" } }',
    script: '($t | Format-Table | Out-String).Length',
    check: (out) => (out[0] > 200_000 ? undefined : `table length ${out[0]}`),
    js: () => {
      const rows = Array.from({ length: 10_000 }, (_, k) => [
        `mailbox${k + 1}`,
        String((k + 1) * 3),
        `${k + 1} MB`,
      ]);
      const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 5));
      const line = (r) => r.map((v, c) => (c === 1 ? v.padStart(widths[c]) : v.padEnd(widths[c]))).join(' ');
      return [line(['Name', 'Items', 'Size']), ...rows.map(line)].join('\n').length;
    },
    jsCheck: (n) => (n > 200_000 ? undefined : `table length ${n}`),
  },
];

/** Peak RSS (MB) of a finished child, from the kernel's accounting (`ru_maxrss` via time -f). */
function peakRssMB(args, check) {
  const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, ...args], { encoding: 'utf8' });
  const problem = check(r);
  if (problem) throw new Error(problem);
  return Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]) / 1024;
}

export default async function builtins() {
  const rows = [];
  for (const c of cases) {
    const { ours, reference } = await interleaved(
      5,
      () => timeCmdlet(c.setup, c.script, c.check),
      () => timeJs(c.js, c.jsCheck),
    );
    rows.push({ name: c.name, unit: 'ms', ours, reference, referenceName: 'plain JS' });
  }
  const big = path.join(dir, 'million.csv');
  const streamed = (r) =>
    r.status !== 0 ? `exit ${r.status}: ${r.stderr.slice(0, 300)}` : csvLines(big, 1_000_001);
  const ours = [];
  const reference = [];
  for (let i = 0; i < 3; i++) {
    ours.push(
      peakRssMB(
        [
          exosh,
          '-NoProfile',
          '-Command',
          `1..1000000 | ForEach-Object { [pscustomobject]@{ Id = $_; Name = "user$_" } } | Export-Csv -Path '${big}' -NoTypeInformation`,
        ],
        streamed,
      ),
    );
    rmSync(big, { force: true });
    reference.push(
      peakRssMB(
        [
          '-e',
          `const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(big)}, 'w'); fs.writeSync(fd, '"Id","Name"\\n'); for (let i = 1; i <= 1e6; i++) { const o = { Id: i, Name: 'user' + i }; fs.writeSync(fd, '"' + o.Id + '","' + o.Name + '"\\n'); } fs.closeSync(fd);`,
        ],
        streamed,
      ),
    );
    rmSync(big, { force: true });
  }
  rows.push({
    name: 'peak RSS streaming 1,000,000 objects through ForEach-Object to Export-Csv (exosh -Command)',
    unit: 'MB',
    ours: median(ours),
    reference: median(reference),
    referenceName: 'node streaming the same rows with fs.writeSync',
  });
  rmSync(dir, { recursive: true, force: true });
  return rows;
}
