// Applies a multi-valued property edit (replace, or @{Add=..;Remove=..}) to a stored list, case-insensitively.
import type { MultiValuedEdit } from '../binding/bound-parameters.js';
import type { JsonValue } from '../types.js';
import type { HandlerContext } from './handler.js';
import { resolveOne } from './identity.js';
import { ExchangeError } from '../errors/exchange-error.js';

export function applyEdit(
  current: JsonValue | undefined,
  edit: MultiValuedEdit,
  normalise: (values: readonly string[]) => string[],
): string[] {
  const existing = Array.isArray(current) ? current.map(String) : [];
  if (edit.replace) return normalise(edit.replace);
  const out = [...existing];
  for (const v of normalise(edit.add ?? []))
    if (!out.some((x) => x.toLowerCase() === v.toLowerCase())) out.push(v);
  const removals = normalise(edit.remove ?? []).map((v) => v.toLowerCase());
  return out.filter((x) => !removals.includes(x.toLowerCase()));
}

/** Resolves recipient identities to the names Exchange stores in link properties (ManagedBy, GrantSendOnBehalfTo). */
export function recipientNames(ctx: HandlerContext, values: readonly string[]): string[] {
  return values.map((v) => String(resolveOne(ctx, 'recipient', v).data.Name));
}

/** Exchange refuses a proxy address that another recipient already has. */
export function assertAddressesFree(
  ctx: HandlerContext,
  addresses: readonly string[],
  ownerId: string,
): void {
  for (const address of addresses) {
    const bare = address.includes(':') ? address.slice(address.indexOf(':') + 1) : address;
    const other = ctx.store.findByKey(ctx.tenantId, 'recipient', bare).find((o) => o.id !== ownerId);
    if (other) throw new ExchangeError('ProxyAddressExists', [address, String(other.data.Name)], address);
  }
}
