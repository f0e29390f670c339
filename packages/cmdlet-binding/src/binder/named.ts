// Phase C: named binding; unknown names stay for dynamic/remaining-arguments handling and the final check.
import { bindValue } from './bind-value.js';
import { tryDelayBind } from './delay-bind.js';
import { raise, type BindContext, type Element } from './context.js';
import { matchParameter } from './match-parameter.js';

export function bindNamedParameters(ctx: BindContext, elements: readonly Element[]): Element[] {
  const leftover: Element[] = [];
  const bound = ctx.state.boundParameters;
  let explicit: Set<string> | undefined;
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
    if (e.fromSplat) {
      // Only parameters given explicitly (bound before the first splatted one) silence a splatted twin.
      explicit ??= new Set(bound.keys());
      if (explicit.has(p.name)) continue;
    }
    if (bound.has(p.name)) throw raise(ctx, 'ParameterAlreadyBound', e.name, e.position);
    if (tryDelayBind(ctx, p, e.value, e.position)) continue;
    bindValue(ctx, p, e.value, e.switchPresent || (p.isSwitch && !e.hasValue), true, 'named', e.position);
  }
  return leftover;
}
