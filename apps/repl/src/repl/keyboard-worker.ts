// The keyboard thread: owns the terminal's input, so Ctrl+C can stop a running pipeline while the engine thread is busy.
import tty from 'node:tty';
import { parentPort, workerData } from 'node:worker_threads';

interface KeyboardData {
  /** The runspace bridge's control slots: [1] cancel (set here), [2] busy (set by the shell while a pipeline runs). */
  readonly control: Int32Array;
}

const { control } = workerData as KeyboardData;
const cancelSlot = 1;
const busySlot = 2;
const input = new tty.ReadStream(0);
input.setRawMode(true);

input.on('data', (chunk: Buffer) => {
  let bytes = chunk;
  if (Atomics.load(control, busySlot) === 1 && bytes.includes(3)) {
    // Ctrl+C while a pipeline runs stops it; it is not also a keystroke for the prompt that follows.
    Atomics.store(control, cancelSlot, 1);
    Atomics.notify(control, 0);
    bytes = Buffer.from(bytes.filter((b) => b !== 3));
  }
  // Everything else (type-ahead included) waits in the message queue until the shell reads again.
  if (bytes.length > 0) parentPort?.postMessage(bytes);
});

parentPort?.on('message', (message: unknown) => {
  if (message === 'restore') {
    input.setRawMode(false);
    input.destroy();
    parentPort?.postMessage('restored');
  }
});
