// Delay-bind script blocks: a `{ ... }` for a pipeline parameter is run per input object, then bound.
import type { SourcePosition } from '../arguments/types.js';
import type { CompiledParameter } from '../compile/compiled-types.js';
import { bindValue } from './bind-value.js';
import { raise, type BindContext } from './context.js';
import { narrow, recordMatches } from './parameter-sets.js';

/** IsParameterScriptBlockBindable: object, scriptblock and arrays of them take the block itself. */
function takesScriptBlock(p: CompiledParameter): boolean {
  const t = p.type.toLowerCase();
  return t === 'object' || t === 'scriptblock' || t === 'object[]' || t === 'scriptblock[]' || t === 'array';
}

/**
 * BindParameter with DelayBindScriptBlock: true when the value was kept for pipeline objects
 * (the parameter then counts as bound and narrows the sets).
 */
export function tryDelayBind(
  ctx: BindContext,
  p: CompiledParameter,
  value: unknown,
  position: SourcePosition | undefined,
): boolean {
  const host = ctx.state.options.delayBind;
  if (host === undefined || !p.pipelineInSomeSet || takesScriptBlock(p) || !host.isScriptBlock(value))
    return false;
  const sets = ctx.state.currentSets;
  if (
    !p.records.some(
      (r) => (r.valueFromPipeline || r.valueFromPipelineByPropertyName) && recordMatches(r, sets),
    )
  ) {
    return false;
  }
  if (ctx.state.options.expectingInput !== true) throw raise(ctx, 'ScriptBlockArgumentNoInput', p, position);
  ctx.state.delayBound = new Map(ctx.state.delayBound).set(p.name, { scriptBlock: value, position });
  ctx.state.boundParameters.set(p.name, value);
  narrow(ctx.state, p);
  return true;
}

/** InvokeAndBindDelayBindScriptBlock: true when there was at least one delayed block (all bound). */
export function bindDelayedScriptBlocks(ctx: BindContext, inputObject: unknown): boolean {
  const state = ctx.state;
  const host = state.options.delayBind;
  if (state.delayBound.size === 0 || host === undefined) return false;
  for (const [name, delayed] of state.delayBound) {
    const p = ctx.command.byName.get(name) as CompiledParameter;
    let output: readonly unknown[];
    try {
      output = host.invoke(delayed.scriptBlock, inputObject);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      throw raise(ctx, 'ScriptBlockArgumentInvocationFailed', p, delayed.position, [message]);
    }
    if (output.length === 0) throw raise(ctx, 'ScriptBlockArgumentNoOutput', p, delayed.position);
    state.boundParameters.delete(name);
    bindValue(ctx, p, output.length === 1 ? output[0] : [...output], false, true, 'named', delayed.position);
  }
  return true;
}
