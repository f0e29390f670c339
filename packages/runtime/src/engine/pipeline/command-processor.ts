// CommandProcessor: one command of a pipeline, driven through begin / process (per input) / end / clean.
import type { Pipe } from './pipe.js';

export abstract class CommandProcessor implements Pipe {
  /** Where this command's output goes; set by the PipelineProcessor before begin(). */
  downstream!: Pipe;
  /** Whether any pipeline input reached this command (end-only functions read it as $input). */
  protected receivedInput = false;

  abstract readonly commandName: string;

  abstract begin(): void;
  /** Called once per input object; the first command of a pipeline without input gets processNoInput(). */
  abstract process(input: unknown): void;
  abstract processNoInput(): void;
  abstract end(): void;
  /** PowerShell 7.3's clean block: runs once whatever happened. */
  clean(): void {}

  /** Whether `requester` (a StopUpstreamSignal's) is this command, or the command it wraps. */
  owns(requester: object): boolean {
    return requester === this;
  }

  /** As a Pipe, a command receives its upstream neighbour's output. */
  write(value: unknown): void {
    this.receivedInput = true;
    this.process(value);
  }
}
