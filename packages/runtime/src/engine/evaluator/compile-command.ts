// A CommandAst: evaluates its name and arguments, finds the command, and builds its CommandProcessor.
import type { CommandArgument, SourcePosition } from '@exosh/cmdlet-binding';
import type { CommandAst, CommandElementAst, Extent, ExpressionAst } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import type { CommandProcessor } from '../pipeline/command-processor.js';
import { splatArrayItems } from '../invocation/splatted-parameter-name.js';
import { enumerate, toStr } from '../semantics/index.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import type { Eval } from './compiled-script-block.js';
import { compileExpression, constantValue } from './compile-expression.js';
import { PSObject } from '../../values/ps-object.js';
import { typeNamesOf } from '../../values/type-names.js';
import { formatValue } from '../../text/format-value.js';
import { createCommandProcessor, type InvocationSite } from '../commands/create-processor.js';
import { resolveCommand } from '../commands/discovery.js';
import { runtimeError } from './errors.js';
import { ScriptBlock } from '../script-block.js';
import { readVariable } from './variables.js';

type ArgWriter = (ctx: ExecutionContext, into: CommandArgument[]) => void;

export function sourcePosition(extent: Extent): SourcePosition {
  return {
    line: extent.startLineNumber,
    column: extent.startColumnNumber,
    startOffset: extent.startOffset,
    endOffset: extent.endOffset,
    text: extent.text,
  };
}

/** One command element: `one` when it always gives exactly one argument (all but splatting). */
interface CompiledArgument {
  readonly push: ArgWriter;
  readonly one: ((ctx: ExecutionContext) => CommandArgument) | undefined;
}

function single(one: (ctx: ExecutionContext) => CommandArgument): CompiledArgument {
  return { push: (ctx, into) => void into.push(one(ctx)), one };
}

/**
 * Compiler.GetCommandArgumentExpression: a numeric literal argument whose text is not its ToString() (`007`, `3.0`,
 * `0x10`) is wrapped with that text (ParserOps.WrappedNumber), for conversions to string and [version].
 */
function compileArgumentValue(element: ExpressionAst): Eval {
  if (element.type === 'ConstantExpressionAst') {
    const value = constantValue(element);
    const text = element.extent.text;
    if (typeof value !== 'string' && text !== formatValue(value)) {
      const wrapped = new PSObject({ baseObject: value, typeNames: typeNamesOf(value), tokenText: text });
      return () => wrapped;
    }
  }
  return compileExpression(element);
}

function compileArgument(element: CommandElementAst): CompiledArgument {
  if (element.type === 'CommandParameterAst') {
    const name = element.parameterName;
    const position = sourcePosition(element.errorPosition);
    if (!element.argument) {
      const token: CommandArgument = { kind: 'parameter', name, nameText: `-${name}`, position };
      return single(() => token);
    }
    const value = compileArgumentValue(element.argument);
    return single((ctx) => ({
      kind: 'parameter',
      name,
      nameText: `-${name}:`,
      hasArgument: true,
      argument: value(ctx),
      position,
    }));
  }
  const position = sourcePosition(element.extent);
  if (element.type === 'VariableExpressionAst' && element.splatted) {
    const path = element.variablePath;
    const push: ArgWriter = (ctx, into) => {
      const v = readVariable(ctx, path, element.extent, true);
      if (v instanceof PSHashtable) {
        for (const [k, val] of v.entries()) {
          into.push({
            kind: 'parameter',
            name: toStr(ctx, k),
            nameText: `-${toStr(ctx, k)}:`,
            hasArgument: true,
            argument: val,
            fromHashtableSplat: true,
            position,
          });
        }
        return;
      }
      const items = enumerate(v);
      if (items) into.push(...splatArrayItems(items, position));
      else if (v !== null && v !== undefined)
        into.push({ kind: 'argument', value: v, fromArraySplat: true, position });
    };
    return { push, one: undefined };
  }
  const value = compileArgumentValue(element);
  const arrayLiteral = element.type === 'ArrayLiteralAst';
  return single((ctx) => ({ kind: 'argument', value: value(ctx), arrayLiteral, position }));
}

/**
 * `f(1, 2)`: a command name directly followed by a parenthesized list, which Set-StrictMode 2.0 and later refuses
 * (pwsh's compiler adds the same run-time check for this shape).
 */
function isMethodCallSyntax(ast: CommandAst): boolean {
  const [name, arg, ...more] = ast.commandElements;
  if (!name || arg?.type !== 'ParenExpressionAst' || more.length > 0) return false;
  const pipeline = arg.pipeline;
  const only =
    pipeline.type === 'PipelineAst' && pipeline.pipelineElements.length === 1
      ? pipeline.pipelineElements[0]
      : undefined;
  if (only?.type !== 'CommandExpressionAst' || only.redirections.length > 0) return false;
  return (
    only.expression.type === 'ArrayLiteralAst' &&
    name.extent.endLineNumber === arg.extent.startLineNumber &&
    name.extent.endColumnNumber === arg.extent.startColumnNumber
  );
}

/** A bare `-?` among the arguments. */
function helpRequest(args: readonly CommandArgument[]): CommandArgument | undefined {
  for (const a of args) if (a.kind === 'parameter' && a.name === '?' && !a.hasArgument) return a;
  return undefined;
}

export function compileCommand(
  ast: CommandAst,
): (ctx: ExecutionContext, pipelinePosition: number, pipelineLength: number) => CommandProcessor {
  const [nameElement, ...rest] = ast.commandElements;
  const compiled = rest.map(compileArgument);
  const writers = compiled.map((c) => c.push);
  // Without splatting each element gives one argument: the list is made at its size.
  const ones = compiled.every((c) => c.one !== undefined)
    ? compiled.map((c) => c.one as (ctx: ExecutionContext) => CommandArgument)
    : undefined;
  const dotSource = ast.invocationOperator === 'Dot';
  const staticName =
    ast.invocationOperator === 'Unknown' && nameElement?.type === 'StringConstantExpressionAst'
      ? nameElement.value
      : undefined;
  const nameValue: Eval | undefined =
    staticName === undefined && nameElement ? compileExpression(nameElement as never) : undefined;
  const methodSyntax = isMethodCallSyntax(ast);
  let lastSite: InvocationSite | undefined;
  return (ctx, pipelinePosition, pipelineLength) => {
    if (methodSyntax && ctx.sessionState.strictModeVersion() >= 2)
      throw runtimeError('StrictModeFunctionCallWithParens', ast.extent);
    let args: CommandArgument[];
    if (ones) {
      args = new Array<CommandArgument>(ones.length);
      for (let i = 0; i < ones.length; i++)
        args[i] = (ones[i] as (ctx: ExecutionContext) => CommandArgument)(ctx);
    } else {
      args = [];
      for (const w of writers) w(ctx, args);
    }
    const target = staticName ?? (nameValue as Eval)(ctx);
    // The site only changes with the pipeline position (one AST node can sit in one pipeline only): made once.
    let site = lastSite;
    if (
      site === undefined ||
      site.pipelinePosition !== pipelinePosition ||
      site.pipelineLength !== pipelineLength
    ) {
      site = lastSite = {
        extent: ast.extent,
        nameExtent: (nameElement ?? ast).extent,
        dotSource,
        pipelinePosition,
        pipelineLength,
      };
    }
    if (target instanceof ScriptBlock)
      return createCommandProcessor(ctx, { commandType: 'ScriptBlock', scriptBlock: target }, args, site);
    if (typeof target === 'object' && target !== null && 'commandType' in target) {
      return createCommandProcessor(ctx, target as never, args, site);
    }
    const name = toStr(ctx, target);
    const info = resolveCommand(ctx, name);
    if (!info) throw runtimeError('CommandNotFoundException', site.nameExtent, name);
    // `Get-Thing -?` shows the command's help instead of running it (CommandProcessor's IsHelpRequested).
    const helpAsked = helpRequest(args);
    const getHelp =
      helpAsked && info.commandType !== 'Application' ? resolveCommand(ctx, 'Get-Help') : undefined;
    if (helpAsked && getHelp)
      return createCommandProcessor(
        ctx,
        getHelp,
        [{ kind: 'argument', value: name, position: helpAsked.position }],
        site,
      );
    return createCommandProcessor(ctx, info, args, site);
  };
}
