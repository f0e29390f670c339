// Attributes and type constraints: `[Parameter(Mandatory)]`, `[string]` before parameters and expressions.
import type { Extent } from '../../ast/extent.js';
import type { AttributeBaseAst, NamedAttributeArgumentAst } from '../../ast/blocks.js';
import type { ExpressionAst } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import { fitted } from '../shared.js';
import type { Parser } from '../parser.js';

export function attributeListRule(this: Parser, inExpressionMode: boolean): AttributeBaseAst[] | null {
  const attributes: AttributeBaseAst[] = [];
  let attribute = this.attributeRule();
  while (attribute !== null) {
    attributes.push(attribute);
    if (!inExpressionMode || attribute.type === 'AttributeAst') this.skipNewlines();
    attribute = this.attributeRule();
  }
  return attributes.length === 0 ? null : fitted(attributes);
}

export function attributeRule(this: Parser): AttributeBaseAst | null {
  const lBracket = this.nextLBracket();
  if (lBracket === null) return null;
  this.skipNewlines();
  const typeName = this.typeNameRule(true);
  if (typeName === null) {
    this.resync(lBracket);
    this.reportIncompleteInput(this.after(lBracket), 'MissingTypename');
    return null;
  }
  const next = this.nextToken();
  if (next.kind === TokenKind.LParen) {
    this.skipNewlines();
    const positionalArguments: ExpressionAst[] = [];
    const namedArguments: NamedAttributeArgumentAst[] = [];
    let lastItem: Extent = next.extent;
    lastItem = this.withMode('Expression', () =>
      this.attributeArgumentsRule(positionalArguments, namedArguments, lastItem),
    );
    this.skipNewlines();
    let rParen: ScannedToken | null = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      rParen = null;
      this.reportIncompleteInput(this.after(lastItem), 'MissingEndParenthesisInExpression');
    }
    this.skipNewlines();
    let rBracket: ScannedToken | null = this.nextToken();
    if (rBracket.kind !== TokenKind.RBracket) {
      this.ungetToken(rBracket);
      rBracket = null;
      if (rParen !== null)
        this.reportIncompleteInput(this.after(rParen), 'EndSquareBracketExpectedAtEndOfAttribute');
    }
    return this.node({
      type: 'AttributeAst',
      extent: this.extentOf(lBracket, rBracket ?? rParen ?? lastItem),
      parent: null,
      typeName,
      positionalArguments: fitted(positionalArguments),
      namedArguments: fitted(namedArguments),
    });
  }
  let close: ScannedToken | null = next;
  if (next.kind !== TokenKind.RBracket) {
    this.ungetToken(next);
    this.reportError(this.before(next), 'EndSquareBracketExpectedAtEndOfAttribute');
    close = null;
  }
  return this.node({
    type: 'TypeConstraintAst',
    extent: this.extentOf(lBracket, close ?? typeName.extent),
    parent: null,
    typeName,
  });
}

export function attributeArgumentsRule(
  this: Parser,
  positional: ExpressionAst[],
  named: NamedAttributeArgumentAst[],
  lastItemIn: Extent,
): Extent {
  let lastItem = lastItemIn;
  const oldDisable = this.disableCommaOperator;
  let comma: ScannedToken | null = null;
  const seen = new Set<string>();
  try {
    this.disableCommaOperator = true;
    for (;;) {
      this.skipNewlines();
      const name = this.simpleNameRule();
      let expr: ExpressionAst | null;
      let omitted = false;
      if (name !== null) {
        const token = this.peekToken();
        if (token.kind === TokenKind.Equals) {
          this.nextToken();
          this.skipNewlines();
          expr = this.expressionRule();
          if (expr === null) {
            const at = this.after(token);
            this.reportIncompleteInput(at, 'MissingExpressionInNamedArgument');
            expr = this.errorExpression(at);
            this.syncOnError(true, TokenKind.Comma, TokenKind.RParen, TokenKind.RBracket, TokenKind.NewLine);
          }
          lastItem = expr.extent;
        } else {
          // PowerShell stores the constant $true for an omitted value (`[Parameter(Mandatory)]`).
          expr = this.variableFromPath(name.extent, 'true', false);
          omitted = true;
        }
        const key = name.value.toLowerCase();
        if (seen.has(key)) this.reportError(name.extent, 'DuplicateNamedArgument', name.value);
        else {
          seen.add(key);
          named.push(
            this.node({
              type: 'NamedAttributeArgumentAst',
              extent: this.extentOf(name, expr),
              parent: null,
              argumentName: name.value,
              argument: expr,
              expressionOmitted: omitted,
            }),
          );
        }
        lastItem = expr.extent;
      } else {
        expr = this.expressionRule();
        if (expr !== null) {
          positional.push(expr);
          lastItem = expr.extent;
        } else if (comma !== null) {
          const at = this.after(comma);
          this.reportIncompleteInput(at, 'MissingExpressionAfterToken', ',');
          positional.push(this.errorExpression(at));
          lastItem = at;
        }
      }
      this.skipNewlines();
      comma = this.peekToken();
      if (comma.kind !== TokenKind.Comma) break;
      lastItem = comma.extent;
      this.skipToken();
    }
  } finally {
    this.disableCommaOperator = oldDisable;
  }
  return lastItem;
}
