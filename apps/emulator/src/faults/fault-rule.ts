// Fault rules as data: what to inject, on which routes, how many times; parsed from untrusted JSON.
export type FaultAction =
  | { readonly kind: 'latency'; readonly delayMs: number }
  | {
      readonly kind: 'status';
      readonly status: 429 | 500 | 502 | 503 | 504;
      readonly retryAfterSeconds?: number;
    }
  /** Sends the status line, headers and part of the body, then destroys the socket. */
  | { readonly kind: 'reset' }
  /** Answers the next N nextLink continuations as expired (the Exchange service consumes it). */
  | { readonly kind: 'nextLinkExpiry' }
  /** CAE: 401 with `WWW-Authenticate: Bearer ... error="insufficient_claims", claims="<base64 JSON>"`. */
  | { readonly kind: 'claimsChallenge'; readonly claims: string };

export interface FaultRule {
  readonly id: string;
  /** Route name or glob (`exchange.*`, `entra.token`, `*`); control routes are never faulted. */
  readonly route: string;
  /** Only requests whose `X-CmdletName` header equals this (case-insensitive). */
  readonly cmdletName?: string;
  readonly action: FaultAction;
  /** Remaining applications; Infinity when the request said `times: 0` or omitted nothing (default 1). */
  remaining: number;
  /** Matching requests still to let through untouched before the fault applies (`skip`, default 0). */
  skip: number;
}

export type FaultParse =
  | { ok: true; action: FaultAction; route: string; cmdletName?: string; times: number; skip: number }
  | { ok: false; error: string };

const STATUSES = new Set([429, 500, 502, 503, 504]);

function num(v: unknown, name: string, min: number, max: number): number | string {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
    return `"${name}" must be a number from ${min} to ${max}`;
  return v;
}

export function parseFault(input: unknown): FaultParse {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, error: 'a fault must be a JSON object' };
  const o = input as Record<string, unknown>;
  const route = o.route ?? '*';
  if (typeof route !== 'string' || route === '')
    return { ok: false, error: '"route" must be a route name or glob' };
  const times = o.times ?? 1;
  const t = num(times, 'times', 0, 1_000_000);
  if (typeof t === 'string') return { ok: false, error: t };
  const skip = num(o.skip ?? 0, 'skip', 0, 1_000_000);
  if (typeof skip === 'string') return { ok: false, error: skip };
  const cmdletName = o.cmdletName;
  if (cmdletName !== undefined && typeof cmdletName !== 'string')
    return { ok: false, error: '"cmdletName" must be a string' };
  let action: FaultAction;
  switch (o.kind) {
    case 'latency': {
      const d = num(o.delayMs, 'delayMs', 0, 120_000);
      if (typeof d === 'string') return { ok: false, error: d };
      action = { kind: 'latency', delayMs: d };
      break;
    }
    case 'status': {
      if (typeof o.status !== 'number' || !STATUSES.has(o.status))
        return { ok: false, error: '"status" must be 429, 500, 502, 503 or 504' };
      const status = o.status as 429 | 500 | 502 | 503 | 504;
      if (o.retryAfterSeconds === undefined) {
        action = { kind: 'status', status };
      } else {
        const r = num(o.retryAfterSeconds, 'retryAfterSeconds', 0, 3600);
        if (typeof r === 'string') return { ok: false, error: r };
        action = { kind: 'status', status, retryAfterSeconds: r };
      }
      break;
    }
    case 'reset':
      action = { kind: 'reset' };
      break;
    case 'nextLinkExpiry':
      action = { kind: 'nextLinkExpiry' };
      break;
    case 'claimsChallenge': {
      const claims = o.claims ?? defaultChallengeClaims();
      if (typeof claims !== 'string' || !isJsonObject(claims))
        return { ok: false, error: '"claims" must be a JSON object, as a string' };
      action = { kind: 'claimsChallenge', claims };
      break;
    }
    default:
      return {
        ok: false,
        error: '"kind" must be latency, status, reset, nextLinkExpiry or claimsChallenge',
      };
  }
  return {
    ok: true,
    action,
    route,
    times: t === 0 ? Infinity : t,
    skip,
    ...(cmdletName ? { cmdletName } : {}),
  };
}

/** What Exchange Online asks for after a revocation event: a token issued after now. */
function defaultChallengeClaims(): string {
  const now = String(Math.floor(Date.now() / 1000));
  return JSON.stringify({ access_token: { nbf: { essential: true, value: now } } });
}

function isJsonObject(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}

export function routeMatches(pattern: string, routeName: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  );
  return re.test(routeName);
}
