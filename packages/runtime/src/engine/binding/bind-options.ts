// The BindOptions the runtime gives the binder: conversions, prompts, delay-bind script blocks, $PSDefaultParameterValues.
import type { BindOptions, DelayBindHost } from '@exosh/cmdlet-binding';
import type { ExecutionContext } from '../execution-context.js';
import { invokeScriptBlock } from '../invocation/invoke-script-block.js';
import { ScriptBlock } from '../script-block.js';
import { enumerate, isTrue, matchesWildcard, toStr } from '../semantics/index.js';
import { PSObject } from '../../values/ps-object.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { promptForMandatory } from './prompt.js';
import { runtimeConverter } from './runtime-converter.js';

function delayBindHost(ctx: ExecutionContext): DelayBindHost {
  return {
    isScriptBlock: (v) => v instanceof ScriptBlock,
    invoke: (sb, input) => invokeScriptBlock(ctx, sb as ScriptBlock, { dollarUnder: input }),
  };
}

const psDefaultParameterValues = 'psdefaultparametervalues';
/** Nothing applies (the usual answer): one shared empty list. */
const none: Array<readonly [string, unknown]> = [];

/** `$PSDefaultParameterValues` entries (`Command:Parameter`, wildcards allowed) that apply to `commandName`. */
export function defaultParameterValues(
  ctx: ExecutionContext,
  commandName: string,
): Array<readonly [string, unknown]> {
  const table = ctx.sessionState.lookup(psDefaultParameterValues)?.value;
  if (!(table instanceof PSHashtable) || table.count === 0) return none;
  if (isTrue(table.get('Disabled') ?? false)) return none;
  const out: Array<readonly [string, unknown]> = [];
  for (const [key, value] of table.entries()) {
    const text = toStr(ctx, key);
    const colon = text.indexOf(':');
    if (colon <= 0) continue;
    if (!matchesWildcard(commandName, text.slice(0, colon).trim())) continue;
    const v = value instanceof ScriptBlock ? invokeScriptBlock(ctx, value, {}) : value;
    out.push([
      text.slice(colon + 1).trim(),
      Array.isArray(v) && value instanceof ScriptBlock && v.length === 1 ? v[0] : v,
    ]);
  }
  return out;
}

/** LanguagePrimitives.IsObjectEnumerable, for a lone ValueFromRemainingArguments value. */
function isEnumerable(value: unknown): boolean {
  return enumerate(value instanceof PSObject ? value.baseObject : value) !== undefined;
}

/** The parts of BindOptions that only depend on the context: made once per context, not once per command. */
interface ContextBindParts {
  readonly converter: BindOptions['converter'];
  readonly promptForMandatory: NonNullable<BindOptions['promptForMandatory']>;
  readonly delayBind: DelayBindHost;
  /** The options without defaults or extras, by pipeline position (the binder never changes its options). */
  readonly plain: BindOptions[];
}

const partsByContext = new WeakMap<ExecutionContext, ContextBindParts>();

function contextParts(ctx: ExecutionContext): ContextBindParts {
  let parts = partsByContext.get(ctx);
  if (!parts) {
    parts = {
      converter: runtimeConverter(ctx),
      promptForMandatory: (request) => promptForMandatory(ctx, request),
      delayBind: delayBindHost(ctx),
      plain: [],
    };
    partsByContext.set(ctx, parts);
  }
  return parts;
}

export function bindOptions(
  ctx: ExecutionContext,
  commandName: string,
  pipelinePosition: number,
  extra?: Partial<BindOptions>,
): BindOptions {
  const defaults = defaultParameterValues(ctx, commandName);
  const parts = contextParts(ctx);
  const interactive = ctx.host.interactive;
  if (defaults.length === 0 && extra === undefined) {
    const cached = parts.plain[pipelinePosition];
    if (cached !== undefined && cached.interactive === interactive) return cached;
  }
  const options: BindOptions = {
    converter: parts.converter,
    expectingInput: pipelinePosition > 1,
    interactive,
    promptForMandatory: parts.promptForMandatory,
    pipelinePosition,
    delayBind: parts.delayBind,
    isEnumerable,
    ...(defaults.length ? { defaultParameterValues: defaults } : {}),
  };
  if (extra !== undefined) return { ...options, ...extra };
  if (defaults.length === 0) parts.plain[pipelinePosition] = options;
  return options;
}
