// The condition of if/elseif, while, do and for: its truth value, and $? reset after a condition that runs commands.
import { visit, type PipelineBaseAst } from '@exosh/language';
import { isTrue } from '../semantics/index.js';
import type { ExecutionContext } from '../execution-context.js';
import { compilePipelineValue } from './compile-pipeline.js';

export type Condition = (ctx: ExecutionContext) => boolean;

/** Whether a command runs in the condition itself (script blocks in it are not searched). */
function invokesCommand(ast: PipelineBaseAst): boolean {
  let found = false;
  visit(ast, {
    ScriptBlockExpressionAst: () => 'SkipChildren',
    CommandAst: () => {
      found = true;
      return 'StopVisit';
    },
  });
  return found;
}

/**
 * pwsh's compiler sets `$? = $true` once a condition that contains a command is evaluated, so
 * `if (Get-Item x -ea SilentlyContinue) {...}` never leaves $? False behind (CaptureStatementResults, Condition).
 */
export function compileCondition(ast: PipelineBaseAst): Condition {
  const value = compilePipelineValue(ast);
  if (!invokesCommand(ast)) return (ctx) => isTrue(value(ctx));
  return (ctx) => {
    const result = isTrue(value(ctx));
    ctx.lastSucceeded = true;
    return result;
  };
}
