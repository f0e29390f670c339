// Pipelines as statements, as values ($x = ...) and as value lists (foreach/switch input); && and || chains.
import type {
  CommandAst,
  CommandBaseAst,
  ExpressionAst,
  PipelineAst,
  PipelineBaseAst,
  PipelineChainAst,
} from '@exosh/language';
import { TokenKind } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import { CollectingPipe, type Pipe } from '../pipeline/pipe.js';
import { PipelineProcessor, runLoneCommand } from '../pipeline/pipeline-processor.js';
import type { CommandProcessor } from '../pipeline/command-processor.js';
import { enumerate } from '../semantics/index.js';
import type { Eval, Exec } from './compiled-script-block.js';
import { compileExpression } from './compile-expression.js';
import { compileAssignment, compileAssignmentValue } from './compile-assignment.js';
import { compileCommand } from './compile-command.js';
import { ExpressionProcessor } from '../commands/expression-processor.js';
import { withRedirections } from '../commands/redirection.js';
import { writeEnumerated } from './output.js';
import { runtimeError } from './errors.js';
import { expressionSetsSuccess } from './statement-success.js';

type ProcessorFactory = (ctx: ExecutionContext, position: number, count: number) => CommandProcessor;

/** A pipeline made of one expression with no redirection: the common `$x`, `1 + 2`, `"text"` statement. */
function simpleExpression(ast: PipelineBaseAst) {
  if (ast.type !== 'PipelineAst' || ast.pipelineElements.length !== 1) return undefined;
  const only = ast.pipelineElements[0] as CommandBaseAst;
  return only.type === 'CommandExpressionAst' && only.redirections.length === 0 ? only.expression : undefined;
}

function isIncrement(expr: ExpressionAst): boolean {
  return (
    expr.type === 'UnaryExpressionAst' &&
    (expr.tokenKind === TokenKind.PlusPlus ||
      expr.tokenKind === TokenKind.MinusMinus ||
      expr.tokenKind === TokenKind.PostfixPlusPlus ||
      expr.tokenKind === TokenKind.PostfixMinusMinus)
  );
}

function compileElement(element: CommandBaseAst): ProcessorFactory {
  if (element.type === 'CommandExpressionAst') {
    const value = compileExpression(element.expression);
    const make: ProcessorFactory = (ctx) => new ExpressionProcessor(ctx, value);
    return element.redirections.length ? withRedirections(make, element.redirections) : make;
  }
  const make = compileCommand(element as CommandAst);
  return element.redirections.length ? withRedirections(make, element.redirections) : make;
}

function compileProcessors(ast: PipelineAst): (ctx: ExecutionContext, out: Pipe) => void {
  const factories = ast.pipelineElements.map(compileElement);
  const count = factories.length;
  if (count === 1) {
    const only = factories[0] as ProcessorFactory;
    return (ctx, out) => {
      ctx.checkStopNow();
      const command = only(ctx, 1, 1);
      command.downstream = out;
      runLoneCommand(command);
    };
  }
  return (ctx, out) => {
    ctx.checkStopNow();
    const processors = factories.map((f, i) => f(ctx, i + 1, count));
    new PipelineProcessor(processors, out).run();
  };
}

function compilePipelineAst(ast: PipelineAst): Exec {
  const expr = simpleExpression(ast);
  if (expr) {
    const value = compileExpression(expr);
    if (isIncrement(expr)) {
      // `$i++` as a statement is an assignment: it writes nothing.
      return (ctx) => {
        value(ctx);
        ctx.lastSucceeded = true;
      };
    }
    // A pure expression sets $? to True; `$(...)`, `@(a; b)` and `(command)` leave what their statements set.
    if (!expressionSetsSuccess(expr)) return (ctx, out) => writeEnumerated(out, value(ctx));
    return (ctx, out) => {
      writeEnumerated(out, value(ctx));
      ctx.lastSucceeded = true;
    };
  }
  const run = compileProcessors(ast);
  return (ctx, out) => {
    const before = ctx.failures;
    run(ctx, out);
    ctx.lastSucceeded = ctx.failures === before;
  };
}

function compileChain(ast: PipelineChainAst): Exec {
  const lhs =
    ast.lhsPipelineChain.type === 'PipelineChainAst'
      ? compileChain(ast.lhsPipelineChain)
      : compilePipelineAst(ast.lhsPipelineChain);
  const rhs = compilePipelineAst(ast.rhsPipeline);
  const and = ast.operator === 'AndAnd';
  return (ctx, out) => {
    lhs(ctx, out);
    if (ctx.lastSucceeded === and) rhs(ctx, out);
  };
}

/** A pipeline used as a statement: its output goes to `out`. */
export function compilePipelineBase(ast: PipelineBaseAst): Exec {
  switch (ast.type) {
    case 'PipelineAst':
      return compilePipelineAst(ast);
    case 'PipelineChainAst':
      return compileChain(ast);
    case 'AssignmentStatementAst':
      return compileAssignment(ast);
    case 'ErrorStatementAst':
      return () => {
        throw runtimeError('ParserError', ast.extent, 'The statement could not be parsed.');
      };
  }
}

/** A pipeline used as a value: an expression keeps its value as is; commands' output is collapsed. */
export function compilePipelineValue(ast: PipelineBaseAst): Eval {
  const expr = simpleExpression(ast);
  if (expr) return compileExpression(expr);
  if (ast.type === 'AssignmentStatementAst') return compileAssignmentValue(ast);
  const exec = compilePipelineBase(ast);
  return (ctx) => {
    const pipe = new ValuePipe();
    exec(ctx, pipe);
    return pipe.value();
  };
}

/** Collects a pipeline's output as `collapse` would give it, without a list for the usual single object. */
class ValuePipe implements Pipe {
  #count = 0;
  #first: unknown;
  #all: unknown[] | undefined;
  write(value: unknown): void {
    if (this.#count === 0) this.#first = value;
    else if (this.#count === 1) this.#all = [this.#first, value];
    else (this.#all as unknown[]).push(value);
    this.#count++;
  }
  value(): unknown {
    return this.#count === 0 ? null : this.#count === 1 ? this.#first : this.#all;
  }
}

/** A pipeline whose values are iterated (foreach, switch): collections are enumerated, $null gives nothing. */
export function compilePipelineValues(ast: PipelineBaseAst): (ctx: ExecutionContext) => Iterable<unknown> {
  const expr = simpleExpression(ast);
  if (expr) {
    const value = compileExpression(expr);
    return (ctx) => {
      const v = value(ctx);
      if (v === null || v === undefined) return [];
      return enumerate(v) ?? [v];
    };
  }
  const exec = compilePipelineBase(ast);
  return (ctx) => {
    const pipe = new CollectingPipe();
    exec(ctx, pipe);
    return pipe.items;
  };
}
