// Parameter sets as bit flags: narrowing, ValidateParameterSets, VerifyParameterSetSelected, set names.
import { AllSets, type CompiledParameter, type CompiledSetRecord } from '../compile/compiled-types.js';
import { AllParameterSets } from '../metadata/types.js';
import { raise, type BindContext } from './context.js';
import type { BindState } from './types.js';

export function popcount(mask: number): number {
  let n = 0;
  for (let m = mask >>> 0; m !== 0; m = (m & (m - 1)) >>> 0) n++;
  return n;
}

export function countSets(sets: number): number {
  return sets === AllSets ? 1 : popcount(sets);
}

export function recordMatches(record: CompiledSetRecord, sets: number): boolean {
  return record.setFlag === 0 || sets === AllSets || (sets & record.setFlag) !== 0;
}

export function inSets(p: CompiledParameter, sets: number): boolean {
  return p.inAllSets || sets === AllSets || (sets & p.setFlags) !== 0;
}

export function narrow(state: BindState, p: CompiledParameter): void {
  if (p.setFlags === 0) return;
  state.currentSets = state.currentSets === AllSets ? p.setFlags : (state.currentSets & p.setFlags) >>> 0;
}

export function setNameOf(state: BindState): string {
  const cmd = state.command;
  const sets = state.currentSets;
  const defaultName = cmd.defaultSetFlag ? (cmd.setNames[0] as string) : AllParameterSets;
  if (sets === AllSets || sets === 0) return defaultName;
  if (cmd.defaultSetFlag && (sets & cmd.defaultSetFlag) !== 0) return defaultName;
  for (let i = 0; i < cmd.setNames.length; i++) if ((sets & (2 ** i)) !== 0) return cmd.setNames[i] as string;
  return defaultName;
}

function hasUnboundPipelineParameter(ctx: BindContext, sets: number): boolean {
  const bound = ctx.state.boundParameters;
  for (const p of ctx.command.pipelineParameters) {
    if (bound.has(p.name)) continue;
    for (const r of p.records) {
      if ((r.valueFromPipeline || r.valueFromPipelineByPropertyName) && recordMatches(r, sets)) return true;
    }
  }
  return false;
}

/** Drops every set in which an unbound parameter is mandatory; exactly one must remain. */
function resolveByMandatory(ctx: BindContext, sets: number): void {
  const cmd = ctx.command;
  let remaining = sets === AllSets ? cmd.usedSetsMask : (sets & cmd.usedSetsMask) >>> 0;
  const bound = ctx.state.boundParameters;
  for (const p of cmd.mandatoryParameters) {
    if (bound.has(p.name)) continue;
    for (const r of p.records) {
      if (r.mandatory && r.setFlag !== 0) remaining = (remaining & ~r.setFlag) >>> 0;
    }
  }
  if (popcount(remaining) !== 1) throw raise(ctx, 'AmbiguousParameterSet', undefined, undefined);
  ctx.state.currentSets = remaining;
}

/** PowerShell's ValidateParameterSets(prePipeline, setDefault); returns its "valid set count". */
export function validateParameterSets(ctx: BindContext, prePipeline: boolean, setDefault: boolean): number {
  const state = ctx.state;
  const cmd = ctx.command;
  const sets = state.currentSets;
  if (sets === 0) throw raise(ctx, 'AmbiguousParameterSet', undefined, undefined);
  const defaultFlag = cmd.defaultSetFlag;
  if (sets !== AllSets) {
    const n = popcount(sets);
    if (n === 1) return 1;
    if (defaultFlag !== 0 && (sets & defaultFlag) !== 0) {
      if (!setDefault) return n;
      state.currentSets = defaultFlag;
      return 1;
    }
    if (prePipeline && hasUnboundPipelineParameter(ctx, sets)) return n;
    resolveByMandatory(ctx, sets);
    return 1;
  }
  // Nothing narrowed yet: count every declared set.
  const n = cmd.setNames.length || 1;
  if (prePipeline && hasUnboundPipelineParameter(ctx, sets)) return n;
  if (defaultFlag !== 0) {
    if (!setDefault) return n;
    state.currentSets = defaultFlag;
    return 1;
  }
  if (n > 1) {
    resolveByMandatory(ctx, sets);
    return 1;
  }
  return n;
}

/** Phase O: more than one set and still nothing chosen means the default set or an error. */
export function verifyParameterSetSelected(ctx: BindContext): void {
  const state = ctx.state;
  if (ctx.command.setNames.length > 1 && state.currentSets === AllSets) {
    if (ctx.command.defaultSetFlag === 0) throw raise(ctx, 'AmbiguousParameterSet', undefined, undefined);
    state.currentSets = ctx.command.defaultSetFlag;
  }
}
