// Decodes a JWT payload without verifying it (tests check claims; verification is tested separately).
import { decodeJwt } from 'jose';

export function claims(token: string): Record<string, unknown> {
  return decodeJwt(token) as Record<string, unknown>;
}
