// Starts exosh-emulator as its own process (the engine thread blocks while it waits, so the server must live elsewhere).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface EmulatorProcess {
  readonly url: string;
  readonly caPem: string;
  readonly complianceUrl: string;
  readonly tenantDomain: string;
  readonly appClientId: string;
  /** PEM with the app certificate and key, for -CertificateFilePath. */
  readonly certificateFile: string;
  /** The registered app certificate and its private key (PEM), to build PFX fixtures from. */
  readonly appCertificatePem: string;
  readonly appKeyPem: string;
  readonly stateDir: string;
  control(method: string, route: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  stop(): void;
}

const bin = path.resolve(import.meta.dirname, '../../../../apps/emulator/bin/exosh-emulator.js');

export async function startEmulatorProcess(): Promise<EmulatorProcess> {
  const state = mkdtempSync(path.join(os.tmpdir(), 'exosh-core-emu-'));
  const child: ChildProcess = spawn(process.execPath, [bin, '--port', '0', '--state', state], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`exosh-emulator exited with ${code}`)));
  });
  const info = JSON.parse(line) as Record<string, string>;
  const caPem = readFileSync(info['caFile'] as string, 'utf8');
  const certificateFile = path.join(state, 'bundle.pem');
  const appCertificatePem = readFileSync(info['appCertFile'] as string, 'utf8');
  const appKeyPem = readFileSync(info['appKeyFile'] as string, 'utf8');
  writeFileSync(certificateFile, appCertificatePem + appKeyPem);
  const url = info['url'] as string;
  return {
    url,
    caPem,
    complianceUrl: info['complianceUrl'] as string,
    tenantDomain: info['tenantDomain'] as string,
    appClientId: info['appClientId'] as string,
    certificateFile,
    appCertificatePem,
    appKeyPem,
    stateDir: state,
    control: (method, route, body) =>
      new Promise((resolve, reject) => {
        const text = body === undefined ? undefined : JSON.stringify(body);
        const req = request(
          `${url}${route}`,
          { method, ca: caPem, headers: text ? { 'content-type': 'application/json' } : {} },
          (res) => {
            let data = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (data += c));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, json: data ? JSON.parse(data) : null }),
            );
          },
        );
        req.on('error', reject);
        req.end(text);
      }),
    stop: () => child.kill(),
  };
}
