// Assignments (=, +=, -=, *=, /=, %=, ??=) to variables, typed variables, members, indexes and lists; ++ and --.
import type {
  AssignmentStatementAst,
  ExpressionAst,
  Extent,
  StatementAst,
  UnaryExpressionAst,
} from '@exosh/language';
import { TokenKind } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import { CollectingPipe } from '../pipeline/pipe.js';
import {
  binary,
  convertForVariable,
  enumerate,
  getIndex,
  getMember,
  setIndex,
  setMember,
  toStr,
  typeValue,
} from '../semantics/index.js';
import type { Eval, Exec } from './compiled-script-block.js';
import { compileExpression } from './compile-expression.js';
import { compilePipelineValue } from './compile-pipeline.js';
import { compileStatement } from './compile-statements.js';
import { collapse } from './output.js';
import { ReturnSignal } from '../flow/flow-control.js';
import type { RuntimeException } from '../../errors/runtime-exception.js';
import { PSRuntimeException } from '../../values/ps-exception.js';
import { assignVariable, compileVariableRead } from './variables.js';
import { asRuntimeException, runtimeError } from './errors.js';
import { statementSetsSuccess } from './statement-success.js';

/** A place a value can be stored: read its current value, write a new one. */
interface LValue {
  get(ctx: ExecutionContext): unknown;
  set(ctx: ExecutionContext, value: unknown): void;
}

function compileLValue(ast: ExpressionAst): LValue {
  switch (ast.type) {
    case 'VariableExpressionAst': {
      const read = compileVariableRead(ast);
      const path = ast.variablePath;
      return { get: read, set: (ctx, v) => assignVariable(ctx, path, v, ast.extent) };
    }
    case 'ConvertExpressionAst': {
      if (ast.child.type !== 'VariableExpressionAst') break;
      const typeName = ast.attribute.typeName.fullName;
      const path = ast.child.variablePath;
      const read = compileVariableRead(ast.child);
      return {
        get: read,
        set: (ctx, v) => {
          const converted = convertForVariable(ctx, v, typeName);
          assignVariable(ctx, path, converted, ast.extent);
          const variable = ctx.sessionState.lookup(path.unqualifiedPath);
          if (variable) variable.typeConstraint = (value) => convertForVariable(ctx, value, typeName);
        },
      };
    }
    case 'MemberExpressionAst': {
      const target = compileExpression(ast.expression);
      const name =
        ast.member.type === 'StringConstantExpressionAst'
          ? (
              (v: string) => () =>
                v
            )(ast.member.value)
          : (
              (e: Eval) => (ctx: ExecutionContext) =>
                toStr(ctx, e(ctx))
            )(compileExpression(ast.member));
      const isStatic = ast.static;
      const typeTarget = ast.expression.type === 'TypeExpressionAst' ? ast.expression.typeName : undefined;
      const targetOf = (ctx: ExecutionContext) =>
        isStatic && typeTarget ? typeValue(ctx, typeTarget) : target(ctx);
      return {
        get: (ctx) => getMember(ctx, targetOf(ctx), name(ctx) as string),
        set: (ctx, v) => {
          const t = targetOf(ctx);
          if (t === null || t === undefined) throw runtimeError('PropertyNotFound', ast.extent, name(ctx));
          setMember(ctx, t, name(ctx) as string, v);
        },
      };
    }
    case 'IndexExpressionAst': {
      const target = compileExpression(ast.target);
      const index = compileExpression(ast.index);
      // `$a[0,1] = x`: pwsh passes an array literal's elements as separate indexes, which an array cannot set.
      const slice = ast.index.type === 'ArrayLiteralAst';
      return {
        get: (ctx) => getIndex(ctx, target(ctx), index(ctx)),
        set: (ctx, v) => {
          const t = target(ctx);
          if (t === null || t === undefined) throw runtimeError('NullArray', ast.extent);
          const i = index(ctx);
          if (slice && Array.isArray(t)) throw sliceAssignmentError(ctx, i, ast.extent);
          setIndex(ctx, t, i, v);
        },
      };
    }
    case 'ArrayLiteralAst': {
      const targets = ast.elements.map(compileLValue);
      return {
        get: () => null,
        set: (ctx, v) => {
          const items = [...(enumerate(v) ?? [v])];
          targets.forEach((t, i) => {
            if (i < targets.length - 1) t.set(ctx, i < items.length ? items[i] : null);
            else {
              const rest = items.slice(i);
              t.set(ctx, rest.length === 0 ? null : rest.length === 1 ? rest[0] : rest);
            }
          });
        },
      };
    }
    case 'ParenExpressionAst':
      if (ast.pipeline.type === 'PipelineAst' && ast.pipeline.pipelineElements.length === 1) {
        const only = ast.pipeline.pipelineElements[0];
        if (only?.type === 'CommandExpressionAst') return compileLValue(only.expression);
      }
      break;
    default:
      break;
  }
  return {
    get: () => null,
    set: () => {
      throw runtimeError(
        'BadExpression',
        ast.extent,
        'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
      );
    },
  };
}

function compileRhs(ast: StatementAst): Eval {
  if (
    ast.type === 'PipelineAst' ||
    ast.type === 'PipelineChainAst' ||
    ast.type === 'AssignmentStatementAst' ||
    ast.type === 'ErrorStatementAst'
  ) {
    return compilePipelineValue(ast);
  }
  const exec = compileStatement(ast);
  return (ctx) => {
    const pipe = new CollectingPipe();
    try {
      exec(ctx, pipe);
    } catch (err) {
      // `$x = if (...) { return 1 }`: the value goes out with the return, the variable is not assigned.
      if (err instanceof ReturnSignal) throw err.collected(pipe.items);
      throw err;
    }
    return collapse(pipe.items);
  };
}

const compoundOperator: Partial<Record<string, string>> = {
  [TokenKind.PlusEquals]: TokenKind.Plus,
  [TokenKind.MinusEquals]: TokenKind.Minus,
  [TokenKind.MultiplyEquals]: TokenKind.Multiply,
  [TokenKind.DivideEquals]: TokenKind.Divide,
  [TokenKind.RemainderEquals]: TokenKind.Rem,
};

export function compileAssignmentValue(ast: AssignmentStatementAst): Eval {
  const target = compileLValue(ast.left);
  const rhs = compileRhs(ast.right);
  const op = ast.operator;
  const extent = ast.errorPosition;
  if (op === TokenKind.Equals) {
    // `([bool]$v = 42)` is the converted value, what the variable now holds.
    const typed = ast.left.type === 'ConvertExpressionAst';
    return (ctx) => {
      const v = rhs(ctx);
      target.set(ctx, v);
      return typed ? target.get(ctx) : v;
    };
  }
  if (op === TokenKind.QuestionQuestionEquals) {
    return (ctx) => {
      const current = target.get(ctx);
      if (current !== null && current !== undefined) return current;
      const v = rhs(ctx);
      target.set(ctx, v);
      return v;
    };
  }
  const binaryOp = compoundOperator[op] as never;
  return (ctx) => {
    let v: unknown;
    try {
      v = binary(ctx, binaryOp, target.get(ctx), rhs(ctx));
    } catch (err) {
      throw asRuntimeException(err, extent);
    }
    target.set(ctx, v);
    return v;
  };
}

/** ArraySliceAssignmentFailed, the indexes shown as ArrayOps.IndexStringMessage does (joined by ',', cut at 20). */
function sliceAssignmentError(ctx: ExecutionContext, index: unknown, extent: Extent): RuntimeException {
  const text = (enumerate(index) ?? [index]).map((i) => toStr(ctx, i)).join(',');
  return asRuntimeException(
    PSRuntimeException.of('ArraySliceAssignmentFailed', text.length > 20 ? `${text.slice(0, 20)} ...` : text),
    extent,
  );
}

/** An assignment used as a statement writes nothing. */
export function compileAssignment(ast: AssignmentStatementAst): Exec {
  const value = compileAssignmentValue(ast);
  // `$x = "a"` sets $? to True; `$x = command` keeps what the command set.
  if (!statementSetsSuccess(ast)) return (ctx) => void value(ctx);
  return (ctx) => {
    value(ctx);
    ctx.lastSucceeded = true;
  };
}

/** `++$i`, `$i++`, `--$i`, `$i--`: prefix forms give the new value, postfix forms the old one. */
export function compileIncrement(ast: UnaryExpressionAst): Eval {
  const target = compileLValue(ast.child);
  const kind = ast.tokenKind;
  const op =
    kind === TokenKind.PlusPlus || kind === TokenKind.PostfixPlusPlus ? TokenKind.Plus : TokenKind.Minus;
  const postfix = kind === TokenKind.PostfixPlusPlus || kind === TokenKind.PostfixMinusMinus;
  return (ctx) => {
    const old = target.get(ctx) ?? 0;
    const next = binary(ctx, op, old, 1);
    target.set(ctx, next);
    return postfix ? old : next;
  };
}
