// Measurement helpers: interleaved runs of ours and the reference, medians, and process timing.
import { spawnSync } from 'node:child_process';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs ours and the reference alternately `runs` times; each fn returns one sample (a number). */
export async function interleaved(runs, ours, reference) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(await ours(i));
    b.push(await reference(i));
  }
  return { ours: median(a), reference: median(b) };
}

/** Wall-clock milliseconds of one process run; throws when check(result) fails, so wrong answers never time. */
export function timeProcess(cmd, args, check, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const problem = check(r);
  if (problem) throw new Error(`${cmd} ${args.join(' ')}: ${problem}`);
  return ms;
}
