// How a loop (or switch) reacts to break/continue: unlabeled ones and ones naming its label are its own.
import { BreakSignal, ContinueSignal } from '../flow/flow-control.js';

export const enum LoopAction {
  Break,
  Continue,
}

/** Returns what the loop must do with `err`, or rethrows it when it belongs to an outer loop or is an error. */
export function loopSignal(err: unknown, label: string | null): LoopAction {
  if (
    err instanceof BreakSignal &&
    (err.label === null || (label !== null && err.label.toLowerCase() === label.toLowerCase()))
  )
    return LoopAction.Break;
  if (
    err instanceof ContinueSignal &&
    (err.label === null || (label !== null && err.label.toLowerCase() === label.toLowerCase()))
  )
    return LoopAction.Continue;
  throw err;
}
