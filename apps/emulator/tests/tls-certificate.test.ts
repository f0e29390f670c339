// The emulator's TLS certificate is made once per state folder and reused while it is valid.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTlsMaterial } from '../src/tls/certificate.js';

const newStateDir = () => mkdtempSync(path.join(os.tmpdir(), 'exosh-emu-tls-'));

describe('createTlsMaterial', () => {
  it('makes a certificate for 127.0.0.1 with a private key file only the owner can read', async () => {
    const dir = newStateDir();
    const tls = await createTlsMaterial(dir);
    const x509 = new X509Certificate(tls.cert);
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(readFileSync(tls.caFile, 'utf8')).toBe(tls.cert);
    expect(statSync(path.join(dir, 'emulator-tls-key.pem')).mode & 0o777).toBe(0o600);
  });

  it('reuses the stored certificate on the next start', async () => {
    const dir = newStateDir();
    const first = await createTlsMaterial(dir);
    const second = await createTlsMaterial(dir);
    expect(second.cert).toBe(first.cert);
    expect(second.key).toBe(first.key);
  });

  it('makes a new one when the stored key does not match or the files are damaged', async () => {
    const dir = newStateDir();
    const first = await createTlsMaterial(dir);
    const other = await createTlsMaterial(newStateDir());
    writeFileSync(path.join(dir, 'emulator-tls-key.pem'), other.key);
    const replaced = await createTlsMaterial(dir);
    expect(replaced.cert).not.toBe(first.cert);
    expect(new X509Certificate(replaced.cert).checkIP('127.0.0.1')).toBe('127.0.0.1');
    writeFileSync(replaced.caFile, 'not a certificate');
    const again = await createTlsMaterial(dir);
    expect(again.cert).not.toBe(replaced.cert);
    expect(readFileSync(again.caFile, 'utf8')).toBe(again.cert);
  });
});
