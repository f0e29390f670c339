// GetMissingMandatoryParameters with pipeline input expected: which set to latch on, what to prompt for.
import { AllSets, type CompiledParameter } from '../compile/compiled-types.js';
import { raise, type BindContext } from './context.js';
import { countSets, recordMatches } from './parameter-sets.js';

/** ParameterSetPromptingData: the unbound mandatory parameters of one set (or of the all-sets records). */
interface PromptingData {
  readonly set: number;
  readonly isAllSet: boolean;
  readonly isDefaultSet: boolean;
  readonly pipelineable: Set<CompiledParameter>;
  readonly byValue: Set<CompiledParameter>;
  readonly byPropertyName: Set<CompiledParameter>;
  readonly nonPipelineable: Set<CompiledParameter>;
}

const and = (a: number, b: number): number => (a === AllSets ? b : b === AllSets ? a : (a & b) >>> 0);
const overlaps = (data: PromptingData, sets: number): boolean => data.isAllSet || and(data.set, sets) !== 0;

function gather(ctx: BindContext) {
  const state = ctx.state;
  const current = state.currentSets;
  const defaultFlag = ctx.command.defaultSetFlag;
  const data = new Map<number, PromptingData>();
  let commandMandatorySets = 0;
  let missingAny = false;
  let missingInAllSet = false;
  for (const p of ctx.command.mandatoryParameters) {
    if (state.boundParameters.has(p.name)) continue;
    for (const r of p.records) {
      if (!r.mandatory || !recordMatches(r, current)) continue;
      const set = r.setFlag === 0 ? AllSets : r.setFlag;
      missingAny = true;
      if (set === AllSets) missingInAllSet = true;
      else commandMandatorySets = (commandMandatorySets | and(current, set)) >>> 0;
      let d = data.get(set);
      if (d === undefined) {
        d = {
          set,
          isAllSet: set === AllSets,
          isDefaultSet: defaultFlag !== 0 && (set === AllSets || (set & defaultFlag) !== 0),
          pipelineable: new Set(),
          byValue: new Set(),
          byPropertyName: new Set(),
          nonPipelineable: new Set(),
        };
        data.set(set, d);
      }
      if (r.valueFromPipeline || r.valueFromPipelineByPropertyName) {
        d.pipelineable.add(p);
        if (r.valueFromPipeline) d.byValue.add(p);
        if (r.valueFromPipelineByPropertyName) d.byPropertyName.add(p);
      } else d.nonPipelineable.add(p);
    }
  }
  return { data, commandMandatorySets, missingAny, missingInAllSet };
}

function ignoreOtherSets(ctx: BindContext, others: number): void {
  if (others === 0) return;
  const state = ctx.state;
  const base = state.currentSets === AllSets ? ctx.command.allSetsMask : state.currentSets;
  state.currentSets = (base & ~others) >>> 0;
}

/** PreservePotentialParameterSets: keep sets without mandatory parameters, prefer the chosen one. */
function preserve(ctx: BindContext, chosen: number, others: number, chosenHasNonPipelineable: boolean): void {
  if (chosenHasNonPipelineable) {
    ctx.state.currentSets = chosen;
    return;
  }
  ignoreOtherSets(ctx, others);
  if (ctx.state.currentSets !== chosen) ctx.state.prioritizedSet = chosen;
}

/** Collects the non-pipeline mandatory parameters of `chosen` (and the all-sets ones), then preserves sets. */
function choose(
  ctx: BindContext,
  data: Map<number, PromptingData>,
  chosen: number,
  result: CompiledParameter[],
): void {
  let others = 0;
  let chosenHasNonPipelineable = false;
  for (const d of data.values()) {
    if (overlaps(d, chosen)) {
      if (!d.isAllSet) chosenHasNonPipelineable = d.nonPipelineable.size > 0;
      result.push(...d.nonPipelineable);
    } else others = (others | d.set) >>> 0;
  }
  preserve(ctx, chosen, others, chosenHasNonPipelineable);
}

function collect(data: Map<number, PromptingData>, sets: number, result: CompiledParameter[]): void {
  for (const d of data.values()) if (overlaps(d, sets)) result.push(...d.nonPipelineable);
}

/** The one set among `sets` whose mandatory parameters take input `how`; 0 when none or several. */
function uniqueSet(data: Map<number, PromptingData>, sets: number, how: 'byValue' | 'byPropertyName') {
  let found = 0;
  let multiple = false;
  for (const d of data.values()) {
    if (d.isAllSet || and(d.set, sets) === 0 || d[how].size === 0) continue;
    if (found !== 0) {
      multiple = true;
      found = 0;
      break;
    }
    found = d.set;
  }
  return { found, multiple };
}

/**
 * Returns the mandatory parameters to prompt for (those the pipeline cannot fill) and narrows the
 * sets, as PowerShell does before the first input object arrives.
 */
export function missingMandatoryWithPipeline(ctx: BindContext, validSetCount: number): CompiledParameter[] {
  const result: CompiledParameter[] = [];
  if (!ctx.command.hasMandatory) return result;
  const state = ctx.state;
  const defaultFlag = ctx.command.defaultSetFlag;
  const gathered = gather(ctx);
  const { data } = gathered;
  if (!gathered.missingAny) return result;
  let sets = gathered.commandMandatorySets === 0 ? state.currentSets : gathered.commandMandatorySets;
  if (gathered.missingInAllSet) sets = and(state.currentSets, ctx.command.allSetsMask || AllSets);

  // A valid default set with no unbound mandatory parameter wins when no other set takes pipeline input.
  if (
    validSetCount > 1 &&
    defaultFlag !== 0 &&
    and(defaultFlag, sets) === 0 &&
    and(defaultFlag, state.currentSets) !== 0
  ) {
    const another = [...data.values()].some(
      (d) =>
        and(d.set, state.currentSets) !== 0 &&
        and(d.set, defaultFlag) === 0 &&
        !d.isAllSet &&
        d.pipelineable.size > 0,
    );
    if (!another) {
      sets =
        state.currentSets === AllSets ? ctx.command.allSetsMask & ~sets : (state.currentSets & ~sets) >>> 0;
      sets >>>= 0;
      state.currentSets = sets;
      if (sets !== defaultFlag) state.prioritizedSet = defaultFlag;
    }
  }

  const count = countSets(sets);
  if (count === 0) throw raise(ctx, 'AmbiguousParameterSet', undefined, undefined);
  if (count === 1) {
    collect(data, sets, result);
    return result;
  }
  if (state.prioritizedSet !== 0) return result;

  let latch = false;
  if (defaultFlag !== 0 && and(sets, defaultFlag) !== 0) {
    const all = [...data.values()];
    const anotherTakes = all.some(
      (d) => !d.isAllSet && !d.isDefaultSet && d.pipelineable.size > 0 && d.nonPipelineable.size === 0,
    );
    const anotherByName = all.some((d) => !d.isAllSet && !d.isDefaultSet && d.byPropertyName.size > 0);
    const defaultData = data.get(defaultFlag);
    if (defaultData) {
      if (defaultData.byPropertyName.size > 0 && !anotherByName) latch = true;
      else if (defaultData.pipelineable.size > 0 && !anotherTakes) latch = true;
    }
    if (!latch && !anotherTakes) latch = true;
    if (!latch && (data.get(AllSets)?.nonPipelineable.size ?? 0) > 0) latch = true;
    if (latch) {
      state.currentSets = defaultFlag;
      collect(data, defaultFlag, result);
      return result;
    }
  }

  const byValue = uniqueSet(data, sets, 'byValue');
  const byName = uniqueSet(data, sets, 'byPropertyName');
  let unique = 0;
  if (byValue.found !== 0 && byName.found !== 0 && byValue.found === byName.found) unique = byValue.found;
  if ((byValue.found !== 0) !== (byName.found !== 0)) unique = byValue.found || byName.found;
  if (unique !== 0) {
    choose(ctx, data, unique, result);
    return result;
  }
  let foundMissing = false;
  let setsWithNonPipelineable = 0;
  for (const d of data.values()) {
    if (!overlaps(d, sets) || d.nonPipelineable.size === 0) continue;
    foundMissing = true;
    if (!d.isAllSet) setsWithNonPipelineable = (setsWithNonPipelineable | d.set) >>> 0;
  }
  if (!foundMissing) return result;
  if (byValue.found !== 0) {
    choose(ctx, data, byValue.found, result);
    return result;
  }
  if (!byValue.multiple && !byName.multiple) throw raise(ctx, 'AmbiguousParameterSet', undefined, undefined);
  if (setsWithNonPipelineable !== 0) {
    ignoreOtherSets(ctx, setsWithNonPipelineable);
    if (state.currentSets === 0) throw raise(ctx, 'AmbiguousParameterSet', undefined, undefined);
  }
  return result;
}
