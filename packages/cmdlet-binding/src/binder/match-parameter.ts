// GetMatchingParameter over the precomputed lookup table: exact name, alias, then unambiguous prefix.
import type { SourcePosition } from '../arguments/types.js';
import type { CompiledParameter } from '../compile/compiled-types.js';
import { raise, type BindContext } from './context.js';

export function matchParameter(
  ctx: BindContext,
  name: string,
  position: SourcePosition | undefined,
): CompiledParameter | undefined {
  const hit = ctx.command.lookup.find(name);
  if (hit === undefined) return undefined;
  if (hit.parameter) return hit.parameter;
  const list = hit.candidates.map((c) => ` -${c.name}`).join('');
  throw raise(ctx, 'AmbiguousParameter', name, position, [list]);
}
