// Phase E: $PSDefaultParameterValues, already matched to this command by the runtime, fill unbound parameters.
import type { CompiledParameter } from '../compile/compiled-types.js';
import { valueText } from '../conversion/value-text.js';
import { formatInner } from '../errors/messages.js';
import { ParameterBindingException } from '../errors/parameter-binding-exception.js';
import { bindValue } from './bind-value.js';
import type { BindContext } from './context.js';
import { tryDelayBind } from './delay-bind.js';
import { inSets } from './parameter-sets.js';

/**
 * ApplyDefaultParameterBinding: only unbound parameters valid in the current sets, and nothing at all
 * when those parameters would leave no common set. A value that fails to bind becomes a warning.
 * Returns true when at least one value was bound.
 */
export function applyDefaultParameterValues(ctx: BindContext): boolean {
  const defaults = ctx.state.options.defaultParameterValues;
  if (defaults === undefined) return false;
  const state = ctx.state;
  const qualified: (readonly [CompiledParameter, unknown])[] = [];
  let possible = -1;
  for (const [name, value] of defaults) {
    const p = ctx.command.lookup.get(name.toLowerCase())?.parameter;
    if (p === undefined || !inSets(p, state.currentSets) || state.boundParameters.has(p.name)) continue;
    if (p.setFlags !== 0) {
      possible = possible === -1 ? p.setFlags : (possible & p.setFlags) >>> 0;
      if (possible === 0) return false;
    }
    qualified.push([p, value]);
  }
  let bound = false;
  for (const [p, value] of qualified) {
    try {
      if (
        tryDelayBind(ctx, p, value, undefined) ||
        bindValue(ctx, p, value, false, true, 'named', undefined)
      ) {
        bound = true;
        state.boundDefaultParameters = [...state.boundDefaultParameters, p.name];
      }
    } catch (e) {
      if (!(e instanceof ParameterBindingException)) throw e;
      const text = value === null || value === undefined ? 'null' : valueText(value);
      const warning = formatInner('FailToBindDefaultParameter', text, p.name, e.message);
      // PowerShell warns once per command and parameter (its _warningSet).
      if (!state.warnings.includes(warning)) state.warnings = [...state.warnings, warning];
    }
  }
  return bound;
}
