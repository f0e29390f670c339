// break, continue, return, exit and throw.
import type {
  BreakStatementAst,
  ContinueStatementAst,
  ExitStatementAst,
  ExpressionAst,
  ReturnStatementAst,
  ThrowStatementAst,
} from '@exosh/language';
import { ErrorRecord } from '../../errors/error-record.js';
import { ExceptionValue, exceptionTypeName } from '../../types/index.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal } from '../flow/flow-control.js';
import { CollectingPipe } from '../pipeline/pipe.js';
import { convertTo, toStr } from '../semantics/index.js';
import type { Eval, Exec } from './compiled-script-block.js';
import { compileExpression } from './compile-expression.js';
import { compilePipelineBase, compilePipelineValue } from './compile-pipeline.js';
import { positionOf, runtimeError } from './errors.js';

function compileLabel(label: ExpressionAst | null): Eval {
  if (!label) return () => null;
  if (label.type === 'StringConstantExpressionAst') {
    const text = label.value;
    return () => text;
  }
  const e = compileExpression(label);
  return (ctx) => toStr(ctx, e(ctx));
}

export function compileFlowStatement(
  ast: BreakStatementAst | ContinueStatementAst | ReturnStatementAst | ExitStatementAst | ThrowStatementAst,
): Exec {
  switch (ast.type) {
    case 'BreakStatementAst': {
      const label = compileLabel(ast.label);
      return (ctx) => {
        throw new BreakSignal(label(ctx) as string | null);
      };
    }
    case 'ContinueStatementAst': {
      const label = compileLabel(ast.label);
      return (ctx) => {
        throw new ContinueSignal(label(ctx) as string | null);
      };
    }
    case 'ReturnStatementAst': {
      const pipeline = ast.pipeline ? compilePipelineBase(ast.pipeline) : undefined;
      return (ctx, out) => {
        pipeline?.(ctx, out);
        throw new ReturnSignal();
      };
    }
    case 'ExitStatementAst': {
      const value = ast.pipeline ? compilePipelineValue(ast.pipeline) : undefined;
      return (ctx) => {
        const v = value ? value(ctx) : 0;
        throw new ExitSignal(v === null || v === undefined ? 0 : Number(convertTo(ctx, v, 'int')));
      };
    }
    case 'ThrowStatementAst': {
      const value = ast.pipeline ? compilePipelineValue(ast.pipeline) : undefined;
      const extent = ast.extent;
      return (ctx) => {
        if (!value) {
          const current = ctx.sessionState.lookup('_')?.value;
          if (ast.isRethrow && current instanceof ErrorRecord) {
            const again = new RuntimeException(current);
            again.wasThrownFromThrowStatement = true;
            current.thrownFromThrowStatement = true;
            throw again;
          }
          const halted = runtimeError('ScriptHalted', extent);
          halted.wasThrownFromThrowStatement = true;
          halted.errorRecord.thrownFromThrowStatement = true;
          throw halted;
        }
        const v = value(ctx);
        const record =
          v instanceof ErrorRecord
            ? v
            : v instanceof ExceptionValue
              ? new ErrorRecord({
                  message: v.Message,
                  errorId: v.Message,
                  category: 'OperationStopped',
                  exceptionType: exceptionTypeName(v) ?? 'System.Exception',
                  exceptionObject: v,
                  targetObject: null,
                  position: positionOf(extent),
                })
              : new ErrorRecord({
                  message: toStr(ctx, v),
                  errorId: v === null || v === undefined ? 'ScriptHalted' : toStr(ctx, v),
                  category: 'OperationStopped',
                  exceptionType: 'System.Management.Automation.RuntimeException',
                  targetObject: v,
                  position: positionOf(extent),
                });
        const rte = new RuntimeException(record);
        rte.wasThrownFromThrowStatement = true;
        record.thrownFromThrowStatement = true;
        throw rte;
      };
    }
  }
}

/** Collects a pipeline's output into an array (helper for statements that need all values). */
export function collectOutput(exec: Exec): Eval {
  return (ctx) => {
    const pipe = new CollectingPipe();
    exec(ctx, pipe);
    return pipe.items;
  };
}
