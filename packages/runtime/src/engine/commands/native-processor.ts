// NativeCommandProcessor: runs an executable; its stdout lines become string objects, $LASTEXITCODE is set.
import type * as ChildProcess from 'node:child_process';
import type { CommandArgument } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import type { ExecutionContext } from '../execution-context.js';
import { CommandProcessor } from '../pipeline/command-processor.js';
import { enumerate, toStr } from '../semantics/index.js';
import type { ApplicationInfo } from './command-info.js';
import type { InvocationSite } from './create-processor.js';
import { positionOf } from '../evaluator/errors.js';
import { lazyBuiltin } from '../../host/lazy-builtin.js';

/** node:child_process is loaded when the first native command runs, not at start-up. */
const childProcess = lazyBuiltin<typeof ChildProcess>('node:child_process');

export class NativeCommandProcessor extends CommandProcessor {
  readonly commandName: string;
  private readonly input: string[] = [];

  constructor(
    private readonly ctx: ExecutionContext,
    private readonly info: ApplicationInfo,
    private readonly args: CommandArgument[],
    private readonly site: InvocationSite,
  ) {
    super();
    this.commandName = info.name;
  }

  private argv(): string[] {
    const out: string[] = [];
    for (const a of this.args) {
      if (a.kind === 'parameter') {
        out.push(
          a.hasArgument
            ? `${a.nameText ?? `-${a.name}:`}${toStr(this.ctx, a.argument)}`
            : (a.nameText ?? `-${a.name}`),
        );
        continue;
      }
      const items = enumerate(a.value);
      if (items) for (const item of items) out.push(toStr(this.ctx, item));
      else if (a.value !== null && a.value !== undefined) out.push(toStr(this.ctx, a.value));
    }
    return out;
  }

  begin(): void {}
  process(input: unknown): void {
    this.input.push(toStr(this.ctx, input));
  }
  processNoInput(): void {}

  end(): void {
    this.ctx.checkStopNow();
    // stderr goes straight to the console unless the error stream is redirected (2>$null, 2>&1, 2> file).
    const stderrRedirected = this.ctx.streams.redirects?.has('error') === true;
    const result = childProcess().spawnSync(this.info.path, this.argv(), {
      cwd: this.ctx.currentLocation,
      input: this.input.length ? this.input.join('\n') + '\n' : undefined,
      stdio: [this.input.length ? 'pipe' : 'inherit', 'pipe', stderrRedirected ? 'pipe' : 'inherit'],
      maxBuffer: 1024 * 1024 * 1024,
    });
    if (result.error) {
      throw new RuntimeException(
        new ErrorRecord({
          message: `An error occurred trying to start process '${this.info.path}' with working directory '${this.ctx.currentLocation}'. ${result.error.message}`,
          errorId: 'NativeCommandFailed',
          category: 'ResourceUnavailable',
          exceptionType: 'System.Management.Automation.ApplicationFailedException',
          position: positionOf(this.site.extent),
        }),
      );
    }
    const code = result.status ?? (result.signal ? 128 : 1);
    this.ctx.sessionState.set('LASTEXITCODE', code, 'global');
    const text = result.stdout?.toString('utf8') ?? '';
    const lines = text.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) this.downstream.write(line);
    if (stderrRedirected) this.writeStderr(result.stderr?.toString('utf8') ?? '');
    if (code !== 0) this.ctx.markFailed();
  }

  /**
   * Redirected stderr lines are ErrorRecords over a RemoteException, as pwsh 7.4 writes them: the first one
   * `NativeCommandError`, the rest `NativeCommandErrorMessage`; they do not fail the command or fill $Error.
   */
  private writeStderr(text: string): void {
    const lines = text.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    lines.forEach((line, i) =>
      this.ctx.streams.error(
        new ErrorRecord({
          message: line,
          errorId: i === 0 ? 'NativeCommandError' : 'NativeCommandErrorMessage',
          category: 'NotSpecified',
          exceptionType: 'System.Management.Automation.RemoteException',
          targetObject: line,
        }),
      ),
    );
  }
}
