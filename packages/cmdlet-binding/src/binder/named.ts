// Phase C: named binding; unknown names stay for dynamic/remaining-arguments handling and the final check.
import { bindValue } from './bind-value.js';
import { raise, type BindContext, type Element } from './context.js';
import { matchParameter } from './match-parameter.js';

export function bindNamedParameters(ctx: BindContext, elements: readonly Element[]): Element[] {
  const leftover: Element[] = [];
  const bound = ctx.state.boundParameters;
  for (const e of elements) {
    if (e.name === undefined) {
      leftover.push(e);
      continue;
    }
    const p = e.parameter ?? matchParameter(ctx, e.name, e.position);
    if (p === undefined) {
      leftover.push(e);
      continue;
    }
    if (bound.has(p.name)) {
      if (e.fromSplat) continue;
      throw raise(ctx, 'ParameterAlreadyBound', e.name, e.position);
    }
    bindValue(ctx, p, e.value, e.switchPresent || (p.isSwitch && !e.hasValue), true, 'named', e.position);
  }
  return leftover;
}
