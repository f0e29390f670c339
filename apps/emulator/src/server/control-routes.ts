// Emulator-only control API under /_emulator: faults, settings, device approval, refresh-token revocation, stats.
import { approveDeviceCode } from '../entra/device-login.js';
import type { EntraContext } from '../entra/context.js';
import type { EntraSettings } from '../entra/settings.js';
import type { FaultRegistry } from '../faults/fault-registry.js';
import { parseFault, routeMatches } from '../faults/fault-rule.js';
import { jsonBody, jsonResponse, type EmulatorRequest, type EmulatorResponse } from './http.js';
import type { Router } from './router.js';

export interface ControlOptions {
  readonly entra: EntraContext;
  readonly faults: FaultRegistry;
  readonly stats: ReadonlyMap<string, number>;
  readonly info: () => Record<string, unknown>;
  /** Names of the routes faults may target (control routes excluded). */
  readonly routeNames: () => readonly string[];
  /** Settings as the emulator started with them, restored by POST /_emulator/reset. */
  readonly initialSettings: Readonly<EntraSettings>;
}

function bad(message: string, status = 400): EmulatorResponse {
  return jsonResponse(status, { error: { code: 'BadRequest', message } });
}

function objectBody(req: EmulatorRequest): Record<string, unknown> | string {
  if (req.body.length === 0) return {};
  const parsed = jsonBody(req);
  if (!parsed.ok) return `The request body is not valid JSON: ${parsed.reason}`;
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
    return 'The request body must be a JSON object.';
  return parsed.value as Record<string, unknown>;
}

const NUMERIC_SETTINGS: Readonly<Record<string, readonly [number, number]>> = {
  accessTokenLifetimeSec: [1, 86_400],
  refreshTokenLifetimeSec: [1, 365 * 86_400],
  deviceCodeLifetimeSec: [1, 86_400],
  deviceCodeIntervalSec: [0, 60],
  deviceCodePendingPolls: [0, 1000],
};

/** Applies a partial settings object; returns an error message or undefined. Nothing changes on error. */
export function applySettings(settings: EntraSettings, patch: Record<string, unknown>): string | undefined {
  const next: Partial<EntraSettings> = {};
  for (const [k, v] of Object.entries(patch)) {
    const range = NUMERIC_SETTINGS[k];
    if (range) {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < range[0] || v > range[1])
        return `"${k}" must be an integer from ${range[0]} to ${range[1]}.`;
      (next as Record<string, number>)[k] = v;
    } else if (k === 'autoApprove') {
      if (typeof v !== 'boolean') return '"autoApprove" must be true or false.';
      next.autoApprove = v;
    } else {
      return `Unknown setting "${k}".`;
    }
  }
  Object.assign(settings, next);
  return undefined;
}

function revoke(o: ControlOptions, body: Record<string, unknown>): EmulatorResponse {
  const upn = typeof body.upn === 'string' ? body.upn : undefined;
  const clientId = typeof body.clientId === 'string' ? body.clientId : undefined;
  const revoked = o.entra.refreshTokens.revoke({
    ...(upn ? { upn } : {}),
    ...(clientId ? { clientId } : {}),
  });
  return jsonResponse(200, { revoked });
}

function postFaults(o: ControlOptions, req: EmulatorRequest): EmulatorResponse {
  const body = objectBody(req);
  if (typeof body === 'string') return bad(body);
  const items = Array.isArray(body.faults) ? (body.faults as unknown[]) : [body];
  const added = [];
  // Validate everything first so a bad item leaves no partial state.
  const plans: (() => unknown)[] = [];
  for (const item of items) {
    const kind = (item as Record<string, unknown> | null)?.kind;
    if (kind === 'tokenLifetime') {
      const patch = { accessTokenLifetimeSec: (item as Record<string, unknown>).seconds };
      const probe = { ...o.entra.settings };
      const err = applySettings(probe, patch);
      if (err) return bad(err.replace('accessTokenLifetimeSec', 'seconds'));
      plans.push(
        () => (
          applySettings(o.entra.settings, patch),
          { kind, accessTokenLifetimeSec: patch.accessTokenLifetimeSec }
        ),
      );
    } else if (kind === 'revokeRefreshTokens') {
      plans.push(() => ({
        kind,
        ...(JSON.parse(revoke(o, item as Record<string, unknown>).body as string) as object),
      }));
    } else {
      const parsed = parseFault(item);
      if (!parsed.ok) return bad(parsed.error);
      // A typo in a route would make a fault that never fires: refuse it and list what exists.
      const names = o.routeNames();
      if (!names.some((n) => routeMatches(parsed.route, n))) {
        return bad(`"route" '${parsed.route}' matches no route. Routes: ${names.join(', ')}.`);
      }
      plans.push(() =>
        o.faults.add({
          route: parsed.route,
          action: parsed.action,
          times: parsed.times,
          skip: parsed.skip,
          ...(parsed.cmdletName ? { cmdletName: parsed.cmdletName } : {}),
        }),
      );
    }
  }
  for (const plan of plans) added.push(plan());
  return jsonResponse(201, { faults: added });
}

export function addControlRoutes(router: Router, o: ControlOptions): void {
  const route = (
    name: string,
    methods: string[],
    pattern: RegExp,
    handler: (req: EmulatorRequest, p: Readonly<Record<string, string>>) => EmulatorResponse,
  ) => router.add({ name: `control.${name}`, family: 'control', methods, pattern, handler });
  route('health', ['GET'], /^\/health$/i, () =>
    jsonResponse(200, { status: 'ok', tenantId: o.entra.directory.defaultTenant.tenantId }),
  );
  route('info', ['GET'], /^\/_emulator\/info$/i, () => jsonResponse(200, o.info()));
  route('stats', ['GET'], /^\/_emulator\/stats$/i, () =>
    jsonResponse(200, { requests: Object.fromEntries(o.stats), claimsRequested: o.entra.claimsRequested }),
  );
  route('faults', ['GET', 'POST', 'DELETE'], /^\/_emulator\/faults$/i, (req) => {
    if (req.method === 'GET') return jsonResponse(200, { faults: o.faults.list() });
    if (req.method === 'DELETE') return jsonResponse(200, { removed: o.faults.clear() });
    return postFaults(o, req);
  });
  route('fault', ['DELETE'], /^\/_emulator\/faults\/(?<id>[^/]+)$/i, (_req, p) => {
    const removed = o.faults.clear(p.id);
    return removed ? jsonResponse(200, { removed }) : bad(`No fault with id '${p.id ?? ''}'.`, 404);
  });
  route('settings', ['GET', 'PATCH'], /^\/_emulator\/settings$/i, (req) => {
    if (req.method === 'PATCH') {
      const body = objectBody(req);
      if (typeof body === 'string') return bad(body);
      const err = applySettings(o.entra.settings, body);
      if (err) return bad(err);
    }
    return jsonResponse(200, o.entra.settings);
  });
  route('device-approve', ['POST'], /^\/_emulator\/device\/approve$/i, (req) => {
    const body = objectBody(req);
    if (typeof body === 'string') return bad(body);
    if (typeof body.user_code !== 'string') return bad('"user_code" is required.');
    const upn = typeof body.upn === 'string' ? body.upn : undefined;
    const r = approveDeviceCode(o.entra, body.user_code, upn, body.decline === true);
    return r.ok
      ? jsonResponse(200, r)
      : bad(`Device code approval failed: ${r.reason}.`, r.reason === 'unknown-code' ? 404 : 409);
  });
  route('reset', ['POST'], /^\/_emulator\/reset$/i, () => {
    const removed = o.faults.clear();
    Object.assign(o.entra.settings, o.initialSettings);
    return jsonResponse(200, { faultsRemoved: removed, settings: o.entra.settings });
  });
  route('revoke', ['POST'], /^\/_emulator\/refresh-tokens\/revoke$/i, (req) => {
    const body = objectBody(req);
    return typeof body === 'string' ? bad(body) : revoke(o, body);
  });
}
