// HTTPS_PROXY / https_proxy / NO_PROXY: sign-in (MSAL's networkClient) and REST calls tunnel through one proxy, with keep-alive.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '../src/index.js';
import { startEmulatorProcess, type EmulatorProcess } from './helpers/emulator-process.js';
import { startConnectProxy, type ConnectProxy } from './helpers/connect-proxy.js';

const proxyVariables = ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];
let emu: EmulatorProcess;
let proxy: ConnectProxy;

beforeAll(async () => {
  emu = await startEmulatorProcess();
  proxy = await startConnectProxy();
}, 60_000);

afterEach(async () => {
  for (const name of proxyVariables) delete process.env[name];
  await proxy.reset();
});

afterAll(() => {
  proxy?.close();
  emu?.stop();
});

/** A fresh runspace (its I/O worker copies the environment when it starts): connect, then read mailboxes. */
async function connectAndRead(): Promise<{ errors: string[]; mailboxes: number; requests: number }> {
  const stats = async () =>
    ((await emu.control('GET', '/_emulator/stats')).json as { requests: Record<string, number> }).requests;
  const before = await stats();
  const rs = createRunspace();
  registerExchangeOnlineModule(rs, {
    emulator: { url: emu.url, caPem: emu.caPem, complianceUrl: emu.complianceUrl },
    moduleCacheDir: false,
  });
  const r = rs.invokeSync(`
    Connect-ExchangeOnline -AppId '${emu.appClientId}' -CertificateFilePath '${emu.certificateFile}' -Organization '${emu.tenantDomain}' -ShowBanner:$false
    Get-Mailbox -ResultSize 3
    Get-Mailbox -ResultSize 2
  `);
  await rs.dispose();
  const after = await stats();
  const requests = Object.keys(after)
    .filter((k) => !k.startsWith('control.'))
    .reduce((n, k) => n + (after[k] ?? 0) - (before[k] ?? 0), 0);
  return { errors: r.errors.map((e) => e.exception.message), mailboxes: r.output.length, requests };
}

describe('HTTPS_PROXY', () => {
  it('tunnels the sign-in and every REST call through the proxy, reusing tunnels (keep-alive)', async () => {
    process.env['HTTPS_PROXY'] = proxy.url;
    const r = await connectAndRead();
    expect(r.errors).toEqual([]);
    expect(r.mailboxes).toBe(5);
    const host = new URL(emu.url).host;
    const tunnels = await proxy.tunnels();
    expect(tunnels.length).toBeGreaterThan(0);
    expect(new Set(tunnels)).toEqual(new Set([host]));
    // token + module file + two InvokeCommand calls at least, over fewer tunnels than requests.
    expect(r.requests).toBeGreaterThanOrEqual(4);
    expect(tunnels.length).toBeLessThan(r.requests);
  });

  it('reads the lowercase https_proxy too', async () => {
    process.env['https_proxy'] = proxy.url;
    const r = await connectAndRead();
    expect(r.errors).toEqual([]);
    expect(r.mailboxes).toBe(5);
    expect((await proxy.tunnels()).length).toBeGreaterThan(0);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    process.env['HTTPS_PROXY'] = proxy.url;
    process.env['NO_PROXY'] = '127.0.0.1';
    const r = await connectAndRead();
    expect(r.errors).toEqual([]);
    expect(r.mailboxes).toBe(5);
    expect(await proxy.tunnels()).toEqual([]);
  });

  it('names the host and the proxy, never its password, when the proxy cannot be reached', async () => {
    // A port nothing listens on: the test proxy's, once it is gone.
    const dead = await startConnectProxy();
    dead.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.env['HTTPS_PROXY'] = dead.url.replace('http://', 'http://user:s3cretProxyPass@');
    const r = await connectAndRead();
    expect(r.mailboxes).toBe(0);
    expect(r.errors[0]).toMatch(
      new RegExp(`^Cannot reach ${new URL(emu.url).host} through the proxy ${new URL(dead.url).host}: `),
    );
    expect(r.errors.join('\n')).not.toContain('s3cretProxyPass');
  });

  it('names the host when the network is down (no proxy)', async () => {
    const dead = await startConnectProxy();
    dead.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const host = new URL(dead.url).host;
    const rs = createRunspace();
    registerExchangeOnlineModule(rs, {
      emulator: { url: `https://${host}`, caPem: emu.caPem, complianceUrl: `https://${host}/compliance` },
      moduleCacheDir: false,
    });
    const r = rs.invokeSync(
      `Connect-ExchangeOnline -AppId '${emu.appClientId}' -CertificateFilePath '${emu.certificateFile}' -Organization '${emu.tenantDomain}' -ShowBanner:$false`,
    );
    await rs.dispose();
    expect(r.errors.map((e) => e.exception.message)).toEqual([
      expect.stringMatching(new RegExp(`^Cannot reach ${host}: .*ECONNREFUSED`)),
    ]);
  });
});
