// Command line of exosh-emulator: starts the server and prints one JSON line when it is ready.
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from './server/start.js';

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export async function runCli(argv: readonly string[]): Promise<void> {
  const port = Number(flag(argv, '--port') ?? 0);
  const stateDir = flag(argv, '--state') ?? path.join(os.tmpdir(), `exosh-emulator-${process.pid}`);
  const emulator = await startEmulator({ port, stateDir });
  process.stdout.write(
    JSON.stringify({ url: emulator.url, tenantId: emulator.tenantId, caFile: emulator.caFile }) + '\n',
  );
  const stop = () => void emulator.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
