// Identity resolution as Exchange does it: GUID, name, alias, UPN, any SMTP address, DN, ExternalDirectoryObjectId; wildcards on Get.
import { ExchangeError } from '../errors/exchange-error.js';
import type { ObjectKind, StoredObject } from '../store/tenant-store.js';
import type { ExchangeObject } from '../types.js';
import { wildcardMatch } from '../shape/wildcard.js';
import type { HandlerContext } from './handler.js';

export type ObjectTest = (obj: ExchangeObject) => boolean;

const everything: ObjectTest = () => true;

export function isWildcard(identity: string): boolean {
  return identity.includes('*');
}

/** Resolves exactly one object of kind that passes accept, or throws ManagementObjectNotFound/Ambiguous. */
export function resolveOne(
  ctx: HandlerContext,
  kind: ObjectKind,
  identity: string,
  accept: ObjectTest = everything,
): StoredObject {
  const trimmed = identity.trim();
  const direct = ctx.store.get(ctx.tenantId, kind, trimmed);
  if (direct && accept(direct.data)) return direct;
  const matches = ctx.store
    .findByKey(ctx.tenantId, kind, stripProxyPrefix(trimmed))
    .filter((o) => accept(o.data));
  if (matches.length === 1) return matches[0] as StoredObject;
  if (matches.length > 1) throw new ExchangeError('ManagementObjectAmbiguous', [trimmed], trimmed);
  throw notFound(ctx, trimmed);
}

export function notFound(ctx: HandlerContext, identity: string): ExchangeError {
  return new ExchangeError('ManagementObjectNotFound', [identity, ctx.server], identity);
}

/** Objects whose Name, Alias, DisplayName or primary address match a wildcard identity, in store order. */
export function* matchWildcard(
  ctx: HandlerContext,
  kind: ObjectKind,
  pattern: string,
  accept: ObjectTest = everything,
): Generator<StoredObject> {
  for (const o of ctx.store.scan(ctx.tenantId, kind)) {
    if (!accept(o.data)) continue;
    const names = [o.data.Name, o.data.Alias, o.data.DisplayName, o.data.PrimarySmtpAddress];
    if (names.some((n) => typeof n === 'string' && wildcardMatch(pattern, n))) yield o;
  }
}

/** Get-style lookup: no identity -> all (resuming after afterSeq), wildcard -> matches, otherwise exactly one. */
export function* selectObjects(
  ctx: HandlerContext,
  kind: ObjectKind,
  identity: string | undefined,
  accept: ObjectTest = everything,
): Generator<StoredObject> {
  if (identity === undefined) {
    for (const o of ctx.store.scan(
      ctx.tenantId,
      kind,
      ctx.afterSeq === undefined ? {} : { afterSeq: ctx.afterSeq },
    ))
      if (accept(o.data)) yield o;
  } else if (isWildcard(identity)) yield* matchWildcard(ctx, kind, identity, accept);
  else yield resolveOne(ctx, kind, identity, accept);
}

function stripProxyPrefix(identity: string): string {
  return /^smtp:/i.test(identity) ? identity.slice(5) : identity;
}
