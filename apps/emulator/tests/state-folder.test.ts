// Tests of the state folder: persistence across restarts and refusal of damaged folders.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PublicClientApplication } from '@azure/msal-node';
import { afterEach, describe, expect, it } from 'vitest';
import { EmulatorStartupError, SeedIds, startEmulator } from '../src/index.js';
import { startFixture, type EmulatorFixture } from './helpers/emulator-fixture.js';
import { claims } from './helpers/jwt.js';
import { emulatorAuth, emulatorSystem } from './helpers/msal-config.js';
import { appToken } from './helpers/tokens.js';

describe('state folder', () => {
  const dirs: string[] = [];
  const fixtures: EmulatorFixture[] = [];
  afterEach(async () => {
    for (const fx of fixtures.splice(0)) await fx.emu.stop();
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  const tempDir = async () => {
    const d = await mkdtemp(path.join(os.tmpdir(), 'exosh-emu-state-'));
    dirs.push(d);
    return d;
  };

  it('keeps the signing key, app certificate and secret across a restart', async () => {
    const dir = await tempDir();
    const first = await startFixture({ stateDir: dir });
    fixtures.push(first);
    const token = await appToken(first, `${first.emu.url}/.default`);
    const thumb = first.emu.app.thumbprintSha256;
    await first.emu.stop();
    fixtures.pop();
    const second = await startFixture({ stateDir: dir });
    fixtures.push(second);
    expect(second.emu.app.thumbprintSha256).toBe(thumb);
    expect(second.emu.app.clientSecret).toBe(first.emu.app.clientSecret);
    const again = await appToken(second, `${second.emu.url}/.default`);
    expect(claims(again).tid).toBe(claims(token).tid);
    const state = JSON.parse(await readFile(path.join(dir, 'emulator-state.json'), 'utf8')) as {
      format: string;
    };
    expect(state.format).toBe('exosh-emulator-state');
    expect(await readFile(second.emu.app.certFile, 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  // Each row: how the folder is damaged, and the message start-up must stop with.
  const damage: readonly [string, (dir: string) => Promise<void>, RegExp][] = [
    [
      'state file is not JSON',
      (d) => writeFile(path.join(d, 'emulator-state.json'), '{"format": "exosh-emu'),
      /is corrupt: 'emulator-state.json' is not a valid exosh-emulator state file/,
    ],
    [
      'state file is another format',
      (d) => writeFile(path.join(d, 'emulator-state.json'), '{"format":"other","version":1}'),
      /"format" is not "exosh-emulator-state"/,
    ],
    [
      'state file from a newer version',
      (d) => writeFile(path.join(d, 'emulator-state.json'), '{"format":"exosh-emulator-state","version":99}'),
      /written by a newer exosh-emulator \(state version 99\)/,
    ],
    [
      'signing key is not a key',
      async (d) => {
        const s = JSON.parse(await readFile(path.join(d, 'emulator-state.json'), 'utf8')) as {
          signingKey: { privateKeyPem: string };
        };
        s.signingKey.privateKeyPem = 'nope';
        await writeFile(path.join(d, 'emulator-state.json'), JSON.stringify(s));
      },
      /is corrupt: 'emulator-state.json'/,
    ],
    [
      'app certificate missing',
      (d) => rm(path.join(d, 'app-cert.pem')),
      /is corrupt: 'app-cert.pem' cannot be read \(ENOENT\)/,
    ],
    [
      'app certificate garbage',
      (d) => writeFile(path.join(d, 'app-cert.pem'), 'garbage'),
      /is corrupt: 'app-cert.pem\/app-key.pem'/,
    ],
  ];

  it.each(damage)('stops start-up with a clear message when the %s', async (_name, harm, message) => {
    const dir = await tempDir();
    const fx = await startFixture({ stateDir: dir });
    await fx.emu.stop();
    const before = await readFile(path.join(dir, 'emulator-state.json'), 'utf8').catch(() => '');
    await harm(dir);
    const err: unknown = await startEmulator({ port: 0, stateDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmulatorStartupError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toContain('never resets a tenant silently');
    // Nothing was re-created over the damage.
    expect(before).not.toBe('');
  });

  it('refuses a state path that is a file, and a port that is taken', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'file');
    await writeFile(file, 'x');
    await expect(startEmulator({ port: 0, stateDir: file })).rejects.toMatchObject({
      errorId: 'StateFolderNotDirectory',
    });
    const fx = await startFixture({ stateDir: dir });
    fixtures.push(fx);
    await expect(startEmulator({ port: fx.emu.port, stateDir: dir })).rejects.toMatchObject({
      errorId: 'PortInUse',
      message: expect.stringContaining(`Port ${fx.emu.port} on 127.0.0.1 is already in use`),
    });
    await expect(startEmulator({ port: 70000, stateDir: dir })).rejects.toMatchObject({
      errorId: 'InvalidPort',
    });
  });
});

describe('restart on the same port with the same state folder', () => {
  it("keeps msal-node's persisted cache usable: cached access token and refresh token both still work", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'exosh-emu-restart-'));
    let cache = '';
    const cachePlugin = {
      beforeCacheAccess: async (c: { tokenCache: { deserialize(s: string): void } }) => {
        if (cache) c.tokenCache.deserialize(cache);
      },
      afterCacheAccess: async (c: { cacheHasChanged: boolean; tokenCache: { serialize(): string } }) => {
        if (c.cacheHasChanged) cache = c.tokenCache.serialize();
      },
    };
    const first = await startFixture({ stateDir: dir });
    const port = first.emu.port;
    try {
      const app1 = new PublicClientApplication({
        auth: emulatorAuth(first.emu, SeedIds.exoPowerShellClientId),
        system: emulatorSystem(first.ca),
        cache: { cachePlugin },
      });
      await app1.acquireTokenByDeviceCode({
        scopes: [first.emu.exchangeScope],
        deviceCodeCallback: () => undefined,
      });
    } finally {
      await first.emu.stop();
    }
    const second = await startFixture({ stateDir: dir, port });
    try {
      const app2 = new PublicClientApplication({
        auth: emulatorAuth(second.emu, SeedIds.exoPowerShellClientId),
        system: emulatorSystem(second.ca),
        cache: { cachePlugin },
      });
      const [account] = await app2.getTokenCache().getAllAccounts();
      if (!account) throw new Error('account not restored');
      const hit = await app2.acquireTokenSilent({ account, scopes: [second.emu.exchangeScope] });
      expect(hit.fromCache).toBe(true);
      const refreshed = await app2.acquireTokenSilent({
        account,
        scopes: [second.emu.exchangeScope],
        forceRefresh: true,
      });
      expect(refreshed.fromCache).toBe(false);
      expect(refreshed.account?.username).toBe(SeedIds.adminUpn);
    } finally {
      await second.emu.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
