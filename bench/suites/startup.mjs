// Start-to-exit of `exosh -NoProfile -Command '$null'` against `node -e 0`.
import path from 'node:path';
import { interleaved, timeProcess } from '../lib/measure.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const exosh = path.join(root, 'apps/repl/bin/exosh.js');

const okEmpty = (r) =>
  r.status !== 0
    ? `exit ${r.status}: ${r.stderr.trim()}`
    : r.stdout !== ''
      ? `unexpected output ${JSON.stringify(r.stdout)}`
      : undefined;

export default async function startup() {
  const { ours, reference } = await interleaved(
    15,
    () => timeProcess(process.execPath, [exosh, '-NoProfile', '-Command', '$null'], okEmpty),
    () => timeProcess(process.execPath, ['-e', '0'], okEmpty),
  );
  return [
    {
      name: "exosh -NoProfile -Command '$null' (start to exit)",
      unit: 'ms',
      ours,
      reference,
      referenceName: 'node -e 0',
    },
  ];
}
