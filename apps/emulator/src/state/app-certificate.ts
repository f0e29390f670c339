// Generates the automation app's RSA certificate (MSAL signs client assertions with RSA only) and its thumbprints.
import { createHash, createPublicKey, X509Certificate } from 'node:crypto';
import type { RegisteredCertificate } from '../directory/model.js';

export interface AppCertificatePems {
  readonly certPem: string;
  readonly keyPem: string;
}

export async function generateAppCertificate(commonName: string): Promise<AppCertificatePems> {
  // selfsigned loads ~100 ms of code: only when a state folder is first made.
  const { generate } = await import('selfsigned');
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 2 * 365 * 24 * 3600_000),
  });
  return { certPem: pems.cert, keyPem: pems.private };
}

export interface CertificateThumbprints {
  /** Hex SHA-1 (what Windows and `-CertificateThumbprint` show; MSAL's `thumbprint`). */
  readonly sha1Hex: string;
  /** Hex SHA-256 (MSAL's `thumbprintSha256`). */
  readonly sha256Hex: string;
}

/** Throws when the PEM is not a certificate; callers turn that into a state error. */
export function registerCertificate(certPem: string): RegisteredCertificate & CertificateThumbprints {
  const x509 = new X509Certificate(certPem);
  const sha1 = createHash('sha1').update(x509.raw).digest();
  const sha256 = createHash('sha256').update(x509.raw).digest();
  return {
    x5t: sha1.toString('base64url'),
    x5tS256: sha256.toString('base64url'),
    sha1Hex: sha1.toString('hex').toUpperCase(),
    sha256Hex: sha256.toString('hex').toUpperCase(),
    publicKey: createPublicKey(certPem),
  };
}
