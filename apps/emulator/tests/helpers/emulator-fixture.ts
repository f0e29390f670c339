// Starts an emulator on a free port in a fresh state folder, with fast device-code polling, for one test file.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/index.js';

export interface EmulatorFixture {
  readonly emu: RunningEmulator;
  readonly ca: string;
  readonly dir: string;
  dispose(): Promise<void>;
}

export async function startFixture(options: Partial<EmulatorOptions> = {}): Promise<EmulatorFixture> {
  const dir = options.stateDir ?? (await mkdtemp(path.join(os.tmpdir(), 'exosh-emu-test-')));
  const emu = await startEmulator({
    port: 0,
    ...options,
    stateDir: dir,
    settings: { deviceCodeIntervalSec: 0, ...options.settings },
  });
  const ca = await readFile(emu.caFile, 'utf8');
  return {
    emu,
    ca,
    dir,
    dispose: async () => {
      await emu.stop();
      if (!options.stateDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
