// Transcription: a runspace's active transcripts; the host tees what it shows here (TranscribeResult/TranscribeCommand).
import { appendFileSync } from 'node:fs';
import type { ExecutionContext } from '../../engine/execution-context.js';
import { invocationHeader, transcriptEpilogue, transcriptPrologue } from './transcript-header.js';
import { stripVt } from '../../format/vt.js';

interface ActiveTranscript {
  readonly path: string;
  readonly includeInvocationHeader: boolean;
}

export interface StartTranscriptOptions {
  readonly includeInvocationHeader: boolean;
  readonly useMinimalHeader: boolean;
  /** $PSVersionTable, whose entries end the full header. */
  readonly versionTable: unknown;
}

export class Transcription {
  readonly #transcripts: ActiveTranscript[] = [];
  #partial = '';
  /** Set by a host that buffers output (a table in progress): rendered before a transcript closes. */
  flushHost: (() => void) | undefined;

  get isTranscribing(): boolean {
    return this.#transcripts.length > 0;
  }

  /** Opens a transcript (the file exists, is emptied or appended by the caller) and logs its header. */
  start(path: string, options: StartTranscriptOptions): void {
    const transcript = { path, includeInvocationHeader: options.includeInvocationHeader };
    appendFileSync(path, '');
    this.#transcripts.push(transcript);
    this.#log([transcript], transcriptPrologue(new Date(), options.useMinimalHeader, options.versionTable));
  }

  /** Closes the most recent transcript with its footer; undefined when none is active. */
  stop(): string | undefined {
    this.flushHost?.();
    this.#flushPartial();
    const transcript = this.#transcripts.pop();
    if (!transcript) return undefined;
    this.#log([transcript], transcriptEpilogue(new Date()));
    return transcript.path;
  }

  /** Closes every transcript (the session ends). */
  stopAll(): void {
    while (this.stop() !== undefined);
  }

  /** Host text as written (colours, progress redraws and partial lines allowed): each finished line is logged. */
  write(text: string): void {
    if (!this.isTranscribing) return;
    const lines = (this.#partial + text).split('\n');
    this.#partial = lines.pop() ?? '';
    this.#log(this.#transcripts, lines.map(plainLine));
  }

  /** A command typed at the prompt: `PS /home/me> Get-Date`, after the invocation header when asked for. */
  command(promptText: string, commandText: string): void {
    if (!this.isTranscribing) return;
    this.#flushPartial();
    const now = new Date();
    for (const t of this.#transcripts) {
      const [first = '', ...rest] = commandText.split('\n');
      const lines = [promptText + first, ...rest.map((l) => `>> ${l}`)].map(plainLine);
      this.#log([t], t.includeInvocationHeader ? [...invocationHeader(now), ...lines] : lines);
    }
  }

  #flushPartial(): void {
    if (this.#partial === '') return;
    const line = plainLine(this.#partial);
    this.#partial = '';
    this.#log(this.#transcripts, [line]);
  }

  #log(targets: readonly ActiveTranscript[], lines: readonly string[]): void {
    if (lines.length === 0) return;
    const text = lines.join('\n') + '\n';
    for (const t of targets) {
      try {
        appendFileSync(t.path, text);
      } catch {
        // As pwsh's transcript writer: a file that can no longer be written loses the text, the session goes on.
      }
    }
  }
}

/** What a line looks like without colours, carriage-return redraws and trailing blanks (TrimEnd). */
function plainLine(raw: string): string {
  const noColour = stripVt(raw).replace(/\r+$/, '');
  const lastReturn = noColour.lastIndexOf('\r');
  return (lastReturn >= 0 ? noColour.slice(lastReturn + 1) : noColour).trimEnd();
}

const transcriptions = new WeakMap<ExecutionContext, Transcription>();

/** The runspace's transcription state (one per execution context, created on first use). */
export function transcriptionOf(ctx: ExecutionContext): Transcription {
  let t = transcriptions.get(ctx);
  if (!t) {
    t = new Transcription();
    transcriptions.set(ctx, t);
  }
  return t;
}
