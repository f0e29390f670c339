// Terminal input through the keyboard thread: readline reads what it forwards; the busy flag scopes Ctrl+C to pipelines.
import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { Worker } from 'node:worker_threads';
import { siblingModuleUrl } from '@exosh/runtime';

export interface Keyboard {
  readonly input: NodeJS.ReadableStream;
  /** Marks a pipeline as running (Ctrl+C then stops it) or finished. */
  busy(running: boolean): void;
  /** Leaves raw mode and stops the thread. */
  close(): Promise<void>;
}

/** `filter` sees the typed text first and returns what readline should receive (Ctrl+R search uses it). */
export function startKeyboard(control: Int32Array, filter: (text: string) => string = (t) => t): Keyboard {
  const input = new PassThrough();
  const decoder = new StringDecoder('utf8');
  const url = siblingModuleUrl(import.meta.url, 'keyboard', 'keyboard-worker', 'exosh/keyboard-worker');
  const worker = new Worker(new URL(url.replace(/\.ts$/, '.js').replace('/src/', '/dist/')), {
    workerData: { control },
  });
  worker.on('message', (m: unknown) => {
    if (!(m instanceof Uint8Array)) return;
    const text = filter(decoder.write(Buffer.from(m)));
    if (text !== '') input.write(text);
  });
  return {
    input,
    busy: (running) => {
      Atomics.store(control, 2, running ? 1 : 0);
    },
    close: () =>
      new Promise<void>((resolve) => {
        const done = () => void worker.terminate().then(() => resolve());
        worker.once('message', (m) => m === 'restored' && done());
        worker.postMessage('restore');
        setTimeout(done, 500).unref();
      }),
  };
}
