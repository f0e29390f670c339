// Random bytes from Web Crypto (a lazy global) rather than node:crypto, which start-up would otherwise load.

/** `n` cryptographically random bytes. */
export function randomBytes(n: number): Buffer {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(n)));
}
