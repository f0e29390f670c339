// Which statements set $? to True themselves: pwsh's Compiler.ShouldSetExecutionStatusToSuccess.
import type { ExpressionAst, PipelineBaseAst, StatementAst } from '@exosh/language';

/**
 * A pure expression sets $? to True after it ("Hi", `(Get-Item x -ea 0).Name`, `"a $(Write-Error x)"`), except when it
 * wraps statements that set $? themselves: `(command)`, `$(...)` with statements, `@(a; b)`.
 */
export function expressionSetsSuccess(expr: ExpressionAst): boolean {
  switch (expr.type) {
    case 'ParenExpressionAst':
      return statementSetsSuccess(expr.pipeline);
    case 'SubExpressionAst':
      return expr.subExpression.statements.length === 0;
    case 'ArrayExpressionAst': {
      const { statements, traps } = expr.subExpression;
      if (statements.length === 0) return true;
      if (statements.length > 1 || traps.length > 0) return false;
      return statementSetsSuccess(statements[0] as StatementAst);
    }
    default:
      return true;
  }
}

/** A pipeline of one expression, or an assignment whose innermost right side is one, sets $? to True after it. */
export function statementSetsSuccess(stmt: StatementAst | PipelineBaseAst): boolean {
  let s: StatementAst | PipelineBaseAst = stmt;
  while (s.type === 'AssignmentStatementAst') s = s.right;
  if (s.type !== 'PipelineAst' || s.pipelineElements.length !== 1) return false;
  const only = s.pipelineElements[0];
  return only?.type === 'CommandExpressionAst' && expressionSetsSuccess(only.expression);
}
