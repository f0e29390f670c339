// Phase M: unbound mandatory parameters, prompted through the host or MissingMandatoryParameter.
import type { CompiledParameter } from '../compile/compiled-types.js';
import { bindValue } from './bind-value.js';
import { raise, type BindContext } from './context.js';
import { recordMatches } from './parameter-sets.js';
import type { MandatoryPromptAnswers, MandatoryPromptRequest } from './types.js';

const none: readonly CompiledParameter[] = [];

/** Per compiled command and set mask: the parameters mandatory in a record of those sets (computed once). */
const mandatoryBySets = new WeakMap<object, Map<number, readonly CompiledParameter[]>>();

function mandatoryIn(ctx: BindContext, sets: number): readonly CompiledParameter[] {
  let bySets = mandatoryBySets.get(ctx.command);
  if (!bySets) mandatoryBySets.set(ctx.command, (bySets = new Map()));
  let list = bySets.get(sets);
  if (!list) {
    list = ctx.command.mandatoryParameters.filter((p) =>
      p.records.some((r) => r.mandatory && recordMatches(r, sets)),
    );
    bySets.set(sets, list);
  }
  return list;
}

/** Unbound parameters mandatory in a record of the current sets (no pipeline input expected). */
export function missingMandatory(ctx: BindContext): readonly CompiledParameter[] {
  if (!ctx.command.hasMandatory) return none;
  let missing: CompiledParameter[] | undefined;
  for (const p of mandatoryIn(ctx, ctx.state.currentSets)) {
    if (!ctx.state.boundParameters.has(p.name)) (missing ??= []).push(p);
  }
  return missing ?? none;
}

export function missingMandatoryError(ctx: BindContext, missing: readonly CompiledParameter[]) {
  return raise(ctx, 'MissingMandatoryParameter', missing.map((p) => ` ${p.name}`).join(''), undefined);
}

export function promptRequest(
  ctx: BindContext,
  missing: readonly CompiledParameter[],
): MandatoryPromptRequest {
  const sets = ctx.state.currentSets;
  return {
    caption: `cmdlet ${ctx.command.name} at command pipeline position ${ctx.state.options.pipelinePosition ?? 1}`,
    message: 'Supply values for the following parameters:',
    fields: missing.map((p) => ({
      name: p.name,
      type: p.type,
      isArray: p.isArray,
      helpMessage: p.records.find((r) => r.helpMessage !== undefined && recordMatches(r, sets))?.helpMessage,
    })),
  };
}

/** Binds the host's answers (with coercion); anything still missing is MissingMandatoryParameter. */
export function bindPromptAnswers(
  ctx: BindContext,
  missing: readonly CompiledParameter[],
  answers: MandatoryPromptAnswers,
): void {
  if (answers === undefined) throw missingMandatoryError(ctx, missing);
  const still: CompiledParameter[] = [];
  for (const p of missing) {
    if (!Object.prototype.hasOwnProperty.call(answers, p.name)) {
      still.push(p);
      continue;
    }
    bindValue(ctx, p, answers[p.name], false, true, 'named', undefined);
    ctx.state.prompted = [...ctx.state.prompted, p.name];
  }
  if (still.length > 0) throw missingMandatoryError(ctx, still);
}
