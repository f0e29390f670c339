// The steady state of pipeline binding: when the outcome cannot depend on the object, bind the next one directly.
//
// The four passes are a deterministic function of the state they start from, except where a value is looked at:
// a property lookup (ByPropertyName), a type check or conversion, validation, and the null/empty rules. When the
// command's only pipeline parameter is ByValue-only, of type [object]/[psobject], without validation attributes,
// every non-null, non-empty, non-list object binds to it in the same pass, narrowing the same sets: the result of
// the last full bind holds for the next object as long as the state it started from is unchanged.
import type { CompiledCommand, CompiledParameter } from '../compile/compiled-types.js';
import type { BindState, PipelineBindMemo } from './types.js';

const eligibleByCommand = new WeakMap<CompiledCommand, CompiledParameter | null>();

/** The command's one pipeline parameter when it binds every object alike; null otherwise (computed once). */
function eligibleParameter(command: CompiledCommand): CompiledParameter | null {
  let p = eligibleByCommand.get(command);
  if (p === undefined) {
    const only = command.pipelineParameters.length === 1 ? command.pipelineParameters[0] : undefined;
    p =
      only !== undefined &&
      only.takesAnything &&
      !only.isSwitch &&
      !only.isBool &&
      !only.isString &&
      !only.isArray &&
      !only.isCommon &&
      only.validate === undefined &&
      only.records.every((r) => !r.valueFromPipelineByPropertyName)
        ? only
        : null;
    eligibleByCommand.set(command, p);
  }
  return p;
}

/** After a successful full bind: remember its outcome when it holds for any object. */
export function rememberPipelineBind(state: BindState): void {
  state.pipelineMemo = undefined;
  if (state.delayBound.size !== 0 || state.boundFromPipeline.size !== 1) return;
  const p = eligibleParameter(state.command);
  if (p === null || !state.boundFromPipeline.has(p.name)) return;
  state.pipelineMemo = {
    parameterName: p.name,
    fromPipeline: state.boundFromPipeline,
    commandLineSets: state.commandLineSets,
    prioritizedSet: state.prioritizedSet,
    boundCount: state.boundParameters.size,
    setsAfter: state.currentSets,
    setNameAfter: state.parameterSetName,
  };
}

/**
 * Binds `inputObject` as the remembered bind did; false when that outcome may not hold (then run the passes).
 * The parameter's key stays where the last bind put it: last in `boundParameters`, as delete + set would leave it.
 */
export function bindFromMemo(state: BindState, inputObject: unknown): boolean {
  const memo: PipelineBindMemo | undefined = state.pipelineMemo;
  if (
    memo === undefined ||
    inputObject === null ||
    inputObject === undefined ||
    inputObject === '' ||
    Array.isArray(inputObject) ||
    state.boundFromPipeline !== memo.fromPipeline ||
    state.commandLineSets !== memo.commandLineSets ||
    state.prioritizedSet !== memo.prioritizedSet ||
    state.boundParameters.size !== memo.boundCount ||
    state.delayBound.size !== 0
  ) {
    return false;
  }
  state.boundParameters.set(memo.parameterName, inputObject);
  state.currentSets = memo.setsAfter;
  state.parameterSetName = memo.setNameAfter;
  return true;
}
