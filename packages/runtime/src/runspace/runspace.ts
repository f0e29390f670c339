// Runspace: the embedding API, PowerShell.Create().AddScript().Invoke() for Node.
import { transcriptionOf } from '../host/transcript/transcription.js';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { parse, type ParseError } from '@exosh/language';
import { ErrorRecord } from '../errors/error-record.js';
import { RuntimeException, toErrorRecord } from '../errors/runtime-exception.js';
import { SyncBridge } from '../host/sync-bridge/index.js';
import type { CmdletImplementation } from '../engine/commands/cmdlet-implementation.js';
import { CommandTable } from '../engine/commands/command-table.js';
import { ExecutionContext } from '../engine/execution-context.js';
import {
  BreakSignal,
  ContinueSignal,
  ExitSignal,
  PipelineStoppedSignal,
  ReturnSignal,
} from '../engine/flow/flow-control.js';
import type { HostInterface } from '../engine/host-interface.js';
import { CallbackPipe } from '../engine/pipeline/pipe.js';
import { ScriptBlock } from '../engine/script-block.js';
import {
  callbackSink,
  type InformationRecord,
  type ProgressRecord,
  type StreamRecord,
} from '../engine/streams/records.js';
import { parseErrorRecord } from '../engine/parse-errors.js';
import { PSVariable } from '../engine/session-state/ps-variable.js';
import { defineAutomaticVariables } from './automatic-variables.js';
import { engineIntrinsicsVariable } from './engine-intrinsics.js';
import { createHostUserInterface } from './host-ui.js';
import { questionMarkVariable } from './question-mark-variable.js';
import { withDollarUnder } from '../engine/evaluator/dollar-under.js';
import type { FormatViewRegistry } from '../format/view-registry.js';
import { runScriptFile } from './run-script-file.js';
import { withTopLevelInvocation } from './top-level-invocation.js';
import { registerBuiltins } from '../cmdlets/index.js';
import { BridgeCancelledError } from '../host/sync-bridge/index.js';
import { parseOptionsFor } from '../engine/parse-options.js';

export interface RunspaceOptions {
  /** A host that can prompt (Read-Host, mandatory parameters, -Confirm). Default false. */
  readonly interactive?: boolean;
  readonly host?: Partial<HostInterface>;
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly workingDirectory?: string;
  /** $PSHOME: the host's install folder ($PSHOME/Modules is the last default PSModulePath entry). */
  readonly psHome?: string;
  /** Shares a bridge (and its cancel flag) with the host; one is created otherwise. */
  readonly bridge?: SyncBridge;
}

export interface InvokeOptions {
  /** Pipeline input for the script (`$input`, and the first command's process block). */
  readonly input?: Iterable<unknown>;
  /** Already aborted: the script does not start. Aborting while it runs needs `runspace.stop()` from another thread. */
  readonly signal?: AbortSignal;
  /** Every record as it is produced, output included: the streaming form the REPL uses. */
  readonly onRecord?: (record: StreamRecord) => void;
  /** Names the source in error positions. */
  readonly fileName?: string;
  /** Runs the source as the script file `name` with these arguments (exosh -File), in a script scope. */
  readonly file?: { readonly name: string; readonly args: readonly unknown[] };
  /** The host pipes the command into Out-Default, as pwsh's console host does: $MyInvocation.PipelineLength is 2. */
  readonly hostOutputter?: boolean;
}

export interface InvokeResult {
  readonly output: unknown[];
  readonly errors: ErrorRecord[];
  readonly warnings: string[];
  readonly verbose: string[];
  readonly debug: string[];
  readonly information: InformationRecord[];
  readonly progress: ProgressRecord[];
  readonly hadErrors: boolean;
  /** Set when the script ran `exit N`. */
  readonly exitCode?: number;
  /** True when the pipeline was stopped (Ctrl+C). */
  readonly stopped: boolean;
  /** `$?` after the last statement, false after an uncaught terminating error: pwsh's exit code 0 or 1. */
  readonly succeeded: boolean;
}

export class Runspace {
  readonly context: ExecutionContext;
  readonly bridge: SyncBridge;
  /** Format views by type name; modules register theirs (ConnectionInformation's list view). */
  get formatViews(): FormatViewRegistry {
    return this.context.formatViews;
  }

  constructor(options: RunspaceOptions = {}) {
    this.bridge = options.bridge ?? new SyncBridge();
    const host: HostInterface = { interactive: options.interactive ?? false, ...options.host };
    const readLine = options.host?.readLine;
    if (readLine) {
      // Ctrl+C at a prompt (Read-Host, a mandatory parameter, -Confirm) stops the pipeline, as in pwsh.
      host.readLine = (prompt, readOptions) => {
        const line = readLine.call(host, prompt, readOptions);
        this.context.checkStopNow();
        return line;
      };
    }
    const commands = new CommandTable();
    this.context = new ExecutionContext(
      commands,
      host,
      this.bridge,
      callbackSink(() => undefined),
    );
    if (options.workingDirectory) this.context.currentLocation = options.workingDirectory;
    const context = this.context;
    defineAutomaticVariables(context.sessionState, context.currentLocation, options.psHome, () =>
      createHostUserInterface(context),
    );
    this.context.sessionState.define(engineIntrinsicsVariable(this.context));
    this.context.sessionState.define(questionMarkVariable(this.context));
    registerBuiltins(this);
    for (const [name, value] of Object.entries(options.variables ?? {})) {
      this.context.sessionState.define(new PSVariable(name, value));
    }
  }

  /** Registers a cmdlet written in TypeScript from its metadata and callbacks. */
  addCmdlet(metadata: CommandMetadata, implementation: CmdletImplementation, moduleName = ''): void {
    this.context.commands.addCmdlet({
      commandType: 'Cmdlet',
      name: metadata.name,
      metadata,
      implementation,
      moduleName,
    });
  }

  /** Asks the running pipeline to stop (safe from a signal handler or another thread's view of the bridge). */
  stop(): void {
    this.bridge.requestCancel();
  }

  invoke(script: string, options: InvokeOptions = {}): Promise<InvokeResult> {
    return Promise.resolve(this.invokeSync(script, options));
  }

  /** The streaming form: every record of the script, in order. */
  async *stream(
    script: string,
    options: Omit<InvokeOptions, 'onRecord'> = {},
  ): AsyncGenerator<StreamRecord, InvokeResult> {
    const records: StreamRecord[] = [];
    const result = this.invokeSync(script, { ...options, onRecord: (r) => records.push(r) });
    yield* records;
    return result;
  }

  invokeSync(script: string, options: InvokeOptions = {}): InvokeResult {
    const output: unknown[] = [];
    const errors: ErrorRecord[] = [];
    const warnings: string[] = [];
    const verbose: string[] = [];
    const debug: string[] = [];
    const information: InformationRecord[] = [];
    const progress: ProgressRecord[] = [];
    let exitCode: number | undefined;
    let stopped = false;
    let terminated = false;
    const onRecord = options.onRecord;
    const record = (r: StreamRecord) => {
      switch (r.stream) {
        case 'output':
          output.push(r.value);
          break;
        case 'error':
          errors.push(r.value);
          break;
        case 'warning':
          warnings.push(r.value);
          break;
        case 'verbose':
          verbose.push(r.value);
          break;
        case 'debug':
          debug.push(r.value);
          break;
        case 'information':
          information.push(r.value);
          break;
        case 'progress':
          progress.push(r.value);
          break;
      }
      onRecord?.(r);
    };
    const finish = (): InvokeResult => ({
      output,
      errors,
      warnings,
      verbose,
      debug,
      information,
      progress,
      hadErrors: errors.length > 0,
      ...(exitCode !== undefined ? { exitCode } : {}),
      stopped,
      succeeded: !terminated && !stopped && this.context.lastSucceeded,
    });
    if (options.signal?.aborted) {
      stopped = true;
      return finish();
    }
    const fileName = options.file?.name ?? options.fileName;
    const parsed = parse(script, parseOptionsFor(this.context, fileName));
    if (parsed.errors.length > 0) {
      // One ParseException, as pwsh: the first error's id and position (its concise view shows that error).
      record({ stream: 'error', value: parseErrorRecord(parsed.errors[0] as ParseError) });
      terminated = true;
      return finish();
    }
    const ctx = this.context;
    const savedStreams = ctx.streams;
    ctx.streams = callbackSink(record);
    this.bridge.clearCancel();
    const block = new ScriptBlock(parsed.ast, ctx);
    const out = new CallbackPipe((value) => record({ stream: 'output', value }));
    ctx.lastSucceeded = true;
    try {
      if (options.file) {
        // A script file: its own script scope, its param block bound from the arguments.
        runScriptFile(ctx, block, options.file.name, options.file.args, out);
        return finish();
      }
      const c = block.compiled;
      // Like a line typed at the prompt: the statements run dot-sourced in the global scope.
      const input = options.input ? [...options.input] : undefined;
      if (input) ctx.sessionState.current.variables.set('input', new PSVariable('input', input));
      withTopLevelInvocation(ctx, block, options.hostOutputter === true, () => {
        c.begin?.(ctx, out);
        if (c.process) {
          if (input) for (const item of input) withDollarUnder(ctx, item, () => c.process?.(ctx, out));
          else c.process(ctx, out);
        }
        c.end?.(ctx, out);
      });
    } catch (err) {
      if (err instanceof ExitSignal) exitCode = err.exitCode;
      else if (err instanceof PipelineStoppedSignal || err instanceof BridgeCancelledError) stopped = true;
      else if (err instanceof BreakSignal || err instanceof ContinueSignal || err instanceof ReturnSignal) {
        // break/continue outside a loop and return at top level end the script quietly, as in pwsh.
        if (err instanceof ReturnSignal) err.flush(out);
      } else {
        const rec = err instanceof RuntimeException ? err.errorRecord : toErrorRecord(err);
        ctx.recordError(rec);
        record({ stream: 'error', value: rec });
        terminated = true;
      }
    } finally {
      ctx.streams = savedStreams;
      ctx.sessionState.current = ctx.sessionState.global;
      ctx.tryDepth = 0;
      ctx.callDepth = 0;
    }
    return finish();
  }

  async dispose(): Promise<void> {
    // A transcript still open when the session ends gets its footer, as pwsh's StopAllTranscribing.
    transcriptionOf(this.context).stopAll();
    await this.bridge.dispose();
  }
}

export function createRunspace(options: RunspaceOptions = {}): Runspace {
  return new Runspace(options);
}

export { ErrorRecord };
