// SyncBridge: lets the synchronous engine call async operations in a worker thread and block for the result.
import type * as WorkerThreads from 'node:worker_threads';
import type { MessagePort, Worker } from 'node:worker_threads';
import { lazyBuiltin } from '../lazy-builtin.js';
import { ControlSlot, controlSlots, type BridgeReply, type CallRequest } from './protocol.js';
import { runnableUrl } from './runnable-url.js';
import { siblingModuleUrl } from './sibling-module.js';

/** node:worker_threads is loaded when the first bridge operation runs. */
const threads = lazyBuiltin<typeof WorkerThreads>('node:worker_threads');

/** Thrown on the engine thread when the cancel slot is set while waiting (Ctrl+C). */
export class BridgeCancelledError extends Error {
  override readonly name = 'BridgeCancelledError';
}

/** An operation failed in the worker; carries its error name and message, never a stack. */
export class BridgeOperationError extends Error {
  override readonly name = 'BridgeOperationError';
  constructor(
    readonly errorName: string,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

const pollMs = 25;

/** A worker the entry point started before the engine loaded, with the ends a SyncBridge talks to it through. */
export interface PrestartedWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly control: Int32Array;
}

/** How the I/O worker starts when the shell runs bundled (the entry point says so once, before any SyncBridge). */
export interface IoWorkerLaunch {
  /** The worker's entry file (the bundle's loader); unbundled, the bridge-worker module next to this one. */
  readonly entry?: string;
  /** Adopted by the first SyncBridge made without a control buffer of its own. */
  readonly prestarted?: PrestartedWorker;
}

let launch: { entry?: string; prestarted?: PrestartedWorker | undefined } = {};

export function useIoWorker(options: IoWorkerLaunch): void {
  launch = { ...options };
}

function adoptPrestarted(): PrestartedWorker | undefined {
  const p = launch.prestarted;
  launch.prestarted = undefined;
  if (!p) return undefined;
  if (p.control.length >= controlSlots) return p;
  void p.worker.terminate();
  return undefined;
}

export class SyncBridge {
  readonly control: Int32Array;
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private nextId = 0;

  constructor(control?: Int32Array) {
    const prestarted = control ? undefined : adoptPrestarted();
    this.control = control ?? prestarted?.control ?? new Int32Array(new SharedArrayBuffer(controlSlots * 4));
    if (prestarted) {
      prestarted.worker.unref();
      prestarted.port.unref();
      this.worker = prestarted.worker;
      this.port = prestarted.port;
    }
  }

  /** True once Ctrl+C (or a host) asked the running pipeline to stop. */
  get cancelRequested(): boolean {
    return Atomics.load(this.control, ControlSlot.Cancel) === 1;
  }

  requestCancel(): void {
    Atomics.store(this.control, ControlSlot.Cancel, 1);
    Atomics.notify(this.control, ControlSlot.Reply);
  }

  clearCancel(): void {
    Atomics.store(this.control, ControlSlot.Cancel, 0);
  }

  /**
   * Starts the worker now and has it load `module` (and run its `export` with no payload) without waiting: the
   * thread, the module and what it imports are ready by the time the first call() needs them.
   */
  warm(module: string, exportName?: string): void {
    const port = this.ensureWorker();
    port.postMessage({ kind: 'warm', module, ...(exportName !== undefined ? { export: exportName } : {}) });
  }

  /** Runs `export` of `module` (a URL) in the worker with `payload` and blocks until it settles. */
  call<T = unknown>(module: string, exportName: string, payload: unknown): T {
    const port = this.ensureWorker();
    const id = ++this.nextId;
    Atomics.store(this.control, ControlSlot.Reply, 0);
    const request: CallRequest = {
      kind: 'call',
      id,
      module: runnableUrl(module),
      export: exportName,
      payload,
    };
    port.postMessage(request);
    for (;;) {
      Atomics.wait(this.control, ControlSlot.Reply, 0, pollMs);
      const received = threads().receiveMessageOnPort(port);
      if (received) {
        const reply = received.message as BridgeReply;
        if (reply.id !== id) continue; // a late reply of a cancelled call
        if (reply.ok) return reply.value as T;
        throw new BridgeOperationError(
          reply.error?.name ?? 'Error',
          reply.error?.message ?? '',
          reply.error?.data,
        );
      }
      Atomics.store(this.control, ControlSlot.Reply, 0);
      if (Atomics.load(this.control, ControlSlot.Failed) === 1)
        throw new BridgeOperationError('BridgeWorkerFailed', 'The I/O worker stopped unexpectedly.');
      if (this.cancelRequested) {
        port.postMessage({ kind: 'cancel', id });
        throw new BridgeCancelledError('The pipeline has been stopped.');
      }
    }
  }

  /** Blocks the engine thread for `ms`, waking early (and throwing) on cancel. */
  sleep(ms: number): void {
    const deadline = Date.now() + ms;
    const probe = new Int32Array(new SharedArrayBuffer(4));
    for (let left = ms; left > 0; left = deadline - Date.now()) {
      if (this.cancelRequested) throw new BridgeCancelledError('The pipeline has been stopped.');
      Atomics.wait(probe, 0, 0, Math.min(left, pollMs));
    }
  }

  /** Stops the worker; later calls start a new one. */
  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.port?.close();
    this.port = undefined;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): MessagePort {
    if (this.port) return this.port;
    const { MessageChannel, Worker } = threads();
    const { port1, port2 } = new MessageChannel();
    const entry =
      launch.entry ??
      new URL(
        runnableUrl(
          siblingModuleUrl(import.meta.url, 'sync-bridge', 'bridge-worker', '@exosh/runtime/bridge-worker'),
        ),
      );
    const worker = new Worker(entry, {
      workerData: { control: this.control, port: port2 },
      transferList: [port2],
    });
    worker.unref();
    port1.unref();
    this.worker = worker;
    this.port = port1;
    return port1;
  }
}
