// foreach, for, while, do/while and do/until, with labels and break/continue.
import type {
  DoUntilStatementAst,
  DoWhileStatementAst,
  ForEachStatementAst,
  ForStatementAst,
  WhileStatementAst,
} from '@exosh/language';
import { nullPipe } from '../pipeline/pipe.js';
import type { Exec } from './compiled-script-block.js';
import { compilePipelineBase, compilePipelineValues } from './compile-pipeline.js';
import { compileStatementBlock } from './compile-statements.js';
import { compileCondition, type Condition } from './compile-condition.js';
import { LoopAction, loopSignal } from './loop-signals.js';
import { compileVariableAssigner } from './variables.js';
import { LoopEnumerator, withLoopVariable } from './loop-enumerator.js';

export function compileForEach(ast: ForEachStatementAst): Exec {
  const values = compilePipelineValues(ast.condition);
  const assign = compileVariableAssigner(ast.variable);
  const body = compileStatementBlock(ast.body);
  const label = ast.label;
  return (ctx, out) => {
    const items = new LoopEnumerator(values(ctx));
    withLoopVariable(ctx, 'foreach', items, () => {
      while (items.MoveNext()) {
        ctx.checkStop();
        assign(ctx, items.Current);
        try {
          body(ctx, out);
        } catch (err) {
          if (loopSignal(err, label) === LoopAction.Break) break;
        }
      }
    });
  };
}

function compileLoopCondition(ast: ForStatementAst['condition']): Condition {
  return ast ? compileCondition(ast) : () => true;
}

export function compileFor(ast: ForStatementAst): Exec {
  const init = ast.initializer ? compilePipelineBase(ast.initializer) : undefined;
  const cond = compileLoopCondition(ast.condition);
  const iter = ast.iterator ? compilePipelineBase(ast.iterator) : undefined;
  const body = compileStatementBlock(ast.body);
  const label = ast.label;
  return (ctx, out) => {
    init?.(ctx, out);
    while (cond(ctx)) {
      ctx.checkStop();
      try {
        body(ctx, out);
      } catch (err) {
        if (loopSignal(err, label) === LoopAction.Break) break;
      }
      iter?.(ctx, nullPipe);
    }
  };
}

export function compileWhile(ast: WhileStatementAst): Exec {
  const cond = compileLoopCondition(ast.condition);
  const body = compileStatementBlock(ast.body);
  const label = ast.label;
  return (ctx, out) => {
    while (cond(ctx)) {
      ctx.checkStop();
      try {
        body(ctx, out);
      } catch (err) {
        if (loopSignal(err, label) === LoopAction.Break) break;
      }
    }
  };
}

function compileDo(ast: DoWhileStatementAst | DoUntilStatementAst, until: boolean): Exec {
  const cond = compileLoopCondition(ast.condition);
  const body = compileStatementBlock(ast.body);
  const label = ast.label;
  return (ctx, out) => {
    do {
      ctx.checkStop();
      try {
        body(ctx, out);
      } catch (err) {
        if (loopSignal(err, label) === LoopAction.Break) break;
      }
    } while (cond(ctx) !== until);
  };
}

export const compileDoWhile = (ast: DoWhileStatementAst): Exec => compileDo(ast, false);
export const compileDoUntil = (ast: DoUntilStatementAst): Exec => compileDo(ast, true);
