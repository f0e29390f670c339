// Phase D: positional binding by position groups, four passes per argument (default/all, exact/coerced).
import type { PositionalEntry } from '../compile/compiled-types.js';
import { bindValue } from './bind-value.js';
import { tryDelayBind } from './delay-bind.js';
import { raise, type BindContext, type Element } from './context.js';
import { recordMatches } from './parameter-sets.js';

function groupsFor(ctx: BindContext): PositionalEntry[][] {
  const sets = ctx.state.currentSets;
  const bound = ctx.state.boundParameters;
  const groups: PositionalEntry[][] = [];
  let current: PositionalEntry[] | undefined;
  let at = -1;
  for (const entry of ctx.command.positional) {
    if (bound.has(entry.parameter.name) || !recordMatches(entry.record, sets)) continue;
    if (entry.position !== at || current === undefined) {
      current = [];
      groups.push(current);
      at = entry.position;
    }
    current.push(entry);
  }
  for (const group of groups) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as PositionalEntry;
        const b = group[j] as PositionalEntry;
        if (a.parameter === b.parameter) continue;
        const clash =
          (a.record.setFlag === 0 && b.record.setFlag === 0) || (a.record.setFlag & b.record.setFlag) !== 0;
        if (clash) throw raise(ctx, 'AmbiguousPositionalParameterNoName', undefined, undefined);
      }
    }
  }
  return groups;
}

function tryBind(ctx: BindContext, group: readonly PositionalEntry[], e: Element): boolean {
  const state = ctx.state;
  const defaultFlag = ctx.command.defaultSetFlag;
  for (let pass = 0; pass < 4; pass++) {
    const coerce = pass >= 2;
    const defaultOnly = pass % 2 === 0;
    if (defaultOnly) {
      const sets = state.currentSets;
      if (defaultFlag === 0 || (sets !== -1 && (sets & defaultFlag) === 0)) continue;
    }
    // Like BindPositionalParametersInSet's out parameter: only the latest attempt's failure is kept.
    ctx.savedPositionalError = undefined;
    for (const entry of group) {
      const p = entry.parameter;
      if (state.boundParameters.has(p.name) || !recordMatches(entry.record, state.currentSets)) continue;
      if (defaultOnly && entry.record.setFlag !== 0 && entry.record.setFlag !== defaultFlag) continue;
      if (tryDelayBind(ctx, p, e.value, e.position)) return true;
      if (bindValue(ctx, p, e.value, false, coerce, 'positional', e.position)) return true;
    }
  }
  return false;
}

/** Returns the elements still unbound, in their original order. */
export function bindPositionalParameters(ctx: BindContext, elements: readonly Element[]): Element[] {
  if (!elements.some((e) => e.name === undefined) || ctx.command.positional.length === 0)
    return [...elements];
  const groups = groupsFor(ctx);
  const consumed = new Set<Element>();
  let i = 0;
  for (const group of groups) {
    // Skip unknown `-x` leftovers and the plain value right after each (taken as its argument).
    // (GetNextPositionalArgument does this even after a colon-form `-x:value`.)
    while (i < elements.length && (elements[i] as Element).name !== undefined) {
      i += i + 1 < elements.length && elements[i + 1]?.name === undefined ? 2 : 1;
    }
    if (i >= elements.length) break;
    const live = group.filter(
      (entry) =>
        !ctx.state.boundParameters.has(entry.parameter.name) &&
        recordMatches(entry.record, ctx.state.currentSets),
    );
    if (live.length === 0) continue;
    const e = elements[i] as Element;
    if (tryBind(ctx, live, e)) consumed.add(e);
    i++;
  }
  return consumed.size === 0 ? [...elements] : elements.filter((e) => !consumed.has(e));
}
