// Runs the real shell binary (apps/repl/bin/exosh.js) against an emulator process, as a user of the cloud would.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EmulatorProcess } from './emulator-process.js';

const bin = path.resolve(import.meta.dirname, '../../../../apps/repl/bin/exosh.js');

export interface ShellRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
  /** The HOME the run had (token and module caches live under it). */
  readonly home: string;
}

/** Connect-ExchangeOnline pointed at the emulator with -ConnectionUri / -AzureADAuthorizationEndpointUri. */
export function connectCommand(emu: EmulatorProcess, credentials: string): string {
  return (
    `Connect-ExchangeOnline -ConnectionUri ${emu.url} -AzureADAuthorizationEndpointUri ${emu.url}/${emu.tenantDomain} ` +
    `-AppId ${emu.appClientId} -Organization ${emu.tenantDomain} -ShowBanner:$false ${credentials}`
  );
}

/** Runs `script` as a -File in the shell (async: the emulator answers from its own process meanwhile). */
export function runExosh(emu: EmulatorProcess, script: string, cwd?: string): Promise<ShellRun> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-core-shell-'));
  const file = path.join(home, 'script.ps1');
  writeFileSync(file, script);
  const inherited = process.env['NODE_EXTRA_CA_CERTS']
    ? readFileSync(process.env['NODE_EXTRA_CA_CERTS'], 'utf8')
    : '';
  const caBundle = path.join(home, 'extra-ca.pem');
  writeFileSync(caBundle, `${inherited}\n${emu.caPem}`);
  const child = spawn(process.execPath, [bin, '-NoProfile', '-File', file], {
    cwd: cwd ?? home,
    env: {
      ...process.env,
      HOME: home,
      XDG_DATA_HOME: home,
      XDG_CACHE_HOME: path.join(home, 'cache'),
      EXOSH_CACHE_DIR: path.join(home, 'exosh'),
      NODE_EXTRA_CA_CERTS: caBundle,
      NO_COLOR: '1',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve) => child.on('close', (status) => resolve({ stdout, stderr, status, home })));
}
