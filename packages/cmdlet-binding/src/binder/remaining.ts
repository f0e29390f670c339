// Phase H and I: ValueFromRemainingArguments sweeps leftovers; anything still left is an error.
import type { CompiledParameter } from '../compile/compiled-types.js';
import { argumentText } from '../conversion/value-text.js';
import { bindValue } from './bind-value.js';
import { raise, type BindContext, type Element } from './context.js';
import { recordMatches } from './parameter-sets.js';

export function handleRemainingArguments(ctx: BindContext, leftover: readonly Element[]): readonly Element[] {
  if (leftover.length === 0 || !ctx.command.hasRemainingArguments) return leftover;
  const sets = ctx.state.currentSets;
  let target: CompiledParameter | undefined;
  for (const p of ctx.command.parameters) {
    if (!p.remainingInSomeSet || ctx.state.boundParameters.has(p.name)) continue;
    if (!p.records.some((r) => r.valueFromRemainingArguments && recordMatches(r, sets))) continue;
    if (target !== undefined) throw raise(ctx, 'AmbiguousParameterSet', undefined, undefined);
    target = p;
  }
  if (target === undefined) return leftover;
  const values: unknown[] = [];
  for (const e of leftover) {
    if (e.name !== undefined) values.push(e.nameText);
    if (e.name === undefined || (e.hasValue && !e.switchPresent)) values.push(e.value);
  }
  const only = values[0];
  const isEnumerable = ctx.state.options.isEnumerable ?? Array.isArray;
  const value = values.length === 1 && isEnumerable(only) ? only : values;
  bindValue(ctx, target, value, false, true, 'named', leftover[0]?.position);
  return [];
}

/** Simple functions: what no parameter took becomes `$args`, a `-name` as its text. */
export function collectUnboundArguments(ctx: BindContext, leftover: readonly Element[]): void {
  const out: unknown[] = [];
  const names: number[] = [];
  for (const e of leftover) {
    if (e.name !== undefined) names.push(out.push(e.nameText) - 1);
    if (e.name === undefined || (e.hasValue && !e.switchPresent)) out.push(e.value);
  }
  ctx.state.unboundArguments = out;
  if (names.length > 0) ctx.state.unboundParameterNameIndexes = names;
}

/** VerifyArgumentsProcessed: only the first leftover decides the error. */
export function verifyArgumentsProcessed(ctx: BindContext, leftover: readonly Element[]): void {
  const first = leftover[0];
  if (first === undefined) return;
  if (first.name !== undefined) throw raise(ctx, 'NamedParameterNotFound', first.name, first.position);
  if (ctx.savedPositionalError) throw ctx.savedPositionalError;
  throw raise(ctx, 'PositionalParameterNotFound', argumentText(first.value), first.position);
}
