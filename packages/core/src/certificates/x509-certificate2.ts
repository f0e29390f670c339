// [X509Certificate2] for scripts: `[System.Security.Cryptography.X509Certificates.X509Certificate2]::new($path, $password)`.
import {
  BridgeOperationError,
  PSDateTime,
  PS_TYPE_NAMES,
  method,
  type Runspace,
  type TypeInfoInit,
} from '@exosh/runtime';
import { plainText } from '../cmdlets/secret-text.js';
import { workerOpsUrl } from '../worker/ops-url.js';
import type { CertificateRequest, LoadedCertificate } from './certificate-material.js';

export const x509Certificate2TypeName = 'System.Security.Cryptography.X509Certificates.X509Certificate2';
export const x509CertificateTypeName = 'System.Security.Cryptography.X509Certificates.X509Certificate';

/** The material behind each certificate object: kept off the object so no member, view or JSON shows the key. */
const materials = new WeakMap<X509Certificate2, LoadedCertificate>();

/** The members scripts read (Thumbprint, Subject, NotAfter, HasPrivateKey...), named as .NET names them. */
export class X509Certificate2 {
  constructor(material: LoadedCertificate) {
    materials.set(this, material);
  }
  get [PS_TYPE_NAMES](): string[] {
    return [x509Certificate2TypeName, x509CertificateTypeName, 'System.Object'];
  }
  get #m(): LoadedCertificate {
    return materials.get(this)!;
  }
  get Thumbprint(): string {
    return this.#m.thumbprint;
  }
  get Subject(): string {
    return this.#m.subject;
  }
  get Issuer(): string {
    return this.#m.issuer;
  }
  get SerialNumber(): string {
    return this.#m.serialNumber;
  }
  get NotBefore(): PSDateTime {
    return PSDateTime.fromDate(new Date(this.#m.notBefore), 'Local');
  }
  get NotAfter(): PSDateTime {
    return PSDateTime.fromDate(new Date(this.#m.notAfter), 'Local');
  }
  get HasPrivateKey(): boolean {
    return this.#m.privateKeyPem !== undefined;
  }
  get FriendlyName(): string {
    return '';
  }
  /** .NET's X509Certificate.ToString(): the labelled blocks `"$cert"` prints. */
  toString(): string {
    const block = (label: string, value: string) => `[${label}]\n  ${value}\n`;
    return [
      block('Subject', this.Subject),
      block('Issuer', this.Issuer),
      block('Serial Number', this.SerialNumber),
      block('Not Before', String(this.NotBefore)),
      block('Not After', String(this.NotAfter)),
      block('Thumbprint', this.Thumbprint),
    ].join('\n');
  }
}

/** The certificate and key behind a certificate object, for signing in (in-process only). */
export function certificateMaterialOf(value: unknown): LoadedCertificate | undefined {
  return value instanceof X509Certificate2 ? materials.get(value) : undefined;
}

/** Loads a certificate in the I/O worker (where PKCS#12 decoding lives); failures keep their ErrorId and .NET type. */
export function loadCertificate(runspace: Runspace, request: CertificateRequest): LoadedCertificate {
  return runspace.bridge.call<LoadedCertificate>(workerOpsUrl, 'loadCertificate', request);
}

function construct(runspace: Runspace, source: unknown, password: unknown): X509Certificate2 {
  const secret = plainText(password);
  const request: CertificateRequest = Array.isArray(source)
    ? { kind: 'bytes', base64: Buffer.from(source as number[]).toString('base64') }
    : // .NET resolves a relative file name against the process directory, not the PowerShell location.
      { kind: 'file', path: String(source) };
  try {
    return new X509Certificate2(
      loadCertificate(runspace, secret !== undefined ? { ...request, password: secret } : request),
    );
  } catch (err) {
    if (!(err instanceof BridgeOperationError)) throw err;
    const exceptionType = (err.data as { exceptionType?: string } | undefined)?.exceptionType;
    throw Object.assign(new Error(err.message), {
      exceptionType: exceptionType ?? 'System.Security.Cryptography.CryptographicException',
    });
  }
}

export function x509Certificate2Type(runspace: Runspace): TypeInfoInit {
  const make = (_t: null, a: unknown[]) => construct(runspace, a[0], a[1]);
  return {
    fullName: x509Certificate2TypeName,
    baseType: x509CertificateTypeName,
    isInstance: (v) => v instanceof X509Certificate2,
    constructors: method<null>(
      'new',
      ['X509Certificate2 new(byte[] rawData)', make],
      ['X509Certificate2 new(string fileName)', make],
      ['X509Certificate2 new(byte[] rawData, string password)', make],
      ['X509Certificate2 new(byte[] rawData, securestring password)', make],
      ['X509Certificate2 new(string fileName, string password)', make],
      ['X509Certificate2 new(string fileName, securestring password)', make],
    ),
  };
}
