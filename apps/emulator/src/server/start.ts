// Starts the emulator's HTTPS server on 127.0.0.1 and returns its address and a stop function.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createTlsMaterial } from '../tls/certificate.js';

export interface EmulatorOptions {
  /** TCP port; 0 picks a free one. */
  readonly port?: number;
  /** Folder for the CA PEM and the tenant store. */
  readonly stateDir: string;
}

export interface RunningEmulator {
  readonly url: string;
  readonly tenantId: string;
  readonly caFile: string;
  stop(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const tls = await createTlsMaterial(options.stateDir);
  const tenantId = randomUUID();
  const server: Server = createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    const body = req.url === '/health' ? { status: 'ok', tenantId } : { error: 'not_found' };
    res.writeHead(req.url === '/health' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    tenantId,
    caFile: tls.caFile,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
