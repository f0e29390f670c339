// ExecutionContext: everything a running script can reach (session state, commands, streams, host, bridge).
import type { ErrorRecord } from '../errors/error-record.js';
import type { SyncBridge } from '../host/sync-bridge/index.js';
import type { CommandTable } from './commands/command-table.js';
import { SessionState } from './session-state/session-state.js';
import type { StreamSink } from './streams/records.js';
import type { HostInterface } from './host-interface.js';
import { PipelineStoppedSignal } from './flow/flow-control.js';
import { PSList } from '../values/ps-list.js';
import { createTypeRegistry } from '../types/builtin/index.js';
import type { TypeRegistry } from '../types/type-registry.js';
import { FormatViewRegistry } from '../format/view-registry.js';

export interface StreamCollector {
  readonly error?: { readonly name: string; readonly append: boolean } | undefined;
  readonly warning?: { readonly name: string; readonly append: boolean } | undefined;
  readonly information?: { readonly name: string; readonly append: boolean } | undefined;
}

export class ExecutionContext {
  readonly sessionState = new SessionState();
  /** The .NET types this runspace emulates (type literals, casts, statics, -is). */
  readonly types: TypeRegistry = createTypeRegistry();
  /** Where the non-output streams of the running command go; swapped by redirections. */
  streams: StreamSink;
  /** `$?`: whether the last statement succeeded. */
  lastSucceeded = true;
  /** Errors written so far; a statement succeeded when it added none (how `$?` is computed). */
  failures = 0;
  /** Depth of enclosing try blocks: terminating errors propagate to them instead of ending the statement. */
  tryDepth = 0;
  /** -ErrorVariable/-WarningVariable/-InformationVariable of the running advanced functions: every error, warning or
   * information record written inside them is appended to those variables too, as PowerShell does. */
  readonly streamCollectors: StreamCollector[] = [];
  /** Names of the running functions and script files, innermost last (Write-Error's error id names the caller). */
  readonly invocationStack: string[] = [];
  /** Nesting depth of script-block calls, to stop runaway recursion with PowerShell's error. */
  callDepth = 0;
  /** The current location (Get-Location); native commands and relative paths start here. */
  currentLocation = process.cwd();
  /** Format views by type name: Out-Default, Out-String and Format-* without -Property use them. */
  readonly formatViews = new FormatViewRegistry();
  /** Incremented whenever functions or aliases change, to invalidate command-lookup caches. */
  commandGeneration = 0;
  private pollCounter = 0;

  constructor(
    readonly commands: CommandTable,
    readonly host: HostInterface,
    readonly bridge: SyncBridge,
    streams: StreamSink,
  ) {
    this.streams = streams;
  }

  /** Called at loop back-edges and per pipeline object: stops the pipeline when Ctrl+C was pressed. */
  checkStop(): void {
    if ((++this.pollCounter & 0x3ff) === 0 && this.bridge.cancelRequested) throw new PipelineStoppedSignal();
  }

  /** Checks without sampling: for points that are already slow (command start, sleeps). */
  checkStopNow(): void {
    if (this.bridge.cancelRequested) throw new PipelineStoppedSignal();
  }

  /** A non-terminating error, a statement-terminating error or a failing native command: `$?` turns false. */
  markFailed(): void {
    this.failures++;
    this.lastSucceeded = false;
  }

  /** Records an error in `$Error` (newest first, capped by $MaximumErrorCount). */
  recordError(record: ErrorRecord): void {
    const value = this.sessionState.global.variables.get('error')?.value;
    // $Error is an ArrayList (scripts call .Clear() and .Count on it); a plain array also works.
    const errors = value instanceof PSList ? value.items : Array.isArray(value) ? value : undefined;
    // A record already at the top (a -ErrorAction Stop error now caught) is not added twice.
    if (!errors || errors[0] === record) return;
    errors.unshift(record);
    const max = Number(this.sessionState.lookup('MaximumErrorCount')?.value ?? 256);
    if (errors.length > max) errors.length = max;
  }

  getVariableValue(name: string): unknown {
    return this.sessionState.lookup(name)?.value;
  }
}
