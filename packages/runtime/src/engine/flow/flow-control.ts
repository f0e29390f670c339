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
