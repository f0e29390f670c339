// A certificate as exosh holds it: PEM text, the private key (PKCS#8 PEM) when there is one, and the facts scripts read.
import { X509Certificate, createHash } from 'node:crypto';

/** Plain data (it crosses the I/O worker bridge). The key is a secret: never print or log it. */
export interface CertificateMaterial {
  readonly certificatePem: string;
  readonly privateKeyPem?: string;
  /** SHA-1 of the DER certificate, upper-case hex: what .NET calls the thumbprint. */
  readonly thumbprint: string;
  /** .NET's X500DistinguishedName.Name form: most specific first, `CN=app, O=Contoso`. */
  readonly subject: string;
  readonly issuer: string;
  readonly serialNumber: string;
  /** Epoch milliseconds. */
  readonly notBefore: number;
  readonly notAfter: number;
}

/** OpenSSL prints one RDN per line, least specific first; .NET joins them most specific first. */
const distinguishedName = (lines: string): string => lines.split('\n').filter(Boolean).reverse().join(', ');

export function thumbprintOf(certificatePem: string): string {
  return createHash('sha1').update(new X509Certificate(certificatePem).raw).digest('hex').toUpperCase();
}

export function describeCertificate(certificatePem: string, privateKeyPem?: string): CertificateMaterial {
  const x509 = new X509Certificate(certificatePem);
  return {
    certificatePem,
    ...(privateKeyPem ? { privateKeyPem } : {}),
    thumbprint: createHash('sha1').update(x509.raw).digest('hex').toUpperCase(),
    subject: distinguishedName(x509.subject),
    issuer: distinguishedName(x509.issuer),
    serialNumber: x509.serialNumber.toUpperCase(),
    notBefore: Date.parse(x509.validFrom),
    notAfter: Date.parse(x509.validTo),
  };
}

/** Thumbprints as users type them (`ab 12 …`, lower case) compare as .NET's: hex only, case-insensitive. */
export const normalizeThumbprint = (text: string): string => text.replace(/[\s:]/g, '').toUpperCase();

/** What the engine thread asks the I/O worker to load (passwords travel in-process only, never logged). */
export type CertificateRequest =
  | { readonly kind: 'file'; readonly path: string; readonly password?: string }
  | { readonly kind: 'bytes'; readonly base64: string; readonly password?: string }
  | {
      readonly kind: 'thumbprint';
      readonly thumbprint: string;
      readonly folders: readonly string[];
      readonly password?: string;
    };

/** Read back from the worker: the material plus the key's type (`rsa`, `ec`...) when the key was loaded. */
export interface LoadedCertificate extends CertificateMaterial {
  readonly privateKeyType?: string;
}
