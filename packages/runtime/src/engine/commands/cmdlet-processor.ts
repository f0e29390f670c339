// CmdletProcessor: runs a TypeScript cmdlet (CmdletInfo) through binding and its begin/process/end callbacks.
import {
  bindCommandLine,
  bindPipelineObject,
  compileCommand,
  ParameterBindingException,
  type BindState,
  type CommandArgument,
  type CompiledCommand,
  type CommandMetadata,
} from '@exosh/cmdlet-binding';
import type { ErrorRecord } from '../../errors/error-record.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import type { ExecutionContext } from '../execution-context.js';
import { CommandProcessor } from '../pipeline/command-processor.js';
import { CommandStreams, initStreamVariables } from '../preferences.js';
import { getPropertyForBinding, enumerate } from '../semantics/index.js';
import type { ProgressRecord } from '../streams/records.js';
import { bindingErrorRecord, bindingException } from '../binding/binding-errors.js';
import { bindOptions } from '../binding/bind-options.js';
import type { CmdletInfo } from './command-info.js';
import type { CommandRuntime, HostWriteOptions } from './cmdlet-implementation.js';
import type { InvocationSite } from './create-processor.js';
import {
  shouldProcess,
  shouldProcessDescription,
  shouldProcessMode,
  type ShouldProcessMode,
} from './should-process.js';
import { positionOf } from '../evaluator/errors.js';
import { escapedFromCmdlet } from './cmdlet-invocation.js';
import type { SessionStateScope } from '../session-state/scope.js';

const compiledCache = new WeakMap<CommandMetadata, CompiledCommand>();

export function compiledFor(metadata: CommandMetadata): CompiledCommand {
  let c = compiledCache.get(metadata);
  if (!c) compiledCache.set(metadata, (c = compileCommand(metadata)));
  return c;
}

export class CmdletProcessor extends CommandProcessor implements CommandRuntime {
  readonly commandName: string;
  readonly scope: SessionStateScope;
  private state!: BindState;
  private streams!: CommandStreams;
  private current: Record<string, unknown> = {};
  private pipelineInput = false;

  constructor(
    readonly context: ExecutionContext,
    private readonly info: CmdletInfo,
    private readonly args: CommandArgument[],
    private readonly site: InvocationSite,
  ) {
    super();
    this.commandName = info.name;
    this.scope = context.sessionState.current;
  }

  get parameters(): Readonly<Record<string, unknown>> {
    return this.current;
  }
  get parameterSetName(): string {
    return this.state.parameterSetName;
  }
  get hasPipelineInput(): boolean {
    return this.pipelineInput;
  }

  /** Pipeline-bound names written into `current` for the previous object (they change per object). */
  private fromPipeline: string[] = [];

  /** The parameters object: built once after command-line binding, then only pipeline-bound entries change. */
  private snapshot(): void {
    this.current = Object.fromEntries(this.state.boundParameters);
  }

  /** The binder's set `fromPipeline` was copied from: the same set means the same names (only values change). */
  private fromPipelineSet: ReadonlySet<string> | undefined;

  private updateFromPipeline(): void {
    const names = this.state.boundFromPipeline;
    if (names !== this.fromPipelineSet) {
      for (const name of this.fromPipeline) delete this.current[name];
      this.fromPipelineSet = names;
      this.fromPipeline = [...names];
    }
    for (const name of this.fromPipeline) this.current[name] = this.state.boundParameters.get(name);
  }

  begin(): void {
    this.context.checkStopNow();
    try {
      this.state = bindCommandLine(
        compiledFor(this.info.metadata),
        this.args,
        bindOptions(this.context, this.commandName, this.site.pipelinePosition),
      );
    } catch (err) {
      if (err instanceof ParameterBindingException) throw bindingException(err, this.site.extent);
      throw err;
    }
    this.streams = new CommandStreams(this.context, this.state.commonParameters, this.commandName);
    initStreamVariables(this.context, this.state.commonParameters);
    this.snapshot();
    this.call(this.info.implementation.begin);
  }

  process(input: unknown): void {
    this.context.checkStop();
    const result = bindPipelineObject(this.state, input, getPropertyForBinding);
    if (!result.bound) {
      if (result.error) this.writeError(bindingErrorRecord(result.error, this.site.extent));
      return;
    }
    this.pipelineInput = true;
    this.updateFromPipeline();
    this.call(this.info.implementation.process);
  }

  processNoInput(): void {
    this.pipelineInput = false;
    this.call(this.info.implementation.process);
  }

  end(): void {
    this.pipelineInput = false;
    this.call(this.info.implementation.end);
  }

  override clean(): void {
    if (this.state) this.call(this.info.implementation.clean);
  }

  private call(step: ((runtime: CommandRuntime) => void) | undefined): void {
    if (!step) return;
    // An upstream function's output reaches this cmdlet while that function's scope is current: the cmdlet still
    // runs in its own (its caller's) scope.
    const ss = this.context.sessionState;
    const previous = ss.current;
    ss.current = this.scope;
    try {
      step.call(this.info.implementation, this);
    } catch (err) {
      if (err instanceof RuntimeException) {
        const rec = err.errorRecord;
        if (!rec.invocationInfo.position) rec.setPosition(positionFor(this.site), this.commandName);
        const implementingType = this.info.metadata.implementingType ?? this.commandName;
        throw escapedFromCmdlet(
          err,
          this.commandName,
          implementingType,
          positionFor(this.site),
          this.downstream,
        );
      }
      throw err;
    } finally {
      ss.current = previous;
    }
  }

  writeObject(value: unknown, enumerateCollection = false): void {
    if (enumerateCollection) {
      const items = enumerate(value);
      if (items) {
        for (const item of items) this.writeOne(item);
        return;
      }
    }
    this.writeOne(value);
  }

  private writeOne(value: unknown): void {
    if (this.streams.hasOutVariable) this.streams.writeOutputVariable(value);
    // -PipelineVariable: the object is also visible to the rest of the pipeline under that name.
    const pv = this.state.commonParameters.pipelineVariable;
    if (pv) this.context.sessionState.set(pv, value);
    this.downstream.write(value);
  }

  writeError(record: ErrorRecord): void {
    if (!record.invocationInfo.position) record.setPosition(positionFor(this.site), this.commandName);
    this.streams.writeError(record);
  }
  writeWarning(message: string): void {
    this.streams.writeWarning(message);
  }
  writeVerbose(message: string): void {
    this.streams.writeVerbose(message);
  }
  writeDebug(message: string): void {
    this.streams.writeDebug(message);
  }
  writeInformation(messageData: unknown, tags: readonly string[] = []): void {
    this.streams.writeInformation({ messageData, tags, source: this.commandName, timeGenerated: new Date() });
  }
  writeHost(text: string, options: HostWriteOptions = {}): void {
    this.streams.writeInformation({
      messageData: text,
      tags: ['PSHOST'],
      source: this.commandName,
      timeGenerated: new Date(),
      hostMessage: { text, noNewLine: options.noNewLine ?? false, ...options },
    });
  }
  writeProgress(record: ProgressRecord): void {
    this.context.streams.progress(record);
  }
  shouldProcessMode(): ShouldProcessMode {
    return shouldProcessMode(this.context, this.info.metadata, this.state.commonParameters);
  }
  shouldProcessDescription(description: string): boolean {
    return shouldProcessDescription(this.context, this.shouldProcessMode(), description);
  }
  shouldProcess(target: string, action?: string): boolean {
    return shouldProcess(
      this.context,
      this.info.metadata,
      this.state.commonParameters,
      this.commandName,
      target,
      action ?? this.commandName,
    );
  }
  throwTerminatingError(record: ErrorRecord): never {
    if (!record.invocationInfo.position) record.setPosition(positionFor(this.site), this.commandName);
    const rte = new RuntimeException(record);
    rte.cmdletInvocation = true;
    throw rte;
  }
}

function positionFor(site: InvocationSite) {
  return positionOf(site.extent);
}
