// -CertificateThumbprint off Windows: finds the certificate in the certificate folders (worker-side).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  CertificateError,
  certificateNotFoundMessage,
  certificateWithoutPrivateKeyMessage,
} from './certificate-errors.js';
import { normalizeThumbprint, type LoadedCertificate } from './certificate-material.js';
import { readCertificateFile } from './read-certificate.js';

const certificateExtensions = new Set(['.pfx', '.p12', '.pem', '.crt', '.cer']);
/** Certificate files are small; anything larger is not one (and is not read). */
const maxCertificateFileBytes = 1 << 20;

function candidates(folder: string, thumbprint: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const files = names.filter((n) => certificateExtensions.has(path.extname(n).toLowerCase()));
  // Files named by thumbprint first: most lookups read one file.
  const named = (n: string) => normalizeThumbprint(path.basename(n, path.extname(n))) === thumbprint;
  return [...files.filter(named), ...files.filter((n) => !named(n))].map((n) => path.join(folder, n));
}

/** The certificate with this SHA-1 thumbprint (case-insensitive) that has its private key. */
export function findCertificateByThumbprint(
  thumbprintText: string,
  folders: readonly string[],
  password: string | undefined,
): LoadedCertificate {
  const thumbprint = normalizeThumbprint(thumbprintText);
  let withoutKey: LoadedCertificate | undefined;
  for (const folder of folders) {
    for (const file of candidates(folder, thumbprint)) {
      let loaded: LoadedCertificate;
      try {
        if (statSync(file).size > maxCertificateFileBytes) continue;
        loaded = readCertificateFile(file, password);
      } catch {
        continue; // a protected or foreign file in the folder is not the one asked for
      }
      if (loaded.thumbprint !== thumbprint) continue;
      if (loaded.privateKeyPem) return loaded;
      withoutKey ??= loaded;
    }
  }
  if (withoutKey)
    throw new CertificateError(
      'CertificateWithoutPrivateKey',
      certificateWithoutPrivateKeyMessage(withoutKey.subject, withoutKey.thumbprint),
    );
  throw new CertificateError('CertificateNotFound', certificateNotFoundMessage(thumbprintText, folders));
}
