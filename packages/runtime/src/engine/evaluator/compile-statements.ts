// Compiles statements: the dispatcher, statement lists (with traps and statement-terminating errors) and blocks.
import type { StatementAst, StatementBlockAst, TrapStatementAst } from '@exosh/language';
import type { Exec } from './compiled-script-block.js';
import { compilePipelineBase } from './compile-pipeline.js';
import { compileIf, compileSwitch } from './compile-conditionals.js';
import { compileForEach, compileFor, compileWhile, compileDoWhile, compileDoUntil } from './compile-loops.js';
import { compileTry, handleStatementError } from './compile-try.js';
import { compileFlowStatement } from './compile-flow.js';
import { compileFunctionDefinition } from './compile-function-definition.js';
import { compileUnsupported } from './compile-unsupported.js';

export function compileStatement(ast: StatementAst): Exec {
  switch (ast.type) {
    case 'PipelineAst':
    case 'PipelineChainAst':
    case 'AssignmentStatementAst':
    case 'ErrorStatementAst':
      return compilePipelineBase(ast);
    case 'IfStatementAst':
      return compileIf(ast);
    case 'SwitchStatementAst':
      return compileSwitch(ast);
    case 'ForEachStatementAst':
      return compileForEach(ast);
    case 'ForStatementAst':
      return compileFor(ast);
    case 'WhileStatementAst':
      return compileWhile(ast);
    case 'DoWhileStatementAst':
      return compileDoWhile(ast);
    case 'DoUntilStatementAst':
      return compileDoUntil(ast);
    case 'TryStatementAst':
      return compileTry(ast);
    case 'TrapStatementAst':
      return () => undefined; // traps are collected by their block, not executed in line
    case 'BreakStatementAst':
    case 'ContinueStatementAst':
    case 'ReturnStatementAst':
    case 'ExitStatementAst':
    case 'ThrowStatementAst':
      return compileFlowStatement(ast);
    case 'FunctionDefinitionAst':
      return compileFunctionDefinition(ast);
    case 'DataStatementAst':
    case 'BlockStatementAst':
    case 'UsingStatementAst':
    case 'TypeDefinitionAst':
      return compileUnsupported(ast);
  }
}

/** A list of statements; an error that ends one statement is reported and the next one runs, as in PowerShell. */
export function compileStatementList(
  statements: readonly StatementAst[],
  traps: readonly TrapStatementAst[],
): Exec {
  const compiled = statements.filter((s) => s.type !== 'TrapStatementAst').map(compileStatement);
  const asts = statements.filter((s) => s.type !== 'TrapStatementAst');
  if (compiled.length === 1 && traps.length === 0) {
    const only = compiled[0] as Exec;
    const ast = asts[0] as StatementAst;
    return (ctx, out) => {
      try {
        only(ctx, out);
      } catch (err) {
        handleStatementError(ctx, err, ast, traps, out);
      }
    };
  }
  return (ctx, out) => {
    for (let i = 0; i < compiled.length; i++) {
      try {
        (compiled[i] as Exec)(ctx, out);
      } catch (err) {
        handleStatementError(ctx, err, asts[i] as StatementAst, traps, out);
      }
    }
  };
}

export function compileStatementBlock(block: StatementBlockAst): Exec {
  return compileStatementList(block.statements, block.traps);
}
