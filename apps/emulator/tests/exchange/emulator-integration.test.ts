// The service inside the running emulator: persistence across a restart, and a corrupt store stopping start-up.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/index.js';
import { STORE_FILE_NAME, TenantStore } from '../../src/exchange/index.js';

const dirs: string[] = [];
async function stateDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exosh-emu-exchange-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('Exchange service in the emulator', () => {
  it('creates the tenant store in the state folder and keeps it across a restart', async () => {
    const dir = await stateDir();
    const first = await startEmulator({ port: 0, stateDir: dir });
    await first.stop();
    const store = TenantStore.open({ path: path.join(dir, STORE_FILE_NAME) });
    const recipients = store.count(first.tenantId, 'recipient');
    store.put(first.tenantId, 'acceptedDomain', {
      id: 'marker',
      name: 'marker.example',
      data: { Name: 'marker.example' },
    });
    store.close();
    expect(recipients).toBe(59);

    const second = await startEmulator({ port: 0, stateDir: dir });
    await second.stop();
    const reopened = TenantStore.open({ path: path.join(dir, STORE_FILE_NAME) });
    expect(reopened.get(first.tenantId, 'acceptedDomain', 'marker')?.data.Name).toBe('marker.example');
    expect(reopened.count(first.tenantId, 'recipient')).toBe(59);
    reopened.close();
  });

  it('refuses to start on a corrupt tenant store, naming the file', async () => {
    const dir = await stateDir();
    const file = path.join(dir, STORE_FILE_NAME);
    await writeFile(file, 'definitely not sqlite '.repeat(20));
    await expect(startEmulator({ port: 0, stateDir: dir })).rejects.toThrow(
      `The tenant store '${file}' cannot be opened`,
    );
  });
});
