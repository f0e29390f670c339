// Pipeline binding per input object: restore, four passes (ByValue/ByPropertyName x exact/coerced), re-check sets.
import { AllSets, type CompiledParameter } from '../compile/compiled-types.js';
import { ParameterBindingException } from '../errors/parameter-binding-exception.js';
import { bindValue } from './bind-value.js';
import { bindDelayedScriptBlocks } from './delay-bind.js';
import { raise, type BindContext } from './context.js';
import { missingMandatory } from './mandatory.js';
import { bindFromMemo, rememberPipelineBind } from './pipeline-memo.js';
import {
  recordMatches,
  setNameOf,
  validateParameterSets,
  verifyParameterSetSelected,
} from './parameter-sets.js';
import type { BindState, PipelineBindResult } from './types.js';

/** Reads a property of the input object; `undefined` when it has no such property. */
export type PropertyGetter = (inputObject: unknown, name: string) => { readonly value: unknown } | undefined;

type Pass = { readonly byValue: boolean; readonly coerce: boolean };
const passes: readonly Pass[] = [
  { byValue: true, coerce: false },
  { byValue: false, coerce: false },
  { byValue: true, coerce: true },
  { byValue: false, coerce: true },
];

function takes(p: CompiledParameter, mask: number, byValue: boolean): boolean {
  for (const r of p.records) {
    if (!recordMatches(r, mask)) continue;
    if (byValue ? r.valueFromPipeline : r.valueFromPipelineByPropertyName) return true;
  }
  return false;
}

function propertyValue(
  p: CompiledParameter,
  input: unknown,
  get: PropertyGetter,
): { readonly value: unknown } | undefined {
  const direct = get(input, p.name);
  if (direct) return direct;
  for (const alias of p.aliases) {
    const v = get(input, alias);
    if (v) return v;
  }
  return undefined;
}

/** BindUnboundParametersForBindingStateInParameterSet: PowerShell walks the unbound list backwards. */
function runPass(ctx: BindContext, pass: Pass, input: unknown, get: PropertyGetter, mask: number): boolean {
  const state = ctx.state;
  if (!pass.byValue && (input === null || input === undefined)) return false;
  // Only parameters that take pipeline input in some set can bind here (precomputed, in table order).
  const params = ctx.command.pipelineParameters;
  let candidates: CompiledParameter[] | undefined;
  for (let i = params.length - 1; i >= 0; i--) {
    const p = params[i] as CompiledParameter;
    if (!state.boundParameters.has(p.name) && takes(p, mask, pass.byValue)) (candidates ??= []).push(p);
  }
  if (!candidates) return false;
  let any = false;
  for (const p of candidates) {
    let value: unknown = input;
    if (!pass.byValue) {
      const prop = propertyValue(p, input, get);
      if (!prop) continue;
      value = prop.value;
    }
    if (bindValue(ctx, p, value, false, pass.coerce, 'pipeline', undefined)) {
      // Never mutate the shared empty set a new state starts with.
      const fromPipeline = state.boundFromPipeline;
      state.boundFromPipeline =
        fromPipeline.size === 0 ? new Set([p.name]) : (fromPipeline as Set<string>).add(p.name);
      any = true;
    }
  }
  return any;
}

/** BindUnboundParametersForBindingState: the default set first, the other valid sets only if it bound nothing. */
function runState(
  ctx: BindContext,
  pass: Pass,
  input: unknown,
  get: PropertyGetter,
  validSets: number,
): boolean {
  const d = ctx.command.defaultSetFlag;
  let mask = validSets;
  if (d !== 0 && (mask === AllSets || (mask & d) !== 0)) {
    if (runPass(ctx, pass, input, get, d)) return true;
    mask = (mask & ~d) >>> 0;
  }
  return runPass(ctx, pass, input, get, mask);
}

const bound: PipelineBindResult = Object.freeze({ bound: true });

/** Binds one pipeline object; binding errors come back as non-terminating errors for this object. */
export function bindPipelineObject(
  state: BindState,
  inputObject: unknown,
  getProperty: PropertyGetter,
): PipelineBindResult {
  if (bindFromMemo(state, inputObject)) return bound;
  state.pipelineMemo = undefined;
  const ctx: BindContext = { state, command: state.command, savedPositionalError: undefined };
  for (const name of state.boundFromPipeline) state.boundParameters.delete(name);
  if (state.boundFromPipeline.size > 0) state.boundFromPipeline = new Set();
  state.currentSets = state.commandLineSets;
  try {
    let any = bindDelayedScriptBlocks(ctx, inputObject);
    // BindPipelineParametersPrivate: a prioritized set gets a first round of its own.
    const prioritized = state.prioritizedSet;
    let validSets = prioritized !== 0 ? prioritized : state.currentSets;
    const rounds = prioritized !== 0 ? 2 : 1;
    for (let round = 0; round < rounds; round++) {
      for (const pass of passes) {
        if (runState(ctx, pass, inputObject, getProperty, validSets)) {
          any = true;
          if (prioritized === 0 || round === 1) {
            validateParameterSets(ctx, true, true);
            validSets = state.currentSets;
          }
        }
      }
      if (prioritized !== 0 && round === 0) {
        if (state.currentSets === prioritized) break;
        validSets =
          state.currentSets === AllSets ? ~prioritized >>> 0 : (state.currentSets & ~prioritized) >>> 0;
      }
    }
    if (!any) return { bound: false, error: raise(ctx, 'InputObjectNotBound', undefined, undefined) };
    validateParameterSets(ctx, false, true);
    verifyParameterSetSelected(ctx);
    const missing = missingMandatory(ctx);
    if (missing.length > 0) {
      return {
        bound: false,
        error: raise(ctx, 'InputObjectMissingMandatory', undefined, undefined, [
          missing.map((p) => ` ${p.name}`).join(''),
        ]),
      };
    }
    state.parameterSetName = setNameOf(state);
    rememberPipelineBind(state);
    return bound;
  } catch (e) {
    if (e instanceof ParameterBindingException) return { bound: false, error: e };
    throw e;
  }
}
