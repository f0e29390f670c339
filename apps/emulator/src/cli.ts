// Command line of exosh-emulator: starts the server and prints one JSON line when it is ready.
import os from 'node:os';
import path from 'node:path';
import { EmulatorStartupError } from './state/messages.js';
import { DEFAULT_PORT, startEmulator } from './server/start.js';

export const CliUsage =
  'Usage: exosh-emulator [--port <n|0>] [--state <dir>] [--no-auto-approve] [--device-code-interval <s>]\n' +
  '                      [--identity-header <value>] [--mailboxes <n>]\n' +
  `  --port   TCP port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)\n` +
  '  --state  state folder (default ~/.exosh/emulator)\n' +
  '  --mailboxes  adds n generated mailboxes (user000001...) to the tenant, for benchmarks\n';

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a.toLowerCase() === name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n > 65535) throw new EmulatorStartupError('InvalidPort', [text]);
  return n;
}

export async function runCli(argv: readonly string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(CliUsage);
    return;
  }
  const port = parsePort(flag(argv, '--port'));
  const stateDir = flag(argv, '--state') ?? path.join(os.homedir(), '.exosh', 'emulator');
  const interval = flag(argv, '--device-code-interval');
  const identityHeader = flag(argv, '--identity-header');
  const mailboxes = flag(argv, '--mailboxes');
  if (mailboxes !== undefined && !/^\d+$/.test(mailboxes))
    throw new EmulatorStartupError('InvalidMailboxCount', [mailboxes]);
  const emulator = await startEmulator({
    port,
    stateDir,
    autoApprove: !argv.includes('--no-auto-approve'),
    ...(identityHeader ? { identityHeader } : {}),
    ...(mailboxes ? { generatedMailboxes: Number(mailboxes) } : {}),
    ...(interval !== undefined
      ? { settings: { deviceCodeIntervalSec: Math.max(0, Number(interval) || 0) } }
      : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(JSON.stringify(emulator.describe()) + '\n');
  const stop = () => void emulator.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
