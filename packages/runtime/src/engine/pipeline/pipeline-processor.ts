// PipelineProcessor: runs commands as a streaming pipeline, one object at a time, with upstream stop.
import { StopUpstreamSignal } from '../flow/flow-control.js';
import type { CommandProcessor } from './command-processor.js';
import type { Pipe } from './pipe.js';

export class PipelineProcessor {
  constructor(
    private readonly commands: readonly CommandProcessor[],
    private readonly output: Pipe,
  ) {
    for (let i = 0; i < commands.length; i++) {
      (commands[i] as CommandProcessor).downstream = commands[i + 1] ?? output;
    }
  }

  /** Runs the pipeline; `input` (when given) feeds the first command object by object. */
  run(input?: Iterable<unknown>): void {
    const commands = this.commands;
    let firstToEnd = 0;
    try {
      try {
        for (const c of commands) c.begin();
        const first = commands[0] as CommandProcessor;
        if (input === undefined) first.processNoInput();
        else for (const item of input) first.write(item);
      } catch (err) {
        if (!(err instanceof StopUpstreamSignal)) throw err;
        // Commands upstream of the requester stop without end(); the requester and later ones finish.
        const at = commands.findIndex((c) => c.owns(err.requester));
        if (at < 0) throw err;
        firstToEnd = at;
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
