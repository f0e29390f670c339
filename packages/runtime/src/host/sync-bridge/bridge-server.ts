// The I/O worker's side of the sync bridge: runs the engine thread's requests and posts their replies.
import type { MessagePort } from 'node:worker_threads';
import {
  ControlSlot,
  type BridgeOperationContext,
  type BridgeReply,
  type BridgeRequest,
} from './protocol.js';

/** What the engine thread hands the worker (workerData). */
export interface BridgeEnds {
  readonly control: Int32Array;
  readonly port: MessagePort;
}

/** The loader of a module the worker already holds (a bundle) for the URL the engine thread asks for, if any. */
export type BundledModules = (url: string) => (() => Promise<Record<string, unknown>>) | undefined;

export interface BridgeServerOptions {
  readonly modules?: BundledModules;
  /** Runs after each reply is posted (a bundle saves its code cache there). */
  readonly afterReply?: () => void;
  /** Loads a module that is not bundled (a bundle passes its loader's import(), which works in a code-cached script). */
  readonly importModule?: (url: string) => Promise<Record<string, unknown>>;
}

type Operation = (payload: unknown, context: BridgeOperationContext) => unknown;

function describe(err: unknown): BridgeReply['error'] {
  if (err instanceof Error) {
    const data = (err as Error & { data?: unknown }).data;
    return { name: err.name, message: err.message, ...(data !== undefined ? { data } : {}) };
  }
  return { name: 'Error', message: String(err) };
}

/** Serves requests on `ends.port` until the worker ends. */
export function serveBridge(ends: BridgeEnds, options: BridgeServerOptions = {}): void {
  const { control, port } = ends;
  const running = new Map<number, AbortController>();
  const importModule =
    options.importModule ?? ((url: string) => import(url) as Promise<Record<string, unknown>>);
  const load = (url: string): Promise<Record<string, unknown>> =>
    options.modules?.(url)?.() ?? importModule(url);

  const reply = (message: BridgeReply): void => {
    port.postMessage(message);
    Atomics.store(control, ControlSlot.Reply, 1);
    Atomics.notify(control, ControlSlot.Reply);
    options.afterReply?.();
  };

  // Nothing else can tell the engine thread, blocked in Atomics.wait, that no reply will come.
  process.on('uncaughtException', (err) => {
    process.stderr.write(
      `exosh: the I/O worker failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    Atomics.store(control, ControlSlot.Failed, 1);
    Atomics.notify(control, ControlSlot.Reply);
  });

  port.on('message', (request: BridgeRequest) => {
    if (request.kind === 'cancel') {
      running.get(request.id)?.abort();
      return;
    }
    if (request.kind === 'warm') {
      // Ahead of the first real call: the module (and what its export loads) is then cached for it.
      void load(request.module)
        .then((mod) => {
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
        const mod = await load(request.module);
        const op = mod[request.export];
        if (typeof op !== 'function')
          throw new Error(`${request.module} has no operation '${request.export}'`);
        const value = await (op as Operation)(request.payload, { signal: controller.signal });
        reply({ id: request.id, ok: true, value });
      } catch (err) {
        reply({ id: request.id, ok: false, error: describe(err) });
      } finally {
        running.delete(request.id);
      }
    })();
  });
}
