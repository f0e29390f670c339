// The keyboard thread: owns the terminal's input, so Ctrl+C can stop a running pipeline while the engine thread is busy,
// and so a prompt inside a pipeline (Read-Host) can read a line while the engine thread waits for it.
import { writeSync } from 'node:fs';
import tty from 'node:tty';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { LineEditor } from './line-editor.js';
import { LineSlot } from './line-slots.js';

interface KeyboardData {
  /** The runspace bridge's control slots: [1] cancel (set here), [2] busy (set by the shell while a pipeline runs). */
  readonly control: Int32Array;
  /** Line-mode slots (see line-slots.ts), shared with the engine thread. */
  readonly lineState: Int32Array;
  /** Finished lines go here; the engine thread reads them synchronously. */
  readonly lines: MessagePort;
}

const { control, lineState, lines } = workerData as KeyboardData;
const cancelSlot = 1;
const busySlot = 2;
const input = new tty.ReadStream(0);
input.setRawMode(true);
let editor: LineEditor | undefined;

/** A prompt inside a running pipeline: the engine thread is blocked, so this thread echoes and edits the line. */
function lineMode(text: string): void {
  const mode = Atomics.load(lineState, LineSlot.Mode);
  editor ??= new LineEditor(mode === 2);
  const edit = editor.feed(text);
  if (edit.echo) writeSync(1, edit.echo);
  if (edit.line === undefined) return;
  editor = undefined;
  Atomics.store(lineState, LineSlot.Mode, 0);
  lines.postMessage(edit.line);
  Atomics.add(lineState, LineSlot.Ready, 1);
  Atomics.notify(lineState, LineSlot.Ready);
}

input.on('data', (chunk: Buffer) => {
  let bytes = chunk;
  if (Atomics.load(control, busySlot) === 1 && bytes.includes(3)) {
    // Ctrl+C while a pipeline runs stops it; it is not also a keystroke for the prompt that follows.
    Atomics.store(control, cancelSlot, 1);
    Atomics.notify(control, 0);
    Atomics.notify(lineState, LineSlot.Ready);
    editor = undefined;
    bytes = Buffer.from(bytes.filter((b) => b !== 3));
  }
  if (bytes.length > 0 && Atomics.load(lineState, LineSlot.Mode) !== 0) {
    lineMode(bytes.toString('utf8'));
    return;
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
