// Starts exosh-emulator as its own process (the stand-in for the cloud) and prepares what a shell needs to reach it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'apps/emulator/bin/exosh-emulator.js');

/**
 * Resolves when the emulator printed its ready line. `caBundle` is the environment's own extra CAs plus the
 * emulator's (for NODE_EXTRA_CA_CERTS, so a reference `node -e 0` loads the same certificates as the shell).
 */
export async function startEmulatorProcess({ mailboxes } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-bench-emu-'));
  const state = path.join(dir, 'state');
  const child = spawn(
    process.execPath,
    [bin, '--port', '0', '--state', state, ...(mailboxes ? ['--mailboxes', String(mailboxes)] : [])],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`exosh-emulator exited with ${code}`)));
  });
  const info = JSON.parse(line);
  const caPem = readFileSync(info.caFile, 'utf8');
  const inherited = process.env.NODE_EXTRA_CA_CERTS
    ? readFileSync(process.env.NODE_EXTRA_CA_CERTS, 'utf8')
    : '';
  const caBundle = path.join(dir, 'extra-ca.pem');
  writeFileSync(caBundle, `${inherited}\n${caPem}`);
  const certificateFile = path.join(dir, 'app.pem');
  writeFileSync(
    certificateFile,
    readFileSync(info.appCertFile, 'utf8') + readFileSync(info.appKeyFile, 'utf8'),
    {
      mode: 0o600,
    },
  );
  return {
    ...info,
    caPem,
    caBundle,
    certificateFile,
    /** Connect-ExchangeOnline as a user of the real cloud would type it, pointed at this emulator. */
    connectCommand: (extra = '') =>
      `Connect-ExchangeOnline -ConnectionUri ${info.url} -AzureADAuthorizationEndpointUri ${info.url}/${info.tenantDomain} ` +
      `-AppId ${info.appClientId} -CertificateFilePath '${certificateFile}' -Organization ${info.tenantDomain} ` +
      `-ShowBanner:$false ${extra}`,
    stop: () => child.kill(),
  };
}
