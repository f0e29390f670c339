// Loops: foreach (incl. -Parallel), for, while, do-while / do-until.
import type { Extent } from '../../ast/extent.js';
import type { StatementBlockAst } from '../../ast/blocks.js';
import type { StatementAst, PipelineBaseAst } from '../../ast/nodes.js';
import { ForEachFlags } from '../../ast/nodes.js';
import type { ExpressionAst } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import { tokenKindText } from '../../tokenizer/tokenTraits.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import { Ctx, isSpecificParameter } from '../shared.js';
import type { Parser } from '../parser.js';

export function foreachStatementRule(
  this: Parser,
  label: ScannedToken | null,
  forEachToken: ScannedToken,
): StatementAst {
  const start = (label ?? forEachToken).extent;
  let endError: Extent | null = null;
  this.skipNewlines();
  let param = this.peekToken();
  let flags = ForEachFlags.None as number;
  let throttleLimit: ExpressionAst | null = null;
  while (param.kind === TokenKind.Parameter) {
    this.skipToken();
    if (isSpecificParameter(param, 'parallel')) flags |= ForEachFlags.Parallel;
    else if (isSpecificParameter(param, 'throttlelimit')) {
      this.skipNewlines();
      throttleLimit = this.getSingleCommandArgument(Ctx.CommandArgument);
      if (throttleLimit === null) this.reportIncompleteInput(this.after(param), 'MissingThrottleLimit');
    } else {
      endError = param.extent;
      this.reportError(param.extent, 'InvalidForeachFlag', param.name ?? '');
    }
    this.skipNewlines();
    param = this.peekToken();
  }
  const lParen = this.nextToken();
  if (lParen.kind !== TokenKind.LParen) {
    this.ungetToken(lParen);
    this.reportIncompleteInput(
      this.after(forEachToken),
      'MissingOpenParenthesisAfterKeyword',
      tokenKindText(forEachToken.kind),
    );
    return this.errorStatement(this.extentOf(start, forEachToken), [], TokenKind.Foreach);
  }
  this.skipNewlines();
  const varToken = this.nextToken();
  if (varToken.kind !== TokenKind.Variable && varToken.kind !== TokenKind.SplattedVariable) {
    this.ungetToken(varToken);
    this.reportIncompleteInput(this.after(lParen), 'MissingVariableNameAfterForeach');
    return this.errorStatement(this.extentOf(start, lParen), [], TokenKind.Foreach);
  }
  const variable = this.variableFromToken(varToken);
  this.skipNewlines();
  let pipeline: PipelineBaseAst | null = null;
  let body: StatementBlockAst | null = null;
  const inToken = this.nextToken();
  if (inToken.kind !== TokenKind.In) {
    this.ungetToken(inToken);
    endError = variable.extent;
    this.reportIncompleteInput(this.after(endError), 'MissingInInForeach');
  } else {
    this.skipNewlines();
    pipeline = this.pipelineChainRule();
    if (pipeline === null) {
      endError = inToken.extent;
      this.reportIncompleteInput(this.after(endError), 'MissingForeachExpression');
    } else {
      this.skipNewlines();
      const rParen = this.nextToken();
      if (rParen.kind !== TokenKind.RParen) {
        this.ungetToken(rParen);
        endError = pipeline.extent;
        this.reportIncompleteInput(this.after(endError), 'MissingEndParenthesisAfterForeach');
      } else {
        body = this.statementBlockRule();
        if (body === null) {
          endError = rParen.extent;
          this.reportIncompleteInput(this.after(endError), 'MissingForeachStatement');
        }
      }
    }
  }
  if (endError !== null || body === null || pipeline === null) {
    return this.errorStatement(
      this.extentOf(start, endError ?? forEachToken.extent),
      [variable, pipeline, body],
      TokenKind.Foreach,
    );
  }
  return this.node({
    type: 'ForEachStatementAst',
    extent: this.extentOf(start, body),
    parent: null,
    label: label?.name ?? null,
    variable,
    condition: pipeline,
    body,
    flags,
    throttleLimit,
  });
}

export function forStatementRule(
  this: Parser,
  label: ScannedToken | null,
  forToken: ScannedToken,
): StatementAst {
  const start = (label ?? forToken).extent;
  let endError: Extent | null = null;
  this.skipNewlines();
  const lParen = this.nextToken();
  if (lParen.kind !== TokenKind.LParen) {
    this.ungetToken(lParen);
    this.reportIncompleteInput(
      this.after(forToken),
      'MissingOpenParenthesisAfterKeyword',
      tokenKindText(forToken.kind),
    );
    return this.errorStatement(this.extentOf(start, forToken), [], TokenKind.For);
  }
  this.skipNewlines();
  const initializer = this.pipelineChainRule();
  if (initializer !== null) endError = initializer.extent;
  if (this.peekToken().kind === TokenKind.Semi) endError = this.nextToken().extent;
  this.skipNewlines();
  const condition = this.pipelineChainRule();
  if (condition !== null) endError = condition.extent;
  if (this.peekToken().kind === TokenKind.Semi) endError = this.nextToken().extent;
  this.skipNewlines();
  const iterator = this.pipelineChainRule();
  if (iterator !== null) endError = iterator.extent;
  this.skipNewlines();
  const rParen = this.nextToken();
  let body: StatementBlockAst | null = null;
  if (rParen.kind !== TokenKind.RParen) {
    this.ungetToken(rParen);
    endError ??= lParen.extent;
    this.reportIncompleteInput(
      this.after(endError),
      'MissingEndParenthesisAfterStatement',
      tokenKindText(forToken.kind),
    );
  } else {
    body = this.statementBlockRule();
    if (body === null) {
      endError = rParen.extent;
      this.reportIncompleteInput(this.after(endError), 'MissingLoopStatement', tokenKindText(forToken.kind));
    }
  }
  if (body === null) {
    return this.errorStatement(
      this.extentOf(start, endError ?? forToken.extent),
      [initializer, condition, iterator],
      TokenKind.For,
    );
  }
  return this.node({
    type: 'ForStatementAst',
    extent: this.extentOf(start, body),
    parent: null,
    label: label?.name ?? null,
    initializer,
    condition,
    iterator,
    body,
  });
}

export function whileStatementRule(
  this: Parser,
  label: ScannedToken | null,
  whileToken: ScannedToken,
): StatementAst {
  const start = (label ?? whileToken).extent;
  this.skipNewlines();
  const lParen = this.nextToken();
  if (lParen.kind !== TokenKind.LParen) {
    this.ungetToken(lParen);
    this.reportIncompleteInput(this.after(whileToken), 'MissingOpenParenthesisAfterKeyword', whileToken.text);
    return this.errorStatement(this.extentOf(start, whileToken), [], TokenKind.While);
  }
  this.skipNewlines();
  let condition = this.pipelineChainRule();
  let errorCondition: PipelineBaseAst | null = null;
  if (condition === null) {
    const at = this.after(lParen);
    this.reportIncompleteInput(at, 'MissingExpressionAfterKeyword', tokenKindText(whileToken.kind));
    condition = this.errorStatement(at);
  } else errorCondition = condition;
  this.skipNewlines();
  const rParen = this.nextToken();
  if (rParen.kind !== TokenKind.RParen) {
    this.ungetToken(rParen);
    if (condition.type !== 'ErrorStatementAst') {
      this.reportIncompleteInput(
        this.after(condition),
        'MissingEndParenthesisAfterStatement',
        tokenKindText(whileToken.kind),
      );
    }
    return this.errorStatement(this.extentOf(start, condition), [errorCondition], TokenKind.While);
  }
  this.skipNewlines();
  const body = this.statementBlockRule();
  if (body === null) {
    this.reportIncompleteInput(this.after(rParen), 'MissingLoopStatement', tokenKindText(whileToken.kind));
    return this.errorStatement(this.extentOf(start, rParen), [errorCondition], TokenKind.While);
  }
  return this.node({
    type: 'WhileStatementAst',
    extent: this.extentOf(start, body),
    parent: null,
    label: label?.name ?? null,
    condition,
    body,
  });
}

export function doWhileStatementRule(
  this: Parser,
  label: ScannedToken | null,
  doToken: ScannedToken,
): StatementAst {
  const start = (label ?? doToken).extent;
  let endError: Extent | null = null;
  let rParen: ScannedToken | null = null;
  let keyword: ScannedToken | null = null;
  let condition: PipelineBaseAst | null = null;
  const body = this.statementBlockRule();
  if (body === null) {
    endError = doToken.extent;
    this.reportIncompleteInput(this.after(endError), 'MissingLoopStatement', 'do');
  } else {
    this.skipNewlines();
    keyword = this.nextToken();
    if (keyword.kind !== TokenKind.While && keyword.kind !== TokenKind.Until) {
      this.ungetToken(keyword);
      endError = body.extent;
      this.reportIncompleteInput(this.after(endError), 'MissingWhileOrUntilInDoWhile');
    } else {
      this.skipNewlines();
      const lParen = this.nextToken();
      if (lParen.kind !== TokenKind.LParen) {
        this.ungetToken(lParen);
        endError = keyword.extent;
        this.reportIncompleteInput(
          this.after(endError),
          'MissingOpenParenthesisAfterKeyword',
          tokenKindText(keyword.kind),
        );
      } else {
        this.skipNewlines();
        condition = this.pipelineChainRule();
        if (condition === null) {
          endError = lParen.extent;
          this.reportIncompleteInput(
            this.after(endError),
            'MissingExpressionAfterKeyword',
            tokenKindText(keyword.kind),
          );
        }
        this.skipNewlines();
        rParen = this.nextToken();
        if (rParen.kind !== TokenKind.RParen) {
          this.ungetToken(rParen);
          if (condition !== null) {
            endError = condition.extent;
            this.reportIncompleteInput(
              this.after(endError),
              'MissingEndParenthesisAfterStatement',
              tokenKindText(keyword.kind),
            );
          }
        }
      }
    }
  }
  if (endError !== null || body === null || condition === null || rParen === null || keyword === null) {
    return this.errorStatement(
      this.extentOf(start, endError ?? doToken.extent),
      [body, condition],
      TokenKind.Do,
    );
  }
  const extent = this.extentOf(start, rParen);
  const lbl = label?.name ?? null;
  if (keyword.kind === TokenKind.Until)
    return this.node({ type: 'DoUntilStatementAst', extent, parent: null, label: lbl, condition, body });
  return this.node({ type: 'DoWhileStatementAst', extent, parent: null, label: lbl, condition, body });
}
