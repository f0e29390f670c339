// The emulator's TLS certificate (EC P-256, SAN IP:127.0.0.1): made once per state folder and reused while it has
// more than a day left, so a start does not pay for certificate generation (selfsigned loads ~100 ms of code).
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface TlsMaterial {
  readonly cert: string;
  readonly key: string;
  /** Path of the PEM that clients trust (the self-signed leaf is its own CA). */
  readonly caFile: string;
}

const minimumLifeMs = 24 * 3600_000;

async function generateTls(): Promise<{ cert: string; key: string }> {
  const { generate } = await import('selfsigned');
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
  return { cert: pems.cert, key: pems.private };
}

/** The stored certificate and key, if both are there and the certificate is valid for at least another day. */
async function storedTls(
  certFile: string,
  keyFile: string,
): Promise<{ cert: string; key: string } | undefined> {
  try {
    const [cert, key] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]);
    const x509 = new X509Certificate(cert);
    if (Date.parse(x509.validTo) - Date.now() < minimumLifeMs) return undefined;
    if (!x509.checkPrivateKey(createPrivateKey(key))) return undefined;
    return { cert, key };
  } catch {
    return undefined;
  }
}

export async function createTlsMaterial(stateDir: string): Promise<TlsMaterial> {
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
  const caFile = path.join(stateDir, 'emulator-ca.pem');
  const keyFile = path.join(stateDir, 'emulator-tls-key.pem');
  const stored = await storedTls(caFile, keyFile);
  if (stored) return { ...stored, caFile };
  const made = await generateTls();
  await writeFile(keyFile, made.key, { mode: 0o600 });
  await writeFile(caFile, made.cert, { mode: 0o644 });
  return { ...made, caFile };
}
