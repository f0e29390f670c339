// The I/O worker when the shell runs bundled (bin/io-worker.js loads its bundle): the operation modules the engine
// thread asks for by URL are served from the bundle, so the worker reads and compiles one cached file.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import { serveBridge, type BridgeEnds, type BundledModules } from '@exosh/runtime/bridge-server';

export interface IoWorkerData extends BridgeEnds {
  /** Started ahead of a Connect: load the Exchange operations and msal-node now, before the first request. */
  readonly warmExchange?: boolean;
}

type Loader = () => Promise<Record<string, unknown>>;

const exchangeOps = () => import('@exosh/core/worker-ops');

/** The file behind a module URL; the engine thread may name it through a workspace symlink. */
function realFile(url: string): string | undefined {
  try {
    return realpathSync(fileURLToPath(url));
  } catch {
    return undefined;
  }
}

function bundledModules(): BundledModules {
  const byFile = new Map<string | undefined, Loader>([
    [realFile(import.meta.resolve('@exosh/core/worker-ops')), exchangeOps],
    [
      realFile(import.meta.resolve('@exosh/runtime/http-request')),
      () => import('@exosh/runtime/http-request'),
    ],
  ]);
  const byUrl = new Map<string, Loader | undefined>();
  return (url) => {
    if (!byUrl.has(url)) byUrl.set(url, byFile.get(realFile(url)));
    return byUrl.get(url);
  };
}

/**
 * Serves the bridge. `afterReply` runs after each reply; `started` once the worker is ready: after the Exchange
 * operations and msal-node are loaded when it was started ahead of a Connect, at once otherwise.
 */
export function serve(
  importModule: (url: string) => Promise<Record<string, unknown>>,
  afterReply: () => void,
  started: () => void,
): void {
  const data = workerData as IoWorkerData;
  serveBridge(data, { modules: bundledModules(), importModule, afterReply });
  if (data.warmExchange !== true) started();
  else
    void exchangeOps()
      .then((ops) => ops.warmUp())
      .finally(started);
}
