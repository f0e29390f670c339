// Reads certificate files as .NET's X509Certificate2 does off Windows: PKCS#12 (.pfx/.p12), PEM or DER. Worker-side.
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Forge from 'node-forge';
import { CertificateError, dotNetCertificateException } from './certificate-errors.js';
import { describeCertificate, type LoadedCertificate } from './certificate-material.js';

// node-forge (about 25 ms to load) is for PKCS#12 and DER only: a PEM file never loads it.
let forgeModule: typeof Forge | undefined;
const forge = (): typeof Forge =>
  (forgeModule ??= createRequire(import.meta.url)('node-forge') as typeof Forge);

const notACertificate = () =>
  new CertificateError('CertificateLoadFailed', dotNetCertificateException.notACertificate.message);
const badPassword = () =>
  new CertificateError('CertificateLoadFailed', dotNetCertificateException.badPassword.message);

function withKey(certificate: X509Certificate, key: KeyObject | undefined): LoadedCertificate {
  if (key && !certificate.checkPrivateKey(key)) {
    const e = dotNetCertificateException.keyMismatch;
    throw new CertificateError('CertificateLoadFailed', e.message, e.type);
  }
  const material = describeCertificate(
    certificate.toString(),
    key?.export({ format: 'pem', type: 'pkcs8' }).toString(),
  );
  return key?.asymmetricKeyType ? { ...material, privateKeyType: key.asymmetricKeyType } : material;
}

function fromPem(text: string, password: string | undefined): LoadedCertificate {
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(text)?.[0];
  if (!certificate) throw notACertificate();
  const keyBlock = /-----BEGIN ((?:ENCRYPTED |RSA |EC )?PRIVATE KEY)-----[\s\S]+?-----END \1-----/.exec(text);
  let key: KeyObject | undefined;
  if (keyBlock) {
    try {
      key = createPrivateKey({ key: keyBlock[0], ...(password ? { passphrase: password } : {}) });
    } catch {
      throw keyBlock[1]?.startsWith('ENCRYPTED') || /Proc-Type: 4,ENCRYPTED/.test(keyBlock[0])
        ? badPassword()
        : notACertificate();
    }
  }
  return withKey(new X509Certificate(certificate), key);
}

type Bag = Forge.pkcs12.Bag & { asn1?: Forge.asn1.Asn1 };
const der = (asn1: Forge.asn1.Asn1) => Buffer.from(forge().asn1.toDer(asn1).getBytes(), 'binary');
const localKeyId = (bag: Bag) => (bag.attributes as { localKeyId?: string[] } | undefined)?.localKeyId?.[0];

function fromPkcs12(pfx: Forge.pkcs12.Pkcs12Pfx): LoadedCertificate {
  const bags = (type: string) => (pfx.getBags({ bagType: type })[type] ?? []) as Bag[];
  const { certBag, pkcs8ShroudedKeyBag, keyBag: plainKeyBag } = forge().pki.oids as Record<string, string>;
  const certBags = bags(certBag!);
  const keyBag = [...bags(pkcs8ShroudedKeyBag!), ...bags(plainKeyBag!)][0];
  // forge parses RSA only; other keys and certificates keep their ASN.1, which Node reads.
  const key = !keyBag
    ? undefined
    : keyBag.key
      ? createPrivateKey(
          forge().pki.privateKeyInfoToPem(
            forge().pki.wrapRsaPrivateKey(forge().pki.privateKeyToAsn1(keyBag.key)),
          ),
        )
      : keyBag.asn1
        ? createPrivateKey({ key: der(keyBag.asn1), format: 'der', type: 'pkcs8' })
        : undefined;
  const certificates = certBags
    .map((bag) => {
      const asn1 = bag.cert ? forge().pki.certificateToAsn1(bag.cert) : bag.asn1;
      return asn1 ? { bag, x509: new X509Certificate(der(asn1)) } : undefined;
    })
    .filter((c) => c !== undefined);
  if (certificates.length === 0) throw notACertificate();
  // The key's own certificate: same localKeyId, else the one its public key matches; the rest is the chain.
  const id = keyBag && localKeyId(keyBag);
  const leaf =
    (id !== undefined ? certificates.find((c) => localKeyId(c.bag) === id) : undefined) ??
    (key ? certificates.find((c) => c.x509.checkPrivateKey(key)) : undefined) ??
    certificates[0]!;
  // A key that belongs to none of the certificates is not the leaf's: .NET loads the certificate without one.
  return withKey(leaf.x509, key && leaf.x509.checkPrivateKey(key) ? key : undefined);
}

/** The bytes of a .pfx/.p12 (with `password`), a PEM file (certificate, optionally its key), or a DER certificate. */
export function readCertificateBytes(bytes: Buffer, password: string | undefined): LoadedCertificate {
  const text = bytes.toString('latin1');
  if (text.includes('-----BEGIN ')) return fromPem(text, password);
  let asn1: Forge.asn1.Asn1 | undefined;
  try {
    asn1 = forge().asn1.fromDer(text, false);
  } catch {
    throw notACertificate();
  }
  let pfx: Forge.pkcs12.Pkcs12Pfx | undefined;
  let wrongPassword = false;
  // No password means either an empty one (OpenSSL, .NET) or none at all (forge, some exporters): .NET tries both.
  for (const candidate of password ? [password] : ['', null]) {
    try {
      pfx = forge().pkcs12.pkcs12FromAsn1(asn1, false, candidate as string);
      break;
    } catch (err) {
      // forge checks the MAC first: a failure there is a wrong (or missing) password.
      wrongPassword ||= /MAC could not be verified|Invalid password|wrong password/i.test(
        (err as Error).message,
      );
    }
  }
  if (wrongPassword && !pfx) throw badPassword();
  if (pfx) return fromPkcs12(pfx);
  try {
    return withKey(new X509Certificate(bytes), undefined);
  } catch {
    throw notACertificate();
  }
}

export function readCertificateFile(fullPath: string, password: string | undefined): LoadedCertificate {
  let bytes: Buffer;
  try {
    bytes = readFileSync(fullPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const e = dotNetCertificateException.fileNotFound(fullPath);
      throw new CertificateError('CertificateFileNotFound', e.message, e.type);
    }
    throw new CertificateError(
      'CertificateLoadFailed',
      `Access to the path '${fullPath}' is denied.`,
      'System.UnauthorizedAccessException',
    );
  }
  return readCertificateBytes(bytes, password);
}
