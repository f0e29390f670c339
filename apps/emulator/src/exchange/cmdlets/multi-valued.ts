// Applies a multi-valued property edit (replace, or @{Add=..;Remove=..}) to a stored list, case-insensitively.
import type { MultiValuedEdit } from '../binding/bound-parameters.js';
import type { JsonValue } from '../types.js';
import type { HandlerContext } from './handler.js';
import { resolveOne } from './identity.js';

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
