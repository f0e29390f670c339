// pnpm bench: runs every suite in bench/suites and prints one markdown table (ours vs reference, same run).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.join(import.meta.dirname, 'suites');
const only = process.argv.slice(2);
const rows = [];
const failures = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const mod = await import(pathToFileURL(path.join(dir, file)).href);
  try {
    rows.push(...(await mod.default()));
  } catch (err) {
    failures.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const fmt = (v, unit) => `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${unit}`;
console.log('| benchmark | ours | reference | ratio (ours/ref) |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.name.replaceAll('|', '\\|')} | ${fmt(r.ours, r.unit)} | ${fmt(r.reference, r.unit)} (${r.referenceName}) | ${(r.ours / r.reference).toFixed(2)}x |`,
  );
}
for (const f of failures) console.error(`FAILED ${f}`);
process.exitCode = failures.length ? 1 : 0;
