// Flow-control signals of the engine: break/continue/return/exit and pipeline stops, thrown and caught as in PowerShell.
/** Base of the signals that unwind the evaluator without being errors (try/catch in scripts never sees them). */
export abstract class FlowControlSignal {
  abstract readonly kind: string;
}

export class BreakSignal extends FlowControlSignal {
  readonly kind = 'break';
  constructor(readonly label: string | null) {
    super();
  }
}

export class ContinueSignal extends FlowControlSignal {
  readonly kind = 'continue';
  constructor(readonly label: string | null) {
    super();
  }
}

/** `return`: leaves the current function or script block; its value has already been written. */
export class ReturnSignal extends FlowControlSignal {
  readonly kind = 'return';
  /**
   * What `$(...)` or an assignment had collected when the return left it: pwsh writes it, then the returned value,
   * to the pipe the return ends in (`$("1"; return "2")` gives 1, 2; `$x = if (1) { return 3 }` gives 3).
   */
  pending: unknown[] | undefined;

  /** Adds values collected by an enclosing `$(...)` / assignment (they came before the ones already pending). */
  collected(items: readonly unknown[]): this {
    if (items.length > 0) this.pending = this.pending ? [...items, ...this.pending] : [...items];
    return this;
  }

  /** Writes the pending values where the return ends. */
  flush(out: { write(value: unknown): void }): void {
    if (this.pending) for (const v of this.pending) out.write(v);
    this.pending = undefined;
  }
}

/** `exit N`: leaves the script (or the shell, at top level) with an exit code. */
export class ExitSignal extends FlowControlSignal {
  readonly kind = 'exit';
  constructor(readonly exitCode: number) {
    super();
  }
}

/** Thrown by a downstream command (Select-Object -First) so upstream commands stop producing. */
export class StopUpstreamSignal extends FlowControlSignal {
  readonly kind = 'stopUpstream';
  constructor(readonly requester: object) {
    super();
  }
}

/** The pipeline was stopped (Ctrl+C or host request): unwinds everything, finally blocks still run. */
export class PipelineStoppedSignal extends FlowControlSignal {
  readonly kind = 'pipelineStopped';
}
