// Tests of the HTTPS listener: the health route and certificate trust.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../src/index.js';

function get(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { ca }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('emulator server', () => {
  let dir: string;
  let emu: RunningEmulator;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'exosh-emu-test-'));
    emu = await startEmulator({ port: 0, stateDir: dir });
  });
  afterAll(async () => {
    await emu.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves HTTPS on 127.0.0.1 with a certificate clients can trust from caFile', async () => {
    expect(emu.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ca = await readFile(emu.caFile, 'utf8');
    const res = await get(`${emu.url}/health`, ca);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ status: 'ok', tenantId: emu.tenantId });
  });

  it('is refused by a client that does not trust its certificate', async () => {
    await expect(get(`${emu.url}/health`, '')).rejects.toThrow();
  });
});
