// Continuous access evaluation: the claims a 401's WWW-Authenticate asks the next token to carry.

/**
 * The decoded `claims` of a `Bearer ... error="insufficient_claims", claims="<base64 JSON>"` challenge, or undefined
 * when the header is not one (a plain 401: the ordinary refresh applies).
 */
export function claimsFromChallenge(header: string | undefined): string | undefined {
  if (!header || !/^\s*Bearer\b/i.test(header)) return undefined;
  const params = new Map<string, string>();
  for (const m of header.matchAll(/([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|([^\s,]+))/g))
    params.set((m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? '');
  if (params.get('error') !== 'insufficient_claims') return undefined;
  const encoded = params.get('claims');
  if (!encoded) return undefined;
  const text = Buffer.from(encoded, 'base64').toString('utf8');
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? text : undefined;
  } catch {
    return undefined;
  }
}
