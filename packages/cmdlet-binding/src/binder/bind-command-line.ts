// bindCommandLine: PowerShell's command-line phases in order (reparse, named, positional, sets, remaining, mandatory).
import type { CommandArgument } from '../arguments/types.js';
import { AllSets, type CompiledCommand } from '../compile/compiled-types.js';
import { readCommonParameters } from './common-values.js';
import type { BindContext } from './context.js';
import { bindPromptAnswers, missingMandatory, missingMandatoryError, promptRequest } from './mandatory.js';
import { applyDefaultParameterValues } from './default-values.js';
import { missingMandatoryWithPipeline } from './mandatory-pipeline.js';
import { bindNamedParameters } from './named.js';
import {
  recordMatches,
  setNameOf,
  validateParameterSets,
  verifyParameterSetSelected,
} from './parameter-sets.js';
import { bindPositionalParameters } from './positional.js';
import { collectUnboundArguments, handleRemainingArguments, verifyArgumentsProcessed } from './remaining.js';
import { collectElements, reparse } from './reparse.js';
import { bindFromCommandLineMemo, rememberCommandLineBind } from './command-line-memo.js';
import type { BindOptions, BindState, DelayedScriptBlock, MandatoryPromptAnswers } from './types.js';

const noNames: ReadonlySet<string> = new Set();
const noList: readonly never[] = Object.freeze([]);
const noDelayed: ReadonlyMap<string, DelayedScriptBlock> = new Map();

function newState(command: CompiledCommand, options: BindOptions): BindState {
  return {
    command,
    options,
    boundParameters: new Map(),
    // Shared empty collections: most binds never fill these, and each bind should allocate little.
    boundFromPipeline: noNames,
    currentSets: AllSets,
    commandLineSets: AllSets,
    prioritizedSet: 0,
    parameterSetName: '',
    commonParameters: {},
    prompted: noList,
    unboundArguments: noList,
    unboundParameterNameIndexes: noList,
    boundDefaultParameters: noList,
    warnings: noList,
    delayBound: noDelayed,
  };
}

/** Phase L (FilterParameterSetsTakingNoPipelineInput): keep the sets the pipeline can still feed. */
function filterSetsTakingNoPipelineInput(ctx: BindContext, validSetCount: number): number {
  const state = ctx.state;
  const current = state.currentSets;
  let taking = 0;
  for (const name of state.delayBound.keys()) {
    taking = (taking | (ctx.command.byName.get(name)?.setFlags ?? 0)) >>> 0;
  }
  for (const p of ctx.command.pipelineParameters) {
    if (state.boundParameters.has(p.name)) continue;
    for (const r of p.records) {
      if (!(r.valueFromPipeline || r.valueFromPipelineByPropertyName) || !recordMatches(r, current)) continue;
      // A pipeline parameter in all sets keeps every set.
      if (r.setFlag === 0) return validSetCount;
      taking = (taking | r.setFlag) >>> 0;
    }
  }
  if (taking === 0) return validSetCount;
  const filtered = current === AllSets ? taking : (current & taking) >>> 0;
  if (filtered === current) return validSetCount;
  state.currentSets = filtered;
  return validateParameterSets(ctx, true, false);
}

/** Phases A to L; returns the mandatory parameters still missing. */
function bindUpToMandatory(ctx: BindContext, args: readonly CommandArgument[]) {
  const elements = reparse(ctx, collectElements(args));
  let leftover = bindNamedParameters(ctx, elements);
  if (leftover.length > 0) leftover = bindPositionalParameters(ctx, leftover);
  const defaultsInUse = applyDefaultParameterValues(ctx);
  if (ctx.command.isSimple) {
    collectUnboundArguments(ctx, leftover);
    return [];
  }
  validateParameterSets(ctx, true, false);
  const remaining = handleRemainingArguments(ctx, leftover);
  verifyArgumentsProcessed(ctx, remaining);
  const pipelineExpected = ctx.state.options.expectingInput === true;
  let count = pipelineExpected
    ? validateParameterSets(ctx, true, false)
    : validateParameterSets(ctx, false, true);
  // Once the set is known, defaults may supply its mandatory parameters ("Mandatory Checking").
  if (count === 1 && !defaultsInUse) applyDefaultParameterValues(ctx);
  if (!pipelineExpected) return missingMandatory(ctx);
  if (count > 1) count = filterSetsTakingNoPipelineInput(ctx, count);
  return missingMandatoryWithPipeline(ctx, count);
}

function finish(ctx: BindContext): BindState {
  const state = ctx.state;
  if (state.options.expectingInput !== true) verifyParameterSetSelected(ctx);
  state.commandLineSets = state.currentSets;
  state.parameterSetName = setNameOf(state);
  state.commonParameters = readCommonParameters(state);
  return state;
}

function context(command: CompiledCommand, options: BindOptions): BindContext {
  return { state: newState(command, options), command, savedPositionalError: undefined };
}

/**
 * Binds a command line. Throws ParameterBindingException as PowerShell does. A prompt callback that
 * returns a Promise needs `bindCommandLineAsync`.
 */
export function bindCommandLine(
  command: CompiledCommand,
  args: readonly CommandArgument[],
  options: BindOptions,
): BindState {
  const remembered = bindFromCommandLineMemo(command, args, options, newState);
  if (remembered) return remembered;
  const ctx = context(command, options);
  const missing = bindUpToMandatory(ctx, args);
  if (missing.length > 0) {
    if (!options.interactive || !options.promptForMandatory) throw missingMandatoryError(ctx, missing);
    const answers = options.promptForMandatory(promptRequest(ctx, missing));
    if (answers instanceof Promise) {
      throw new TypeError('promptForMandatory returned a Promise: use bindCommandLineAsync');
    }
    bindPromptAnswers(ctx, missing, answers);
  }
  const state = finish(ctx);
  rememberCommandLineBind(args, options, state);
  return state;
}

/** bindCommandLine for hosts whose prompt is asynchronous (a Node REPL). */
export async function bindCommandLineAsync(
  command: CompiledCommand,
  args: readonly CommandArgument[],
  options: BindOptions,
): Promise<BindState> {
  const ctx = context(command, options);
  const missing = bindUpToMandatory(ctx, args);
  if (missing.length > 0) {
    if (!options.interactive || !options.promptForMandatory) throw missingMandatoryError(ctx, missing);
    const answers: MandatoryPromptAnswers = await options.promptForMandatory(promptRequest(ctx, missing));
    bindPromptAnswers(ctx, missing, answers);
  }
  return finish(ctx);
}
