// Compound literals: hashtables, script block expressions, `$( )`/`@( )` sub-expressions, parentheses.
import type { Extent } from '../../ast/extent.js';
import type { ScriptBlockAst, StatementBlockAst } from '../../ast/blocks.js';
import type { StatementAst, PipelineBaseAst, TrapStatementAst } from '../../ast/nodes.js';
import type { ExpressionAst, HashtableAst } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import type { Parser } from '../parser.js';
import { fitted } from '../shared.js';

export function hashExpressionRule(this: Parser, atCurly: ScannedToken): ExpressionAst {
  this.skipNewlines();
  const pairs: (readonly [ExpressionAst, StatementAst])[] = [];
  for (;;) {
    const pair = this.getKeyValuePair();
    if (pair === null) break;
    pairs.push(pair);
    const token = this.peekToken();
    if (token.kind !== TokenKind.NewLine && token.kind !== TokenKind.Semi) break;
    this.skipNewlinesAndSemicolons();
  }
  const rCurly = this.nextToken();
  let end: Extent;
  if (rCurly.kind !== TokenKind.RCurly) {
    this.ungetToken(rCurly);
    this.reportIncompleteInputAt(this.after(atCurly), rCurly.extent, 'MissingEndCurlyBrace');
    end = this.before(rCurly);
  } else end = rCurly.extent;
  const hash: HashtableAst = this.node({
    type: 'HashtableAst',
    extent: this.extentOf(atCurly, end),
    parent: null,
    keyValuePairs: fitted(pairs),
  });
  return hash;
}

export function getKeyValuePair(this: Parser): readonly [ExpressionAst, StatementAst] | null {
  let key: ExpressionAst | null;
  let equals: ScannedToken;
  const oldMode = this.tokenizer.mode;
  try {
    this.setTokenizerMode('Expression');
    key = this.labelOrKeyRule();
    if (key === null) return null;
    equals = this.nextToken();
  } finally {
    this.setTokenizerMode(oldMode);
  }
  if (equals.kind !== TokenKind.Equals) {
    this.ungetToken(equals);
    const at = this.after(key);
    this.reportError(at, 'MissingEqualsInHashLiteral');
    this.syncOnError(false, TokenKind.RCurly, TokenKind.Semi, TokenKind.NewLine);
    return [key, this.errorStatement(at)];
  }
  let statement: StatementAst | null;
  try {
    this.setTokenizerMode('Command');
    this.skipNewlines();
    statement = this.statementRule();
    if (statement === null) {
      const at = this.after(equals);
      this.reportIncompleteInput(at, 'MissingStatementInHashLiteral');
      statement = this.errorStatement(at);
    }
  } finally {
    this.setTokenizerMode(oldMode);
  }
  return [key, statement];
}

export function scriptBlockExpressionRule(this: Parser, lCurly: ScannedToken): ExpressionAst {
  const oldDisable = this.disableCommaOperator;
  const oldMode = this.tokenizer.mode;
  const oldCatch = this.inCatch;
  let scriptBlock: ScriptBlockAst;
  try {
    this.disableCommaOperator = false;
    this.inCatch = 0;
    this.setTokenizerMode('Command');
    this.skipNewlines();
    scriptBlock = this.scriptBlockRule(lCurly, false);
  } finally {
    this.disableCommaOperator = oldDisable;
    this.inCatch = oldCatch;
    this.setTokenizerMode(oldMode);
  }
  return this.node({
    type: 'ScriptBlockExpressionAst',
    extent: scriptBlock.extent,
    parent: null,
    scriptBlock,
  });
}

export function subExpressionRule(this: Parser, first: ScannedToken): ExpressionAst {
  const statements: StatementAst[] = [];
  const traps: TrapStatementAst[] = [];
  let listExtent: Extent | null;
  let rParen: ScannedToken;
  const oldDisable = this.disableCommaOperator;
  const oldMode = this.tokenizer.mode;
  try {
    this.disableCommaOperator = false;
    this.setTokenizerMode('Command');
    this.skipNewlines();
    listExtent = this.statementListRule(statements, traps);
    this.skipNewlines();
    rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      this.reportIncompleteInput(rParen.extent, 'MissingEndParenthesisInSubexpression');
    }
  } finally {
    this.disableCommaOperator = oldDisable;
    this.setTokenizerMode(oldMode);
  }
  const extent = this.extentOf(
    first,
    rParen.kind === TokenKind.RParen ? rParen.extent : (listExtent ?? first.extent),
  );
  const block: StatementBlockAst = this.node({
    type: 'StatementBlockAst',
    extent: listExtent ?? this.emptyExtent(),
    parent: null,
    statements: fitted(statements),
    traps: fitted(traps),
  });
  if (first.kind === TokenKind.DollarParen)
    return this.node({ type: 'SubExpressionAst', extent, parent: null, subExpression: block });
  return this.node({ type: 'ArrayExpressionAst', extent, parent: null, subExpression: block });
}

export function parenthesizedExpressionRule(this: Parser, lParen: ScannedToken): ExpressionAst {
  let pipeline: PipelineBaseAst | null;
  let rParen: ScannedToken | null;
  const oldMode = this.tokenizer.mode;
  const oldDisable = this.disableCommaOperator;
  try {
    this.setTokenizerMode('Command');
    this.disableCommaOperator = false;
    this.skipNewlines();
    pipeline = this.pipelineChainRule();
    if (pipeline === null) {
      const at = this.after(lParen);
      this.reportIncompleteInput(at, 'ExpectedExpression');
      pipeline = this.errorStatement(at);
    }
    this.skipNewlines();
    rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      this.reportIncompleteInput(this.after(pipeline), 'MissingEndParenthesisInExpression');
      rParen = null;
    }
  } finally {
    this.disableCommaOperator = oldDisable;
    this.setTokenizerMode(oldMode);
  }
  return this.node({
    type: 'ParenExpressionAst',
    extent: this.extentOf(lParen, rParen ?? pipeline),
    parent: null,
    pipeline,
  });
}
