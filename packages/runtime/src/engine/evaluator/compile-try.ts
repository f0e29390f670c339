// try/catch/finally, trap, and what happens to an error that ends a statement.
import type { StatementAst, TrapStatementAst, TryStatementAst, TypeConstraintAst } from '@exosh/language';
import { exceptionTypeMatches } from '../../types/index.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import type { ErrorRecord } from '../../errors/error-record.js';
import type { ExecutionContext } from '../execution-context.js';
import { BreakSignal, ContinueSignal, FlowControlSignal } from '../flow/flow-control.js';
import type { Pipe } from '../pipeline/pipe.js';
import type { Exec } from './compiled-script-block.js';
import { compileStatementBlock } from './compile-statements.js';
import { asRuntimeException } from './errors.js';
import { withDollarUnder } from './dollar-under.js';
import { preference } from '../preferences.js';

const ACTION_PREFERENCE_STOP = 'System.Management.Automation.ActionPreferenceStopException';
const CMDLET_INVOCATION = 'System.Management.Automation.CmdletInvocationException';

/**
 * `catch [T]` / `trap [T]`: the exception, the one it wraps (`1/0`'s DivideByZeroException), or for a command's
 * error under -ErrorAction Stop the ActionPreferenceStopException around it, or the CmdletInvocationException a
 * cmdlet's terminating error travels in (pwsh's FindMatchingHandler).
 */
function exceptionIsA(ctx: ExecutionContext, rte: RuntimeException, typeName: string): boolean {
  const wanted = ctx.types.tryResolve(typeName)?.fullName ?? typeName;
  const { exception } = rte.errorRecord;
  const thrown = [
    exception.typeName,
    exception.innerTypeName,
    rte.actionPreferenceStop ? ACTION_PREFERENCE_STOP : undefined,
    rte.cmdletInvocation ? CMDLET_INVOCATION : undefined,
  ].filter((t): t is string => t !== undefined);
  return thrown.some((t) => exceptionTypeMatches(ctx.types, t, wanted));
}

function matches(ctx: ExecutionContext, types: readonly TypeConstraintAst[], rte: RuntimeException): boolean {
  return types.some((t) => exceptionIsA(ctx, rte, t.typeName.fullName));
}

export function compileTry(ast: TryStatementAst): Exec {
  const body = compileStatementBlock(ast.body);
  const clauses = ast.catchClauses.map((c) => ({ ast: c, body: compileStatementBlock(c.body) }));
  const fin = ast.finally ? compileStatementBlock(ast.finally) : undefined;
  return (ctx, out) => {
    let inTry = true;
    ctx.tryDepth++;
    try {
      body(ctx, out);
    } catch (err) {
      ctx.tryDepth--;
      inTry = false;
      if (err instanceof FlowControlSignal) throw err;
      const rte = asRuntimeException(err, ast.body.extent);
      const record = rte.errorRecord;
      const clause = clauses.find((c) => c.ast.isCatchAll || matches(ctx, c.ast.catchTypes, rte));
      if (!clause) throw rte;
      ctx.recordError(record);
      withDollarUnder(ctx, record, () => clause.body(ctx, out));
    } finally {
      if (inTry) ctx.tryDepth--;
      fin?.(ctx, out);
    }
  };
}

/** Reports an error that ended a statement, or hands it to a trap, or lets it travel to an enclosing try. */
export function handleStatementError(
  ctx: ExecutionContext,
  err: unknown,
  statement: StatementAst,
  traps: readonly TrapStatementAst[],
  out: Pipe,
): void {
  if (err instanceof FlowControlSignal) throw err;
  const rte = asRuntimeException(err, statement.extent);
  rte.fromScript = true;
  const record = rte.errorRecord;
  const trap = traps.find((t) => !t.trapType || exceptionIsA(ctx, rte, t.trapType.typeName.fullName));
  if (trap) {
    ctx.recordError(record);
    try {
      withDollarUnder(ctx, record, () => compileStatementBlock(trap.body)(ctx, out));
    } catch (signal) {
      if (signal instanceof ContinueSignal) return;
      if (signal instanceof BreakSignal) throw rte;
      throw signal;
    }
    ctx.streams.error(record);
    ctx.markFailed();
    return;
  }
  // PowerShell's CheckActionPreference: inside try, or once an error must stop, it travels on untouched.
  if (ctx.tryDepth > 0 || rte.suppressPromptInInterpreter) throw rte;
  const action = preference(ctx, 'ErrorActionPreference', 'Continue');
  if (action === 'SilentlyContinue' || action === 'Ignore') {
    // Not shown, but still in $Error; the script goes on with the next statement (even after `throw`).
    ctx.recordError(record);
    ctx.markFailed();
    return;
  }
  if (action === 'Stop') {
    rte.suppressPromptInInterpreter = true;
    throw rte;
  }
  if (rte.wasThrownFromThrowStatement) throw rte;
  reportError(ctx, record);
}

/** Writes an error to the error stream and $Error, and makes $? false. */
export function reportError(ctx: ExecutionContext, record: ErrorRecord): void {
  ctx.recordError(record);
  ctx.streams.error(record);
  ctx.markFailed();
}

export { RuntimeException };
