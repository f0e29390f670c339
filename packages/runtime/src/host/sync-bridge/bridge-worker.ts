// The I/O worker: runs async operations (HTTP, MSAL, timers) for the synchronous engine thread.
import { workerData, type MessagePort } from 'node:worker_threads';
import {
  ControlSlot,
  type BridgeReply,
  type BridgeRequest,
  type BridgeOperationContext,
} from './protocol.js';

interface WorkerData {
  readonly control: Int32Array;
  readonly port: MessagePort;
}

const { control, port } = workerData as WorkerData;
const running = new Map<number, AbortController>();

type Operation = (payload: unknown, context: BridgeOperationContext) => unknown;

function reply(message: BridgeReply): void {
  port.postMessage(message);
  Atomics.store(control, ControlSlot.Reply, 1);
  Atomics.notify(control, ControlSlot.Reply);
}

function describe(err: unknown): BridgeReply['error'] {
  if (err instanceof Error) {
    const data = (err as Error & { data?: unknown }).data;
    return { name: err.name, message: err.message, ...(data !== undefined ? { data } : {}) };
  }
  return { name: 'Error', message: String(err) };
}

port.on('message', (request: BridgeRequest) => {
  if (request.kind === 'cancel') {
    running.get(request.id)?.abort();
    return;
  }
  if (request.kind === 'warm') {
    // Ahead of the first real call: the module (and what its export loads) is then cached for it.
    void import(request.module)
      .then((mod: Record<string, unknown>) => {
        const op = request.export === undefined ? undefined : mod[request.export];
        return typeof op === 'function' ? (op as () => unknown)() : undefined;
      })
      .catch(() => undefined);
    return;
  }
  const controller = new AbortController();
  running.set(request.id, controller);
  void (async () => {
    try {
      const mod = (await import(request.module)) as Record<string, unknown>;
      const op = mod[request.export];
      if (typeof op !== 'function') throw new Error(`${request.module} has no operation '${request.export}'`);
      const value = await (op as Operation)(request.payload, { signal: controller.signal });
      reply({ id: request.id, ok: true, value });
    } catch (err) {
      reply({ id: request.id, ok: false, error: describe(err) });
    } finally {
      running.delete(request.id);
    }
  })();
});
