// Error recovery: skipping to a sync token, ErrorStatementAst/ErrorExpressionAst, statement terminators.
import type { Extent } from '../../ast/extent.js';
import type { Ast } from '../../ast/ast.js';
import type { ErrorStatementAst } from '../../ast/nodes.js';
import type { ErrorExpressionAst } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import type { Parser } from '../parser.js';

export function syncOnError(this: Parser, consumeClosingToken: boolean, ...syncTokens: TokenKind[]): void {
  let parens = syncTokens.includes(TokenKind.RParen) ? 1 : 0;
  let curlies = syncTokens.includes(TokenKind.RCurly) ? 1 : 0;
  let brackets = syncTokens.includes(TokenKind.RBracket) ? 1 : 0;
  for (;;) {
    const token = this.nextToken();
    switch (token.kind) {
      case TokenKind.LParen:
        parens++;
        break;
      case TokenKind.RParen:
        if (--parens === 0 && syncTokens.includes(TokenKind.RParen)) {
          if (!consumeClosingToken) this.ungetToken(token);
          return;
        }
        break;
      case TokenKind.LCurly:
        curlies++;
        break;
      case TokenKind.RCurly:
        if (--curlies === 0 && syncTokens.includes(TokenKind.RCurly)) {
          if (!consumeClosingToken) this.ungetToken(token);
          return;
        }
        break;
      case TokenKind.LBracket:
        brackets++;
        break;
      case TokenKind.RBracket:
        if (--brackets === 0 && syncTokens.includes(TokenKind.RBracket)) {
          if (!consumeClosingToken) this.ungetToken(token);
          return;
        }
        break;
      case TokenKind.EndOfInput:
        this.ungetToken(token);
        return;
    }
    if (syncTokens.includes(token.kind) && parens === 0 && curlies === 0 && brackets === 0) return;
  }
}

export function requireStatementTerminator(this: Parser): void {
  const t = this.peekToken();
  if (t.kind === TokenKind.NewLine || t.kind === TokenKind.Semi) this.skipToken();
  else if (t.kind !== TokenKind.EndOfInput)
    this.reportIncompleteInput(t.extent, 'MissingStatementTerminator');
}

export function errorStatement(
  this: Parser,
  extent: Extent,
  nested: readonly (Ast | null | undefined)[] = [],
  kind: TokenKind | null = null,
): ErrorStatementAst {
  return this.node({
    type: 'ErrorStatementAst',
    extent,
    parent: null,
    kind,
    nestedAst: nested.filter((a): a is Ast => a != null),
  });
}

export function errorExpression(
  this: Parser,
  extent: Extent,
  nested: readonly (Ast | null | undefined)[] = [],
): ErrorExpressionAst {
  return this.node({
    type: 'ErrorExpressionAst',
    extent,
    parent: null,
    nestedAst: nested.filter((a): a is Ast => a != null),
  });
}
