// Preference variables and the common parameters that override them, applied to one command's streams.
import { actionPreferenceValues, type CommonParameterValues } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../errors/error-record.js';
import { RuntimeException } from '../errors/runtime-exception.js';
import type { ExecutionContext } from './execution-context.js';
import type { ScopeQualifier } from './session-state/session-state.js';
import { PSObject } from '../values/ps-object.js';
import type { InformationRecord, StreamSink } from './streams/records.js';
import { toStr } from './semantics/index.js';
import { actionPreferenceStopView } from './adapters/error-record-view.js';
import { formatRuntimeMessage } from './diagnostics/messages.js';

export type ActionPreference =
  'SilentlyContinue' | 'Stop' | 'Continue' | 'Inquire' | 'Ignore' | 'Break' | 'Suspend';

/** System.Management.Automation.ActionPreference's members, by value (the binder's one list). */
const ACTION_PREFERENCES = actionPreferenceValues as readonly ActionPreference[];

export function preference(
  ctx: ExecutionContext,
  variable: string,
  fallback: ActionPreference,
): ActionPreference {
  const v = ctx.sessionState.lookup(variable)?.value;
  if (v === null || v === undefined) return fallback;
  const s = toStr(ctx, v).toLowerCase();
  // By name, or by the ActionPreference value pwsh's typed variable converts a number to (0 is SilentlyContinue).
  const byValue = /^\d+$/.test(s) ? ACTION_PREFERENCES[Number(s)] : undefined;
  if (byValue) return byValue;
  for (const p of ACTION_PREFERENCES) if (p.toLowerCase() === s) return p;
  return fallback;
}

/** A WarningRecord/VerboseRecord/DebugRecord as -WarningVariable or `3>&1` hands it out: `.Message`, the text as its value. */
export function informationalRecord(kind: 'Warning' | 'Verbose' | 'Debug', message: string): PSObject {
  return new PSObject({
    baseObject: message,
    isTypeView: true,
    typeNames: [
      `System.Management.Automation.${kind}Record`,
      'System.Management.Automation.InformationalRecord',
      'System.Object',
    ],
    properties: [['Message', message]],
  });
}

/** `-OutVariable script:a`: the name may start with a scope, as a variable path does. */
function variablePath(name: string): [string, ScopeQualifier] {
  const m = /^(global|script|local|private):(.+)$/i.exec(name);
  return m ? [m[2] as string, (m[1] as string).toLowerCase() as ScopeQualifier] : [name, undefined];
}

export function appendToVariable(
  ctx: ExecutionContext,
  target: { name: string; append: boolean } | undefined,
  value: unknown,
): void {
  if (!target) return;
  const [name, scope] = variablePath(target.name);
  const existing = ctx.sessionState.lookup(name, scope);
  if (existing && Array.isArray(existing.value)) existing.value.push(value);
  else ctx.sessionState.set(name, [value], scope);
}

/** Resets -ErrorVariable & co at command start unless `+name` asked to append. */
export function initStreamVariables(ctx: ExecutionContext, common: CommonParameterValues): void {
  for (const t of [
    common.errorVariable,
    common.warningVariable,
    common.informationVariable,
    common.outVariable,
  ]) {
    if (!t) continue;
    const [name, scope] = variablePath(t.name);
    if (!t.append) ctx.sessionState.set(name, [], scope);
    else if (!Array.isArray(ctx.sessionState.lookup(name, scope)?.value)) {
      const v = ctx.sessionState.lookup(name, scope)?.value;
      ctx.sessionState.set(name, v === null || v === undefined ? [] : [v], scope);
    }
  }
}

/** The streams of one command: preference variables, overridden by its common parameters. */
export class CommandStreams {
  constructor(
    private readonly ctx: ExecutionContext,
    private readonly common: CommonParameterValues,
    private readonly commandName: string,
  ) {}

  private get sink(): StreamSink {
    return this.ctx.streams;
  }

  writeError(record: ErrorRecord): void {
    const pref = this.common.errorAction ?? preference(this.ctx, 'ErrorActionPreference', 'Continue');
    // The command failed ($? is false) even when -ErrorAction Ignore leaves no trace of the error.
    if (pref === 'Ignore') return this.ctx.markFailed();
    appendToVariable(
      this.ctx,
      this.common.errorVariable,
      pref === 'Stop'
        ? actionPreferenceStopView(
            record,
            formatRuntimeMessage('ActionPreferenceStop', 'ErrorActionPreference', record.exception.message),
          )
        : record,
    );
    for (const c of this.ctx.streamCollectors) appendToVariable(this.ctx, c.error, record);
    this.ctx.recordError(record);
    this.ctx.markFailed();
    if (pref === 'Stop') {
      const stop = new RuntimeException(record);
      stop.wasThrownFromThrowStatement = true;
      stop.suppressPromptInInterpreter = true;
      stop.actionPreferenceStop = true;
      throw stop;
    }
    if (pref !== 'SilentlyContinue') this.sink.error(record);
  }

  writeWarning(message: string): void {
    const pref = this.common.warningAction ?? preference(this.ctx, 'WarningPreference', 'Continue');
    if (pref === 'Ignore') return;
    const record = informationalRecord('Warning', message);
    appendToVariable(this.ctx, this.common.warningVariable, record);
    for (const c of this.ctx.streamCollectors) appendToVariable(this.ctx, c.warning, record);
    if (pref === 'SilentlyContinue') return;
    this.sink.warning(message);
    if (pref === 'Stop') {
      const stop = new RuntimeException(
        new ErrorRecord({
          message: `The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${message}`,
          errorId: 'ActionPreferenceStop',
          category: 'OperationStopped',
          exceptionType: 'System.Management.Automation.ActionPreferenceStopException',
          commandName: this.commandName,
        }),
      );
      stop.wasThrownFromThrowStatement = true;
      stop.suppressPromptInInterpreter = true;
      throw stop;
    }
  }

  writeVerbose(message: string): void {
    const on =
      this.common.verbose ?? preference(this.ctx, 'VerbosePreference', 'SilentlyContinue') === 'Continue';
    if (on) this.sink.verbose(message);
  }

  writeDebug(message: string): void {
    const on =
      this.common.debug ?? preference(this.ctx, 'DebugPreference', 'SilentlyContinue') === 'Continue';
    if (on) this.sink.debug(message);
  }

  writeInformation(record: InformationRecord): void {
    // Write-Host is shown whatever $InformationPreference says; only its own -InformationAction hides it.
    const pref = record.hostMessage
      ? (this.common.informationAction ?? 'Continue')
      : (this.common.informationAction ?? preference(this.ctx, 'InformationPreference', 'SilentlyContinue'));
    if (pref === 'Ignore') return;
    appendToVariable(this.ctx, this.common.informationVariable, record);
    for (const c of this.ctx.streamCollectors) appendToVariable(this.ctx, c.information, record);
    // The information stream always carries the record; the preference only decides whether the host shows it,
    // so `6>&1` captures it either way.
    if (pref === 'Continue' || pref === 'Inquire' || this.sink.redirects?.has('information'))
      this.sink.information(record);
  }

  writeOutputVariable(value: unknown): void {
    appendToVariable(this.ctx, this.common.outVariable, value);
  }

  get hasOutVariable(): boolean {
    return this.common.outVariable !== undefined;
  }
}
