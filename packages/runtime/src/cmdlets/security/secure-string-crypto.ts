// SecureStringHelper off Windows: "protected" = hex of the UTF-16LE bytes (no DPAPI); keyed = AES-CBC in pwsh's V2 package.
import type * as Crypto from 'node:crypto';
import { lazyBuiltin } from '../../host/lazy-builtin.js';

/** node:crypto is loaded when a key is first used, not at start-up. */
const crypto = lazyBuiltin<typeof Crypto>('node:crypto');

/** The marker pwsh puts before a keyed (V2) export. */
export const secureStringExportHeader = '76492d1116743f0423413b16050a5345';

/** .NET's ArgumentException / CryptographicException, as SecureStringHelper raises them. */
export class SecureStringError extends Error {
  constructor(
    readonly kind: 'Argument' | 'Cryptographic' | 'Format',
    message: string,
  ) {
    super(message);
  }
}

const utf16 = (text: string): Buffer => Buffer.from(text, 'utf16le');

function fromData(data: Buffer): string {
  if (data.length % 2 !== 0)
    throw new SecureStringError(
      'Argument',
      'Could not decrypt data. The data was not encrypted with this key.',
    );
  return data.toString('utf16le');
}

function bytesFromHex(text: string): Buffer {
  const out = Buffer.alloc(Math.floor(text.length / 2));
  for (let i = 0; i < out.length; i++) {
    const pair = text.slice(2 * i, 2 * i + 2);
    if (!/^[0-9a-f]{2}$/i.test(pair))
      throw new SecureStringError('Format', 'The input string was not in a correct format.');
    out[i] = parseInt(pair, 16);
  }
  return out;
}

/** True for the AES key sizes .NET accepts (128, 192, 256 bits). */
export function validKeyLength(key: Uint8Array): boolean {
  return key.length === 16 || key.length === 24 || key.length === 32;
}

export function protect(plain: string): string {
  return utf16(plain).toString('hex');
}

export function unprotect(input: string): string {
  if (input.length % 2 !== 0)
    throw new SecureStringError(
      'Argument',
      `The parameter value "${input}" is not a valid encrypted string.`,
    );
  return fromData(bytesFromHex(input));
}

function aesName(key: Uint8Array): string {
  return `aes-${key.length * 8}-cbc`;
}

/** ConvertFrom-SecureString -Key: header + base64(UTF-16LE("2|<iv base64>|<hex cipher>")). */
export function encryptV2(plain: string, key: Uint8Array): string {
  const iv = crypto().randomBytes(16);
  const cipher = crypto().createCipheriv(aesName(key), key, iv);
  const data = Buffer.concat([cipher.update(utf16(plain)), cipher.final()]);
  const pkg = `2|${iv.toString('base64')}|${data.toString('hex')}`;
  return secureStringExportHeader + utf16(pkg).toString('base64');
}

/** Splits a V2 package into cipher text and IV; anything else is taken as bare cipher text. */
function unpack(input: string): { content: string; iv: Buffer | undefined } {
  if (!input.toLowerCase().startsWith(secureStringExportHeader)) return { content: input, iv: undefined };
  const rest = input.slice(secureStringExportHeader.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(rest) || rest.length % 4 !== 0) return { content: input, iv: undefined };
  const parts = Buffer.from(rest, 'base64').toString('utf16le').split('|');
  if (parts.length !== 3) return { content: input, iv: undefined };
  return { content: parts[2] ?? '', iv: Buffer.from(parts[1] ?? '', 'base64') };
}

/** ConvertTo-SecureString -Key: the plain text of a keyed export (CBC, PKCS#7 padding as .NET's Aes). */
export function decryptV2(input: string, key: Uint8Array): string {
  const { content, iv } = unpack(input);
  let plain: Buffer;
  try {
    const decipher = crypto().createDecipheriv(
      aesName(key),
      key,
      iv && iv.length === 16 ? iv : crypto().randomBytes(16),
    );
    plain = Buffer.concat([decipher.update(bytesFromHex(content)), decipher.final()]);
  } catch (err) {
    if (err instanceof SecureStringError) throw err;
    throw new SecureStringError('Cryptographic', 'Padding is invalid and cannot be removed.');
  }
  return fromData(plain);
}
