// Tests of the exosh-emulator binary: the ready line, SIGTERM, and start-up failures.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedIds } from '../src/index.js';
import { send } from './helpers/https-request.js';

// The bin runs the built output (dist), as the installed command does; `pnpm test` builds first.
const bin = path.resolve(import.meta.dirname, '../bin/exosh-emulator.js');

describe('exosh-emulator binary', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'exosh-emu-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints one JSON line when ready, serves HTTPS, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [bin, '--port', '0', '--state', dir, '--identity-header', 'h-123'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const info = JSON.parse(line) as Record<string, string>;
      expect(info).toMatchObject({
        tenantId: SeedIds.tenantId,
        tenantDomain: SeedIds.tenantDomain,
        publicClientId: SeedIds.exoPowerShellClientId,
        appClientId: SeedIds.automationAppId,
      });
      expect(info.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(info.exchangeScope).toBe(`${info.url}/.default`);
      expect(line).not.toContain(
        JSON.parse(await readFile(path.join(dir, 'emulator-state.json'), 'utf8')).automationApp.secret,
      );
      const ca = await readFile(String(info.caFile), 'utf8');
      expect((await send(`${info.url}/health`, ca)).json()).toEqual({
        status: 'ok',
        tenantId: SeedIds.tenantId,
      });
      const mi = await send(
        `${info.appServiceEndpoint}?api-version=2019-08-01&resource=${encodeURIComponent(String(info.url))}`,
        ca,
        {
          headers: { 'X-IDENTITY-HEADER': 'h-123' },
        },
      );
      expect(mi.status, mi.text).toBe(200);
      expect(line).not.toContain('h-123');
      const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('reports a corrupt state folder in one line without a stack trace and exits 1', async () => {
    const bad = await mkdtemp(path.join(os.tmpdir(), 'exosh-emu-cli-bad-'));
    try {
      await writeFile(path.join(bad, 'emulator-state.json'), 'not json');
      const r = spawnSync(process.execPath, [bin, '--port', '0', '--state', bad], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(
        /^exosh-emulator: The emulator state folder '.*' is corrupt: 'emulator-state.json'/,
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
  });

  it('rejects an invalid port', () => {
    const r = spawnSync(process.execPath, [bin, '--port', 'abc', '--state', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("exosh-emulator: 'abc' is not a valid port: use 0 to 65535.\n");
  });

  it('rejects a --mailboxes count that is not a whole number', () => {
    const r = spawnSync(process.execPath, [bin, '--mailboxes', '1e5', '--state', dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("exosh-emulator: '1e5' is not a valid number of mailboxes: use a whole number.\n");
  });
});
