// A blocking line read from a terminal on stdin, for Read-Host and prompts while a -Command or -File script runs.
import { readSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

export function readLineSync(prompt: string): string | undefined {
  process.stdout.write(prompt);
  const bytes: number[] = [];
  const one = Buffer.alloc(1);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, one, 0, 1, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        // A non-blocking terminal with nothing typed yet: wait a little instead of spinning.
        Atomics.wait(pause, 0, 0, 20);
        continue;
      }
      return bytes.length ? Buffer.from(bytes).toString('utf8') : undefined;
    }
    if (n === 0) return bytes.length ? Buffer.from(bytes).toString('utf8') : undefined;
    if (one[0] === 10) return Buffer.from(bytes).toString('utf8').replace(/\r$/, '');
    bytes.push(one[0] as number);
  }
}
