// PipelineProcessor: runs commands as a streaming pipeline, one object at a time, with upstream stop.
import { StopUpstreamSignal } from '../flow/flow-control.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import type { CommandProcessor } from './command-processor.js';
import type { Pipe } from './pipe.js';

/** Holds what a command writes before the next one has begun (output from a begin block), then hands it on. */
class BeginGate implements Pipe {
  #open = false;
  readonly #queue: unknown[] = [];
  constructor(private readonly target: Pipe) {}
  write(value: unknown): void {
    if (this.#open) this.deliver(value);
    else this.#queue.push(value);
  }
  release(): void {
    this.#open = true;
    for (const v of this.#queue.splice(0)) this.deliver(v);
  }
  private deliver(value: unknown): void {
    try {
      this.target.write(value);
    } catch (err) {
      // The next command's error, on its way back up: not the upstream command's to wrap (cmdlet-invocation.ts).
      if (err instanceof RuntimeException) err.raisedDownstreamOf = this;
      throw err;
    }
  }
}

export class PipelineProcessor {
  /** gates[i] sits between command i and command i + 1. */
  private readonly gates: BeginGate[] = [];

  constructor(
    private readonly commands: readonly CommandProcessor[],
    private readonly output: Pipe,
  ) {
    for (let i = 0; i < commands.length; i++) {
      const next = commands[i + 1];
      let downstream: Pipe = output;
      if (next) {
        const gate = new BeginGate(next);
        this.gates.push(gate);
        downstream = gate;
      }
      (commands[i] as CommandProcessor).downstream = downstream;
    }
  }

  /** Runs the pipeline; `input` (when given) feeds the first command object by object. */
  run(input?: Iterable<unknown>): void {
    const commands = this.commands;
    if (commands.length === 1 && input === undefined) {
      runLoneCommand(commands[0] as CommandProcessor);
      return;
    }
    let firstToEnd = 0;
    let stopped = false;
    // Commands upstream of the requester stop without end(); the requester and later ones finish.
    const stopAt = (err: unknown): void => {
      if (!(err instanceof StopUpstreamSignal)) throw err;
      const at = commands.findIndex((c) => c.owns(err.requester));
      if (at < 0) throw err;
      firstToEnd = Math.max(firstToEnd, at);
      stopped = true;
    };
    try {
      // Every command begins, in order; what a begin block wrote reaches the next command once that one has begun.
      for (let i = 0; i < commands.length; i++) {
        try {
          (commands[i] as CommandProcessor).begin();
          this.gates[i - 1]?.release();
        } catch (err) {
          stopAt(err);
        }
      }
      if (!stopped) {
        try {
          const first = commands[0] as CommandProcessor;
          if (input === undefined) first.processNoInput();
          else for (const item of input) first.write(item);
        } catch (err) {
          stopAt(err);
        }
      }
      for (let i = firstToEnd; i < commands.length; i++) {
        try {
          (commands[i] as CommandProcessor).end();
        } catch (err) {
          if (!(err instanceof StopUpstreamSignal)) throw err;
          const at = commands.findIndex((c) => c.owns(err.requester));
          if (at < 0) throw err;
          i = at - 1; // continue with the requester's own end()
        }
      }
    } finally {
      for (const c of commands) c.clean();
    }
  }
}

/**
 * `new PipelineProcessor([command], out).run()` for a lone command without input (`f $x`, the usual call): the
 * same steps without the bookkeeping for neighbours. A stop it requests itself skips what is left before end().
 * The caller has set `command.downstream`.
 */
export function runLoneCommand(command: CommandProcessor): void {
  try {
    let stopped = false;
    try {
      command.begin();
    } catch (err) {
      if (!ownStop(command, err)) throw err;
      stopped = true;
    }
    if (!stopped) {
      try {
        command.processNoInput();
      } catch (err) {
        if (!ownStop(command, err)) throw err;
      }
    }
    for (;;) {
      try {
        command.end();
        break;
      } catch (err) {
        // run() goes on with the requester's own end(): for a lone command, end() again.
        if (!ownStop(command, err)) throw err;
      }
    }
  } finally {
    command.clean();
  }
}

function ownStop(command: CommandProcessor, err: unknown): boolean {
  return err instanceof StopUpstreamSignal && command.owns(err.requester);
}
