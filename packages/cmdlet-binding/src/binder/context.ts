// Per-bind working data: the argument elements (CommandParameterInternal), the state, and error raising.
import type { SourcePosition } from '../arguments/types.js';
import type { CompiledCommand, CompiledParameter } from '../compile/compiled-types.js';
import type { BinderErrorId } from '../errors/messages.js';
import { ParameterBindingException } from '../errors/parameter-binding-exception.js';
import type { BindState } from './types.js';

/** One argument during binding; reparse pairs `-Name value` by filling `value`. */
export interface Element {
  /** Name as typed (no dash), or the canonical name once reparse paired a value with it. */
  name: string | undefined;
  nameText: string | undefined;
  value: unknown;
  hasValue: boolean;
  /** A bare `-Switch`: the value is "present". */
  switchPresent: boolean;
  /** Matched parameter, when reparse already looked it up. */
  parameter: CompiledParameter | undefined;
  fromSplat: boolean;
  position: SourcePosition | undefined;
}

export interface BindContext {
  readonly state: BindState;
  readonly command: CompiledCommand;
  /** The swallowed cmdlet conversion error of positional binding, rethrown by VerifyArgumentsProcessed. */
  savedPositionalError: ParameterBindingException | undefined;
}

export function raise(
  ctx: BindContext,
  errorId: BinderErrorId,
  parameter: CompiledParameter | string | undefined,
  position: SourcePosition | undefined,
  extra?: readonly string[],
  innerErrorId?: string,
): ParameterBindingException {
  const p = typeof parameter === 'string' || parameter === undefined ? undefined : parameter;
  return new ParameterBindingException(errorId, {
    commandName: ctx.command.name,
    errorSource: ctx.command.errorSource,
    parameterName: typeof parameter === 'string' ? parameter : p?.name,
    parameterType: p?.dotNetType,
    extra,
    position,
    innerErrorId,
  });
}
