// The proxies' metadata cache on disk, against a real emulator process: downloads counted at the emulator.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace, type Runspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '../src/index.js';
import { defaultModuleCacheDir, moduleCacheMaxAgeMs } from '../src/proxies/module-metadata-cache.js';
import { roleFingerprint } from '../src/worker/token-sources.js';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';

let emu: EmulatorProcess;
let root: string;
const runspaces: Runspace[] = [];

beforeAll(async () => {
  emu = await startEmulatorProcess();
  root = mkdtempSync(path.join(os.tmpdir(), 'exosh-core-module-cache-'));
}, 60_000);

afterAll(async () => {
  for (const rs of runspaces) await rs.dispose();
  emu?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

function session(cacheDir: string): Runspace {
  const rs = createRunspace();
  registerExchangeOnlineModule(rs, {
    emulator: { url: emu.url, caPem: emu.caPem, complianceUrl: emu.complianceUrl },
    retryBaseMs: 20,
    moduleCacheDir: cacheDir,
  });
  runspaces.push(rs);
  return rs;
}

const connect = (extra = '') =>
  `Connect-ExchangeOnline -AppId '${emu.appClientId}' -Organization '${emu.tenantDomain}' ` +
  `-CertificateFilePath '${emu.certificateFile}' -ShowBanner:$false ${extra}`;

async function moduleFileDownloads(): Promise<number> {
  const r = await emu.control('GET', '/_emulator/stats');
  return (r.json as { requests: Record<string, number> }).requests['exchange.module-file'] ?? 0;
}

/** Every cache file under a folder (`<tenant>/<hash>.json`). */
function cacheFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(dir, f));
}

const errorsOf = (r: { errors: readonly { exception: { message: string } }[] }) =>
  r.errors.map((e) => e.exception.message);

describe('module metadata cache', () => {
  it('downloads the module file once: a second Connect, in a new session, registers the proxies from disk', async () => {
    const dir = path.join(root, 'reconnect');
    const before = await moduleFileDownloads();
    const first = session(dir).invokeSync(
      `${connect()}; (Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue | Measure-Object).Count`,
    );
    expect(errorsOf(first)).toEqual([]);
    expect(first.output).toEqual([1]);
    expect(await moduleFileDownloads()).toBe(before + 1);

    const files = cacheFiles(dir);
    expect(files).toHaveLength(1);
    const file = files[0]!;
    const tenantFolder = path.dirname(file);
    expect(path.basename(path.dirname(tenantFolder))).toBe('reconnect');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(tenantFolder).mode & 0o777).toBe(0o700);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const text = readFileSync(file, 'utf8');
    // Metadata only: no token (JWTs start with eyJ), no key material.
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
    expect(text).not.toContain('PRIVATE KEY');
    expect((JSON.parse(text) as { commands: { name: string }[] }).commands.map((c) => c.name)).toContain(
      'Get-Mailbox',
    );

    const second = session(dir).invokeSync(
      `${connect('-Prefix Contoso')}; (Get-ContosoMailbox -ResultSize 1 -WarningAction SilentlyContinue | Measure-Object).Count
       (Get-Command Set-ContosoMailbox).Name`,
    );
    expect(errorsOf(second)).toEqual([]);
    expect(second.warnings).toEqual([]);
    expect(second.output).toEqual([1, 'Set-ContosoMailbox']);
    expect(await moduleFileDownloads()).toBe(before + 1);
  }, 60_000);

  it('replaces a corrupt cache file with a warning, and a stale one quietly', async () => {
    const dir = path.join(root, 'corrupt');
    expect(errorsOf(session(dir).invokeSync(connect()))).toEqual([]);
    const file = cacheFiles(dir)[0]!;
    const before = await moduleFileDownloads();

    writeFileSync(file, '{"format":1,"commands":[{"name":', { mode: 0o600 });
    const damaged = session(dir).invokeSync(
      `${connect()}; (Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue | Measure-Object).Count`,
    );
    expect(errorsOf(damaged)).toEqual([]);
    expect(damaged.output).toEqual([1]);
    expect(damaged.warnings).toEqual([
      `The cached cmdlet list ${file} could not be used (the file is not valid JSON); it is downloaded again.`,
    ]);
    expect(await moduleFileDownloads()).toBe(before + 1);
    const repaired = JSON.parse(readFileSync(file, 'utf8')) as { savedAt: number; commands: unknown[] };
    expect(repaired.commands.length).toBeGreaterThan(1);

    // Valid JSON, but metadata that fails the schema: also damage.
    writeFileSync(file, JSON.stringify({ ...repaired, commands: [{ name: 42 }] }), { mode: 0o600 });
    const invalid = session(dir).invokeSync(connect());
    expect(errorsOf(invalid)).toEqual([]);
    expect(invalid.warnings).toHaveLength(1);
    expect(invalid.warnings[0]).toContain(file);
    expect(await moduleFileDownloads()).toBe(before + 2);

    // A day old: downloaded again without a warning.
    const fresh = JSON.parse(readFileSync(file, 'utf8')) as { savedAt: number };
    writeFileSync(file, JSON.stringify({ ...fresh, savedAt: Date.now() - moduleCacheMaxAgeMs - 60_000 }));
    const stale = session(dir).invokeSync(connect());
    expect(errorsOf(stale)).toEqual([]);
    expect(stale.warnings).toEqual([]);
    expect(await moduleFileDownloads()).toBe(before + 3);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { savedAt: number }).savedAt).toBeGreaterThan(
      fresh.savedAt - 1,
    );
  }, 60_000);

  it('registers only the -CommandName cmdlets, from a download or from the full cached list', async () => {
    const listed = (rs: Runspace) =>
      rs
        .invokeSync(`(Get-ConnectionInformation).ModuleName`)
        .output.flatMap(
          (moduleName) =>
            rs.invokeSync(`Get-Command -Module '${String(moduleName)}' | ForEach-Object Name`).output,
        )
        .map(String)
        .sort();

    const narrow = path.join(root, 'narrow');
    const before = await moduleFileDownloads();
    const a = session(narrow);
    expect(errorsOf(a.invokeSync(connect('-CommandName Get-Mailbox,Set-Mailbox')))).toEqual([]);
    expect(listed(a)).toEqual(['Get-Mailbox', 'Set-Mailbox']);
    expect(await moduleFileDownloads()).toBe(before + 1);
    const b = session(narrow);
    expect(errorsOf(b.invokeSync(connect('-CommandName Set-Mailbox,get-mailbox')))).toEqual([]);
    expect(listed(b)).toEqual(['Get-Mailbox', 'Set-Mailbox']);
    expect(await moduleFileDownloads()).toBe(before + 1);

    // With every cmdlet cached, plain names are served from that list.
    const full = path.join(root, 'full');
    expect(errorsOf(session(full).invokeSync(connect()))).toEqual([]);
    const c = session(full);
    expect(errorsOf(c.invokeSync(connect('-CommandName Get-User')))).toEqual([]);
    expect(listed(c)).toEqual(['Get-User']);
    expect(c.invokeSync('Get-Command Get-Mailbox -ErrorAction SilentlyContinue').output).toEqual([]);
    expect(await moduleFileDownloads()).toBe(before + 2);
  }, 60_000);

  it('keys the role set on identity and role claims, not on the token itself', () => {
    const admin = { tid: 't', oid: 'o', appid: 'a', aud: 'x', wids: ['r1', 'r2'], exp: 1 };
    expect(roleFingerprint({ ...admin, wids: ['r2', 'r1'], exp: 2, iat: 5 })).toBe(roleFingerprint(admin));
    expect(roleFingerprint({ ...admin, wids: ['r1'] })).not.toBe(roleFingerprint(admin));
    expect(roleFingerprint({ ...admin, oid: 'other' })).not.toBe(roleFingerprint(admin));
    expect(roleFingerprint({ ...admin, roles: ['Exchange.ManageAsApp'] })).not.toBe(roleFingerprint(admin));
    expect(roleFingerprint({ ...admin, scp: 'b a' })).toBe(roleFingerprint({ ...admin, scp: 'a b' }));
  });

  it('lives under $XDG_CACHE_HOME/exosh/modules, else ~/.cache/exosh/modules', () => {
    expect(defaultModuleCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe(
      path.join('/x/cache', 'exosh', 'modules'),
    );
    expect(defaultModuleCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'exosh', 'modules'));
  });
});
