// The contract of a cmdlet written in TypeScript: begin/process/end callbacks given a command runtime.
import type { ErrorRecord } from '../../errors/error-record.js';
import type { ExecutionContext } from '../execution-context.js';
import type { ProgressRecord } from '../streams/records.js';
import type { SessionStateScope } from '../session-state/scope.js';

export interface HostWriteOptions {
  readonly noNewLine?: boolean;
  readonly foregroundColor?: string;
  readonly backgroundColor?: string;
}

/** What a cmdlet's callbacks receive: PowerShell's Cmdlet base members, as an object. */
export interface CommandRuntime {
  /** Bound parameters by declared name ($PSBoundParameters), pipeline-bound ones included. */
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly parameterSetName: string;
  readonly commandName: string;
  readonly context: ExecutionContext;
  /**
   * The scope the command runs in: its caller's (`-Scope Local`/`0`). Session state's current scope is set to it
   * while the cmdlet's callbacks run, as pwsh runs a cmdlet in the scope it was invoked from.
   */
  readonly scope: SessionStateScope;
  /** True when this process call carries a pipeline input object. */
  readonly hasPipelineInput: boolean;
  writeObject(value: unknown, enumerateCollection?: boolean): void;
  writeError(record: ErrorRecord): void;
  writeWarning(message: string): void;
  writeVerbose(message: string): void;
  writeDebug(message: string): void;
  writeInformation(messageData: unknown, tags?: readonly string[]): void;
  writeProgress(record: ProgressRecord): void;
  /** Write-Host: text for the host, carried on the information stream with the PSHOST tag. */
  writeHost(text: string, options?: HostWriteOptions): void;
  /** -WhatIf / -Confirm / $ConfirmPreference, as Cmdlet.ShouldProcess(target, action). */
  shouldProcess(target: string, action?: string): boolean;
  /** Whether ShouldProcess would go ahead, only report (-WhatIf), or ask (-Confirm / ConfirmImpact). */
  shouldProcessMode(): 'Proceed' | 'WhatIf' | 'Confirm';
  /** ShouldProcess with a full description: `What if: <description>`, or a prompt showing it. */
  shouldProcessDescription(description: string): boolean;
  throwTerminatingError(record: ErrorRecord): never;
}

export interface CmdletImplementation {
  begin?(runtime: CommandRuntime): void;
  process?(runtime: CommandRuntime): void;
  end?(runtime: CommandRuntime): void;
  clean?(runtime: CommandRuntime): void;
}
