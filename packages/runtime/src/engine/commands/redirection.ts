// Redirections on a pipeline element: 2>&1 / *>&1 merge into output, `> $null` discards, `> file` writes text.
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RedirectionAst, RedirectionStream } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import { compileExpression } from '../evaluator/compile-expression.js';
import { CommandProcessor } from '../pipeline/command-processor.js';
import type { Pipe } from '../pipeline/pipe.js';
import type { StreamSink } from '../streams/records.js';
import { toStr } from '../semantics/index.js';
import { informationalRecord } from '../preferences.js';
import { formatEnumerationLimit, formatOutput } from '../../format/index.js';

type Factory = (ctx: ExecutionContext, position: number, count: number) => CommandProcessor;
type Target = { kind: 'output' } | { kind: 'null' } | { kind: 'file'; path: string; append: boolean };

const streamsOf: Record<RedirectionStream, readonly (keyof StreamSink | 'output')[]> = {
  All: ['output', 'error', 'warning', 'verbose', 'debug', 'information'],
  Output: ['output'],
  Error: ['error'],
  Warning: ['warning'],
  Verbose: ['verbose'],
  Debug: ['debug'],
  Information: ['information'],
};

/** Wraps a processor so its streams are rerouted while it runs, whichever pipeline call enters it. */
class RedirectingProcessor extends CommandProcessor {
  readonly commandName: string;
  private readonly fileValues = new Map<string, { append: boolean; values: unknown[] }>();
  private sink!: StreamSink;

  constructor(
    private readonly ctx: ExecutionContext,
    private readonly inner: CommandProcessor,
    private readonly routes: ReadonlyMap<string, Target>,
  ) {
    super();
    this.commandName = inner.commandName;
  }

  private toFile(t: { path: string; append: boolean }, value: unknown): void {
    let entry = this.fileValues.get(t.path);
    if (!entry) this.fileValues.set(t.path, (entry = { append: t.append, values: [] }));
    entry.values.push(value);
  }

  /** `asObject` is what merging into output writes (a WarningRecord for `3>&1`); files get the value's text. */
  private deliver(stream: string, value: unknown, fallback: () => void, asObject?: () => unknown): void {
    const t = this.routes.get(stream);
    if (!t) return fallback();
    if (t.kind === 'null') return;
    if (t.kind === 'output') {
      const merged = asObject ? asObject() : value;
      // A merged stream goes where output goes: `2>&1 > $null` (or `> $null 2>&1`) discards both.
      if (stream === 'output') return this.downstream.write(merged);
      return this.deliver('output', merged, () => this.downstream.write(merged));
    }
    this.toFile(t, value);
  }

  private wire(): void {
    const outer = this.ctx.streams;
    this.sink = {
      error: (r) => this.deliver('error', r, () => outer.error(r)),
      warning: (m) =>
        this.deliver(
          'warning',
          m,
          () => outer.warning(m),
          () => informationalRecord('Warning', m),
        ),
      verbose: (m) =>
        this.deliver(
          'verbose',
          m,
          () => outer.verbose(m),
          () => informationalRecord('Verbose', m),
        ),
      debug: (m) =>
        this.deliver(
          'debug',
          m,
          () => outer.debug(m),
          () => informationalRecord('Debug', m),
        ),
      information: (r) =>
        r.hostUi
          ? outer.information(r)
          : this.deliver('information', r.messageData, () => outer.information(r)),
      progress: (r) => outer.progress(r),
      redirects: new Set([...this.routes.keys(), ...(outer.redirects ?? [])]),
    };
    const output: Pipe = { write: (v) => this.deliver('output', v, () => this.downstream.write(v)) };
    this.inner.downstream = output;
  }

  private within(run: () => void): void {
    const saved = this.ctx.streams;
    this.ctx.streams = this.sink;
    try {
      run();
    } finally {
      this.ctx.streams = saved;
    }
  }

  begin(): void {
    this.wire();
    this.within(() => this.inner.begin());
  }
  process(input: unknown): void {
    this.within(() => this.inner.write(input));
  }
  processNoInput(): void {
    this.within(() => this.inner.processNoInput());
  }
  end(): void {
    this.within(() => this.inner.end());
    // `> file` is `| Out-File file`: what the console would show, formatted at the host's width.
    const width = this.ctx.host.width ?? 120;
    for (const [file, { append, values }] of this.fileValues) {
      const text = formatOutput(values, {
        width,
        views: this.ctx.formatViews,
        enumerationLimit: formatEnumerationLimit(this.ctx),
      });
      if (append) appendFileSync(file, text);
      else writeFileSync(file, text);
    }
  }
  override clean(): void {
    this.inner.clean();
  }
  override owns(requester: object): boolean {
    return requester === this || this.inner.owns(requester);
  }
}

export function withRedirections(make: Factory, redirections: readonly RedirectionAst[]): Factory {
  const compiled = redirections.map((r) => {
    if (r.type === 'MergingRedirectionAst')
      return { from: r.fromStream, target: () => ({ kind: 'output' }) as Target };
    const location = r.location;
    const isNull =
      location.type === 'VariableExpressionAst' && location.variablePath.userPath.toLowerCase() === 'null';
    const value = compileExpression(location);
    return {
      from: r.fromStream,
      target: (ctx: ExecutionContext): Target =>
        isNull
          ? { kind: 'null' }
          : {
              kind: 'file',
              path: path.resolve(ctx.currentLocation, toStr(ctx, value(ctx))),
              append: r.append,
            },
    };
  });
  return (ctx, position, count) => {
    const routes = new Map<string, Target>();
    for (const r of compiled) {
      const target = r.target(ctx);
      for (const s of streamsOf[r.from]) routes.set(s, target);
    }
    return new RedirectingProcessor(ctx, make(ctx, position, count), routes);
  };
}
