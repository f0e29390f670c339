// Terminal input through the keyboard thread: readline reads what it forwards; the busy flag scopes Ctrl+C to pipelines.
import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { writeSync } from 'node:fs';
import { siblingModuleUrl } from '@exosh/runtime';
import { LineSlot, lineSlots } from './line-slots.js';

export interface Keyboard {
  readonly input: NodeJS.ReadableStream;
  /**
   * Reads a line for a prompt inside a running pipeline (Read-Host, mandatory parameters, -Confirm), blocking this
   * thread while the keyboard thread edits it; undefined when Ctrl+C stopped the pipeline or Ctrl+D ended input.
   */
  readLine(prompt: string, options?: { readonly secure?: boolean }): string | undefined;
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
  const lineState = new Int32Array(new SharedArrayBuffer(lineSlots * 4));
  const { port1: lines, port2: workerLines } = new MessageChannel();
  const worker = new Worker(new URL(url.replace(/\.ts$/, '.js').replace('/src/', '/dist/')), {
    workerData: { control, lineState, lines: workerLines },
    transferList: [workerLines],
  });
  lines.unref();
  worker.on('message', (m: unknown) => {
    if (!(m instanceof Uint8Array)) return;
    const text = filter(decoder.write(Buffer.from(m)));
    if (text !== '') input.write(text);
  });
  const cancelled = () => Atomics.load(control, 1) === 1;
  return {
    input,
    readLine: (prompt, options) => {
      writeSync(1, prompt);
      Atomics.store(lineState, LineSlot.Mode, options?.secure ? 2 : 1);
      try {
        for (;;) {
          const seen = Atomics.load(lineState, LineSlot.Ready);
          const received = receiveMessageOnPort(lines);
          if (received) return (received.message as string | null) ?? undefined;
          if (cancelled()) return undefined;
          Atomics.wait(lineState, LineSlot.Ready, seen, 200);
        }
      } finally {
        Atomics.store(lineState, LineSlot.Mode, 0);
      }
    },
    busy: (running) => {
      Atomics.store(control, 2, running ? 1 : 0);
    },
    close: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          lines.close();
          void worker.terminate().then(() => resolve());
        };
        worker.once('message', (m) => m === 'restored' && done());
        worker.postMessage('restore');
        setTimeout(done, 500).unref();
      }),
  };
}
