// Stream records: what the non-output streams carry (warning, verbose, debug, information, progress).
import type { ErrorRecord } from '../../errors/error-record.js';

export type StreamName = 'output' | 'error' | 'warning' | 'verbose' | 'debug' | 'information' | 'progress';

export interface InformationRecord {
  readonly messageData: unknown;
  readonly tags: readonly string[];
  readonly source: string;
  readonly timeGenerated: Date;
  /** Write-Host marks its records so the host prints them even when InformationPreference is SilentlyContinue. */
  readonly hostMessage?: {
    readonly text: string;
    readonly noNewLine: boolean;
    readonly foregroundColor?: string;
    readonly backgroundColor?: string;
  };
  /**
   * Text written to the host's UI rather than the information stream (Out-Host, `What if:`, prompts), as pwsh's
   * Host.UI.WriteLine: a redirection (`6>&1`, `*>$null`) passes it through to the host untouched.
   */
  readonly hostUi?: boolean;
}

export interface ProgressRecord {
  readonly activity: string;
  readonly statusDescription: string;
  readonly activityId: number;
  readonly parentActivityId: number;
  readonly percentComplete: number;
  readonly secondsRemaining: number;
  readonly currentOperation: string;
  readonly recordType: 'Processing' | 'Completed';
}

export type StreamRecord =
  | { readonly stream: 'output'; readonly value: unknown }
  | { readonly stream: 'error'; readonly value: ErrorRecord }
  | { readonly stream: 'warning' | 'verbose' | 'debug'; readonly value: string }
  | { readonly stream: 'information'; readonly value: InformationRecord }
  | { readonly stream: 'progress'; readonly value: ProgressRecord };

/** Receives the non-output streams of a running pipeline (the host, a collector, or a redirection). */
export interface StreamSink {
  error(record: ErrorRecord): void;
  warning(message: string): void;
  verbose(message: string): void;
  debug(message: string): void;
  information(record: InformationRecord): void;
  progress(record: ProgressRecord): void;
  /** The streams a redirection (`6>&1`, `3> file`) reroutes while this sink is current. */
  readonly redirects?: ReadonlySet<string>;
}

/** A sink that forwards every record to one callback. */
export function callbackSink(onRecord: (record: StreamRecord) => void): StreamSink {
  return {
    error: (value) => onRecord({ stream: 'error', value }),
    warning: (value) => onRecord({ stream: 'warning', value }),
    verbose: (value) => onRecord({ stream: 'verbose', value }),
    debug: (value) => onRecord({ stream: 'debug', value }),
    information: (value) => onRecord({ stream: 'information', value }),
    progress: (value) => onRecord({ stream: 'progress', value }),
  };
}
