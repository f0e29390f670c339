// Delegated sign-ins are cached on disk (0600 in a 0700 folder): a second shell reconnects without a device code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');

describe('token cache', () => {
  it('reuses the cached sign-in in a new process, and survives a damaged cache file', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-cache-'));
    const env = { ...process.env, HOME: home, XDG_DATA_HOME: home, NO_COLOR: '1' };
    const connect = () =>
      spawnSync(
        process.execPath,
        [
          bin,
          '-Emulator',
          '-c',
          'Connect-ExchangeOnline -Device -ShowBanner:$false; (Get-ConnectionInformation).UserPrincipalName',
        ],
        {
          encoding: 'utf8',
          env,
          timeout: 60_000,
        },
      );
    const first = connect();
    expect(first.stdout.trim()).toBe('admin@contoso.onmicrosoft.com');
    expect(first.stderr).toContain('enter the code');
    const cacheFile = path.join(home, '.exosh', 'msal-token-cache.json');
    expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(cacheFile)).mode & 0o777).toBe(0o700);

    const second = connect();
    expect(second.stdout.trim()).toBe('admin@contoso.onmicrosoft.com');
    expect(second.stderr).not.toContain('enter the code');

    writeFileSync(cacheFile, '{ this is not json');
    const third = connect();
    expect(third.status).toBe(0);
    expect(third.stdout.trim().split('\n').pop()).toBe('admin@contoso.onmicrosoft.com');
    expect(third.stdout + third.stderr).toMatch(
      /WARNING: The token cache .* is damaged; it was ignored and will be rewritten\./,
    );
  });
});
