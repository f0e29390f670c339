// if/elseif/else and switch (with -regex, -wildcard, -exact, -casesensitive, -file and script-block clauses).
import type { ExpressionAst, IfStatementAst, SwitchStatementAst } from '@exosh/language';
import { SwitchFlags, TokenKind } from '@exosh/language';
import { binary, isTrue, readFileLines, toStr } from '../semantics/index.js';
import type { Eval, Exec } from './compiled-script-block.js';
import { compileExpression } from './compile-expression.js';
import { compilePipelineValue, compilePipelineValues } from './compile-pipeline.js';
import { compileStatementBlock } from './compile-statements.js';
import { compileCondition } from './compile-condition.js';
import { LoopEnumerator, withLoopVariable } from './loop-enumerator.js';
import { withDollarUnder } from './dollar-under.js';
import { LoopAction, loopSignal } from './loop-signals.js';
import { ScriptBlock } from '../script-block.js';

export function compileIf(ast: IfStatementAst): Exec {
  const clauses = ast.clauses.map(
    ([cond, body]) => [compileCondition(cond), compileStatementBlock(body)] as const,
  );
  const otherwise = ast.elseClause ? compileStatementBlock(ast.elseClause) : undefined;
  return (ctx, out) => {
    for (const [cond, body] of clauses) {
      if (cond(ctx)) {
        body(ctx, out);
        return;
      }
    }
    otherwise?.(ctx, out);
  };
}

type ClauseTest = (ctx: Parameters<Eval>[0], value: unknown) => boolean;

function compileClauseTest(pattern: ExpressionAst, flags: number): ClauseTest {
  if (pattern.type === 'ScriptBlockExpressionAst') {
    const blockAst = pattern.scriptBlock;
    return (ctx, value) => {
      const block = new ScriptBlock(blockAst, ctx);
      const result = block.invokeWithDollarUnder(value);
      return result.length > 0 && isTrue(result.length === 1 ? result[0] : result);
    };
  }
  const patternValue = compileExpression(pattern);
  const cs = (flags & SwitchFlags.CaseSensitive) !== 0;
  if (flags & SwitchFlags.Regex) {
    const op = cs ? TokenKind.Cmatch : TokenKind.Imatch;
    return (ctx, value) => isTrue(binary(ctx, op, toStr(ctx, value), patternValue(ctx)));
  }
  if (flags & SwitchFlags.Wildcard) {
    const op = cs ? TokenKind.Clike : TokenKind.Ilike;
    return (ctx, value) => isTrue(binary(ctx, op, toStr(ctx, value), patternValue(ctx)));
  }
  const op = cs ? TokenKind.Ceq : TokenKind.Ieq;
  return (ctx, value) => {
    const p = patternValue(ctx);
    // A string clause compares the value as a string, as PowerShell's switch does.
    return isTrue(typeof p === 'string' ? binary(ctx, op, toStr(ctx, value), p) : binary(ctx, op, value, p));
  };
}

export function compileSwitch(ast: SwitchStatementAst): Exec {
  const fromFile = (ast.flags & SwitchFlags.File) !== 0;
  const values = fromFile ? compilePipelineValue(ast.condition) : undefined;
  const items = fromFile ? undefined : compilePipelineValues(ast.condition);
  const clauses = ast.clauses.map(
    ([pattern, body]) => [compileClauseTest(pattern, ast.flags), compileStatementBlock(body)] as const,
  );
  const otherwise = ast.default ? compileStatementBlock(ast.default) : undefined;
  const label = ast.label;
  return (ctx, out) => {
    const inputs = fromFile
      ? readFileLines(ctx, toStr(ctx, (values as Eval)(ctx)))
      : (items as (c: typeof ctx) => Iterable<unknown>)(ctx);
    const enumerator = new LoopEnumerator(inputs);
    withLoopVariable(ctx, 'switch', enumerator, () => {
      while (enumerator.MoveNext()) {
        const value = enumerator.Current;
        let matched = false;
        try {
          withDollarUnder(ctx, value, () => {
            for (const [test, body] of clauses) {
              if (test(ctx, value)) {
                matched = true;
                body(ctx, out);
              }
            }
            if (!matched && otherwise) otherwise(ctx, out);
          });
        } catch (err) {
          if (loopSignal(err, label) === LoopAction.Break) break;
        }
      }
    });
  };
}
