// Engine throughput: Where-Object, ForEach-Object, foreach, advanced function calls; each next to plain JS.
import { interleaved } from '../lib/measure.mjs';

const { createRunspace } = await import('@exosh/runtime');

function timeScript(script, expect) {
  const rs = createRunspace();
  const start = performance.now();
  const r = rs.invokeSync(script);
  const ms = performance.now() - start;
  if (r.errors.length) throw new Error(`${script}: ${r.errors[0].exception.message}`);
  const got = JSON.stringify(
    r.output.map((o) => (typeof o === 'object' && o !== null && 'getNote' in o ? o.getNote('Count') : o)),
  );
  if (got !== JSON.stringify(expect))
    throw new Error(`${script}: expected ${JSON.stringify(expect)}, got ${got}`);
  return ms;
}

function timeJs(fn, expect) {
  const start = performance.now();
  const v = fn();
  const ms = performance.now() - start;
  if (v !== expect) throw new Error(`reference returned ${v}, expected ${expect}`);
  return ms;
}

const N = 200_000;
const cases = [
  {
    name: '1..200000 | Where-Object { $_ % 2 } | Measure-Object',
    script: '1..200000 | Where-Object { $_ % 2 } | Measure-Object',
    expect: [N / 2],
    js: () => {
      let c = 0;
      for (let i = 1; i <= N; i++) if (i % 2) c++;
      return c;
    },
    jsExpect: N / 2,
    objects: N,
  },
  {
    name: '1..200000 | ForEach-Object { $_ } (count)',
    script: '(1..200000 | ForEach-Object { $_ } | Measure-Object)',
    expect: [N],
    js: () => {
      const out = [];
      for (let i = 1; i <= N; i++) out.push(i);
      return out.length;
    },
    jsExpect: N,
    objects: N,
  },
  {
    name: 'foreach ($i in 1..200000) { $s += $i }',
    script: '$s = 0; foreach ($i in 1..200000) { $s += $i }; $s',
    expect: [(N * (N + 1)) / 2],
    js: () => {
      let s = 0;
      for (let i = 1; i <= N; i++) s += i;
      return s;
    },
    jsExpect: (N * (N + 1)) / 2,
    objects: N,
  },
  {
    name: '100,000 calls of an advanced function',
    script:
      'function f { [CmdletBinding()] param($x) $x }; $t = 0; foreach ($i in 1..100000) { $t += f $i }; $t',
    expect: [(100000 * 100001) / 2],
    js: () => {
      const f = (x) => x;
      let t = 0;
      for (let i = 1; i <= 100000; i++) t += f(i);
      return t;
    },
    jsExpect: (100000 * 100001) / 2,
    objects: 100000,
  },
];

export default async function runtime() {
  const rows = [];
  for (const c of cases) {
    const { ours, reference } = await interleaved(
      10,
      () => timeScript(c.script, c.expect),
      () => timeJs(c.js, c.jsExpect),
    );
    rows.push({
      name: `${c.name} (objects/s)`,
      unit: 'obj/s',
      ours: (c.objects / ours) * 1000,
      reference: (c.objects / reference) * 1000,
      referenceName: 'plain JS loop',
    });
  }
  return rows;
}
