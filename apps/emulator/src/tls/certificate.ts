// Generates the emulator's TLS certificate (EC P-256, SAN IP:127.0.0.1) and writes its PEM to the state folder.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'selfsigned';

export interface TlsMaterial {
  readonly cert: string;
  readonly key: string;
  /** Path of the PEM that clients trust (the self-signed leaf is its own CA). */
  readonly caFile: string;
}

export async function createTlsMaterial(stateDir: string): Promise<TlsMaterial> {
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: 'exosh-emulator' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 365 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
  const caFile = path.join(stateDir, 'emulator-ca.pem');
  await writeFile(caFile, pems.cert, { mode: 0o644 });
  return { cert: pems.cert, key: pems.private, caFile };
}
