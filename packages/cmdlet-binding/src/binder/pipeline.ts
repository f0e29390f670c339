// Pipeline binding per input object: restore, four passes (ByValue/ByPropertyName x exact/coerced), re-check sets.
import type { CompiledParameter } from '../compile/compiled-types.js';
import { ParameterBindingException } from '../errors/parameter-binding-exception.js';
import { bindValue } from './bind-value.js';
import { raise, type BindContext } from './context.js';
import { missingMandatory } from './mandatory.js';
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

function takes(p: CompiledParameter, sets: number, byValue: boolean, onlyFlag: number | undefined): boolean {
  for (const r of p.records) {
    if (!recordMatches(r, sets)) continue;
    if (onlyFlag !== undefined && r.setFlag !== 0 && r.setFlag !== onlyFlag) continue;
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

function runPass(
  ctx: BindContext,
  pass: Pass,
  input: unknown,
  get: PropertyGetter,
  onlyFlag: number | undefined,
): boolean {
  const state = ctx.state;
  const sets = state.currentSets;
  const candidates = ctx.command.parameters.filter(
    (p) =>
      p.pipelineInSomeSet && !state.boundParameters.has(p.name) && takes(p, sets, pass.byValue, onlyFlag),
  );
  let any = false;
  for (const p of candidates) {
    let value: unknown = input;
    if (!pass.byValue) {
      const prop = propertyValue(p, input, get);
      if (!prop) continue;
      value = prop.value;
    }
    if (bindValue(ctx, p, value, false, pass.coerce, 'pipeline', undefined)) {
      state.boundFromPipeline.add(p.name);
      any = true;
    }
  }
  return any;
}

/** Binds one pipeline object; binding errors come back as non-terminating errors for this object. */
export function bindPipelineObject(
  state: BindState,
  inputObject: unknown,
  getProperty: PropertyGetter,
): PipelineBindResult {
  const ctx: BindContext = { state, command: state.command, savedPositionalError: undefined };
  for (const name of state.boundFromPipeline) state.boundParameters.delete(name);
  state.boundFromPipeline.clear();
  state.currentSets = state.commandLineSets;
  try {
    let any = false;
    for (const pass of passes) {
      const d = ctx.command.defaultSetFlag;
      const defaultValid = d !== 0 && (state.currentSets === -1 || (state.currentSets & d) !== 0);
      let bound = defaultValid && runPass(ctx, pass, inputObject, getProperty, d);
      if (!bound) bound = runPass(ctx, pass, inputObject, getProperty, undefined);
      if (bound) {
        any = true;
        validateParameterSets(ctx, true, false);
      }
    }
    if (!any) return { bound: false, error: raise(ctx, 'InputObjectNotBound', undefined, undefined) };
    validateParameterSets(ctx, false, true);
    verifyParameterSetSelected(ctx);
    const missing = missingMandatory(ctx, false);
    if (missing.length > 0) {
      return {
        bound: false,
        error: raise(ctx, 'InputObjectMissingMandatory', undefined, undefined, [
          missing.map((p) => ` ${p.name}`).join(''),
        ]),
      };
    }
    state.parameterSetName = setNameOf(state);
    return { bound: true };
  } catch (e) {
    if (e instanceof ParameterBindingException) return { bound: false, error: e };
    throw e;
  }
}
