// Phase M: unbound mandatory parameters, prompted through the host or MissingMandatoryParameter.
import type { CompiledParameter } from '../compile/compiled-types.js';
import { bindValue } from './bind-value.js';
import { raise, type BindContext } from './context.js';
import { recordMatches } from './parameter-sets.js';
import type { MandatoryPromptAnswers, MandatoryPromptRequest } from './types.js';

const none: readonly CompiledParameter[] = [];

/** Unbound parameters mandatory in a record of the current sets (no pipeline input expected). */
export function missingMandatory(ctx: BindContext): readonly CompiledParameter[] {
  if (!ctx.command.hasMandatory) return none;
  const sets = ctx.state.currentSets;
  let missing: CompiledParameter[] | undefined;
  for (const p of ctx.command.mandatoryParameters) {
    if (ctx.state.boundParameters.has(p.name)) continue;
    for (const r of p.records) {
      if (r.mandatory && recordMatches(r, sets)) {
        (missing ??= []).push(p);
        break;
      }
    }
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
