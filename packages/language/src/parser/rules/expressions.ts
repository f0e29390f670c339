// Expressions: binary operators by precedence, array literals, unary operators, primary expressions, variables.
import type { Extent } from '../../ast/extent.js';
import type { Ast } from '../../ast/ast.js';
import type { AttributeBaseAst, TypeConstraintAst } from '../../ast/blocks.js';
import type { ExpressionAst, VariableExpressionAst, StringConstantType } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import { TokenFlags } from '../../tokenizer/tokenFlags.js';
import { getBinaryPrecedence, hasTrait } from '../../tokenizer/tokenTraits.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import { makeVariablePath } from '../../tokenizer/variablePath.js';
import type { Parser } from '../parser.js';

export function expressionRule(this: Parser, endNumberOnTernaryOpChars = false): ExpressionAst | null {
  this.enter();
  const oldMode = this.tokenizer.mode;
  try {
    this.setTokenizerMode('Expression');
    const condition = this.binaryExpressionRule(endNumberOnTernaryOpChars);
    if (condition === null) return null;
    let token = this.peekToken();
    if (token.kind !== TokenKind.QuestionMark) return condition;
    this.skipToken();
    this.skipNewlines();
    let ifTrue = this.expressionRule(true);
    if (ifTrue === null) {
      const at = this.after(token);
      this.reportIncompleteInput(at, 'ExpectedValueExpression', token.text);
      ifTrue = this.errorExpression(at);
    }
    this.skipNewlines();
    token = this.nextToken();
    if (token.kind !== TokenKind.Colon) {
      this.ungetToken(token);
      const components: Ast[] = [condition];
      if (ifTrue.type !== 'ErrorExpressionAst') {
        components.push(ifTrue);
        this.reportIncompleteInput(token.extent, 'MissingColonInTernaryExpression');
      }
      return this.errorExpression(this.extentOf(condition, this.before(token)), components);
    }
    this.skipNewlines();
    let ifFalse = this.expressionRule(true);
    if (ifFalse === null) {
      const at = this.after(token);
      this.reportIncompleteInput(at, 'ExpectedValueExpression', token.text);
      ifFalse = this.errorExpression(at);
    }
    return this.node({
      type: 'TernaryExpressionAst',
      extent: this.extentOf(condition, ifFalse),
      parent: null,
      condition,
      ifTrue,
      ifFalse,
    });
  } finally {
    this.setTokenizerMode(oldMode);
    this.leave();
  }
}

export function binaryExpressionRule(this: Parser, endNumberOnTernaryOpChars: boolean): ExpressionAst | null {
  const oldMode = this.tokenizer.mode;
  try {
    this.setTokenizerMode('Expression');
    let expr = this.arrayLiteralRule(endNumberOnTernaryOpChars);
    if (expr === null) return null;
    let token = this.peekToken();
    if ((token.flags & TokenFlags.BinaryOperator) === 0) {
      if (token.kind === TokenKind.Parameter) return this.errorRecoveryParameterInExpression(token, expr);
      return expr;
    }
    if (token.kind === TokenKind.AndAnd || token.kind === TokenKind.OrOr) return expr;
    this.skipToken();
    const operands: ExpressionAst[] = [expr];
    const operators: ScannedToken[] = [token];
    let precedence = getBinaryPrecedence(token.kind);
    let paramToken: ScannedToken | null = null;
    for (;;) {
      this.skipNewlines();
      expr = this.arrayLiteralRule(true);
      if (expr === null) {
        const at = this.after(token);
        this.reportIncompleteInput(at, 'ExpectedValueExpression', token.text);
        expr = this.errorExpression(at);
      }
      operands.push(expr);
      token = this.nextToken();
      if ((token.flags & TokenFlags.BinaryOperator) === 0) {
        if (token.kind === TokenKind.Parameter) paramToken = token;
        this.ungetToken(token);
        break;
      }
      const newPrecedence = getBinaryPrecedence(token.kind);
      while (newPrecedence <= precedence) {
        const rhs = operands.pop() as ExpressionAst;
        const lhs = operands.pop() as ExpressionAst;
        const op = operators.pop() as ScannedToken;
        operands.push(this.binary(lhs, op, rhs));
        if (operators.length === 0) break;
        precedence = getBinaryPrecedence((operators[operators.length - 1] as ScannedToken).kind);
      }
      operators.push(token);
      precedence = newPrecedence;
    }
    let rhs = operands.pop() as ExpressionAst;
    while (operands.length > 0) {
      const lhs = operands.pop() as ExpressionAst;
      const op = operators.pop() as ScannedToken;
      rhs = this.binary(lhs, op, rhs);
    }
    if (paramToken !== null) return this.errorRecoveryParameterInExpression(paramToken, rhs);
    return rhs;
  } finally {
    this.setTokenizerMode(oldMode);
  }
}

export function binary(
  this: Parser,
  left: ExpressionAst,
  op: ScannedToken,
  right: ExpressionAst,
): ExpressionAst {
  return this.node({
    type: 'BinaryExpressionAst',
    extent: this.extentOf(left, right),
    parent: null,
    operator: op.kind,
    left,
    right,
    errorPosition: op.extent,
  });
}

export function errorRecoveryParameterInExpression(
  this: Parser,
  paramToken: ScannedToken,
  expr: ExpressionAst,
): ExpressionAst {
  this.reportError(paramToken.extent, 'UnexpectedToken', paramToken.text);
  this.skipToken();
  return this.errorExpression(this.extentOf(expr, paramToken), [
    expr,
    this.node({
      type: 'CommandParameterAst',
      extent: paramToken.extent,
      parent: null,
      parameterName: paramToken.name ?? '',
      argument: null,
      errorPosition: paramToken.extent,
    }),
  ]);
}

export function arrayLiteralRule(this: Parser, endNumberOnTernaryOpChars: boolean): ExpressionAst | null {
  let last = this.unaryExpressionRule(endNumberOnTernaryOpChars);
  if (last === null) return null;
  const first = last;
  let comma = this.peekToken();
  if (comma.kind !== TokenKind.Comma || this.disableCommaOperator) return last;
  const values: ExpressionAst[] = [last];
  while (comma.kind === TokenKind.Comma) {
    this.skipToken();
    this.skipNewlines();
    last = this.unaryExpressionRule(true);
    if (last === null) {
      this.reportIncompleteInput(this.after(comma), 'MissingExpressionAfterToken', comma.text);
      last = this.errorExpression(comma.extent);
      values.push(last);
      break;
    }
    values.push(last);
    comma = this.peekToken();
  }
  return this.node({
    type: 'ArrayLiteralAst',
    extent: this.extentOf(first, last),
    parent: null,
    elements: values,
  });
}

export function unaryExpressionRule(this: Parser, endNumberOnTernaryOpChars = false): ExpressionAst | null {
  this.enter();
  try {
    return this.unaryExpressionRuleInner(endNumberOnTernaryOpChars);
  } finally {
    this.leave();
  }
}

export function unaryExpressionRuleInner(
  this: Parser,
  endNumberOnTernaryOpChars: boolean,
): ExpressionAst | null {
  let expr: ExpressionAst | null = null;
  let token: ScannedToken;
  const oldSigned = this.tokenizer.allowSignedNumbers;
  const oldTernary = this.tokenizer.forceEndNumberOnTernaryOpChars;
  try {
    this.tokenizer.allowSignedNumbers = true;
    this.tokenizer.forceEndNumberOnTernaryOpChars = endNumberOnTernaryOpChars;
    if (this.ungot !== null) {
      const needResync =
        this.ungot.kind === TokenKind.Minus ||
        (endNumberOnTernaryOpChars && this.ungot.kind === TokenKind.Generic);
      if (needResync) this.resync(this.ungot);
    }
    token = this.peekToken();
  } finally {
    this.tokenizer.allowSignedNumbers = oldSigned;
    this.tokenizer.forceEndNumberOnTernaryOpChars = oldTernary;
  }
  if (hasTrait(token.kind, TokenFlags.UnaryOperator)) {
    if (this.disableCommaOperator && token.kind === TokenKind.Comma) return null;
    this.skipToken();
    this.skipNewlines();
    const child = this.unaryExpressionRule(true);
    if (child === null) {
      this.reportIncompleteInput(this.after(token), 'MissingExpressionAfterOperator', token.text);
      return this.errorExpression(token.extent);
    }
    if (token.kind === TokenKind.Comma) {
      expr = this.node({
        type: 'ArrayLiteralAst',
        extent: this.extentOf(token, child),
        parent: null,
        elements: [child],
      });
    } else {
      expr = this.node({
        type: 'UnaryExpressionAst',
        extent: this.extentOf(token, child),
        parent: null,
        tokenKind: token.kind,
        child,
      });
    }
  } else if (token.kind === TokenKind.LBracket) {
    const attributes = this.attributeListRule(true);
    if (attributes === null) return null;
    const lastAttribute = attributes[attributes.length - 1] as AttributeBaseAst;
    if (lastAttribute.type === 'AttributeAst') {
      this.skipNewlines();
      const child = this.unaryExpressionRule(true);
      if (child === null) {
        this.reportIncompleteInput(
          lastAttribute.extent,
          'UnexpectedAttribute',
          lastAttribute.typeName.fullName,
        );
        return this.errorExpression(this.extentOf(token, lastAttribute), attributes);
      }
      expr = this.node({
        type: 'AttributedExpressionAst',
        extent: this.extentOf(lastAttribute, child),
        parent: null,
        attribute: lastAttribute,
        child,
      });
    } else {
      const memberAccess = this.ungot !== null ? null : this.nextMemberAccessToken(false);
      if (memberAccess !== null) {
        expr = this.checkPostPrimaryExpressionOperators(memberAccess, this.typeExpression(lastAttribute));
      } else {
        const next = this.peekToken();
        if (next.kind !== TokenKind.NewLine && next.kind !== TokenKind.Comma) {
          const child = this.unaryExpressionRule(true);
          if (child !== null) {
            expr = this.node({
              type: 'ConvertExpressionAst',
              extent: this.extentOf(lastAttribute, child),
              parent: null,
              attribute: lastAttribute,
              child,
            });
          }
        }
      }
      expr ??= this.typeExpression(lastAttribute);
    }
    for (let i = attributes.length - 2; i >= 0; --i) {
      const a = attributes[i] as AttributeBaseAst;
      expr =
        a.type === 'TypeConstraintAst'
          ? this.node({
              type: 'ConvertExpressionAst',
              extent: this.extentOf(a, expr),
              parent: null,
              attribute: a,
              child: expr,
            })
          : this.node({
              type: 'AttributedExpressionAst',
              extent: this.extentOf(a, expr),
              parent: null,
              attribute: a,
              child: expr,
            });
    }
  } else {
    expr = this.primaryExpressionRule(true);
  }
  if (expr !== null) {
    token = this.peekToken();
    const op =
      token.kind === TokenKind.PlusPlus
        ? TokenKind.PostfixPlusPlus
        : token.kind === TokenKind.MinusMinus
          ? TokenKind.PostfixMinusMinus
          : null;
    if (op !== null) {
      this.skipToken();
      expr = this.node({
        type: 'UnaryExpressionAst',
        extent: this.extentOf(expr, token),
        parent: null,
        tokenKind: op,
        child: expr,
      });
    }
  }
  return expr;
}

export function typeExpression(this: Parser, constraint: TypeConstraintAst): ExpressionAst {
  return this.node({
    type: 'TypeExpressionAst',
    extent: constraint.extent,
    parent: null,
    typeName: constraint.typeName,
  });
}

export function primaryExpressionRule(this: Parser, withMemberAccess: boolean): ExpressionAst | null {
  this.enter();
  try {
    const token = this.nextToken();
    let expr: ExpressionAst;
    switch (token.kind) {
      case TokenKind.SplattedVariable:
      case TokenKind.Variable:
        expr = this.checkUsingVariable(token, withMemberAccess);
        break;
      case TokenKind.Number: {
        const value = token.value as number | bigint;
        expr =
          token.decimalText !== undefined
            ? this.node({
                type: 'ConstantExpressionAst',
                extent: token.extent,
                parent: null,
                value,
                numberKind: token.numberKind ?? 'Int32',
                decimalText: token.decimalText,
              })
            : this.node({
                type: 'ConstantExpressionAst',
                extent: token.extent,
                parent: null,
                value,
                numberKind: token.numberKind ?? 'Int32',
              });
        break;
      }
      case TokenKind.HereStringExpandable:
      case TokenKind.StringExpandable: {
        const type: StringConstantType =
          token.kind === TokenKind.StringExpandable ? 'DoubleQuoted' : 'DoubleQuotedHereString';
        expr =
          token.nestedTokens !== undefined
            ? this.expandableString(token, type)
            : this.node({
                type: 'StringConstantExpressionAst',
                extent: token.extent,
                parent: null,
                value: String(token.value ?? ''),
                stringConstantType: type,
              });
        break;
      }
      case TokenKind.HereStringLiteral:
      case TokenKind.StringLiteral:
        expr = this.node({
          type: 'StringConstantExpressionAst',
          extent: token.extent,
          parent: null,
          value: String(token.value ?? ''),
          stringConstantType:
            token.kind === TokenKind.StringLiteral ? 'SingleQuoted' : 'SingleQuotedHereString',
        });
        break;
      case TokenKind.LParen:
        expr = this.parenthesizedExpressionRule(token);
        break;
      case TokenKind.AtParen:
      case TokenKind.DollarParen:
        expr = this.subExpressionRule(token);
        break;
      case TokenKind.AtCurly:
        expr = this.hashExpressionRule(token);
        break;
      case TokenKind.LCurly:
        expr = this.scriptBlockExpressionRule(token);
        break;
      default:
        this.ungetToken(token);
        return null;
    }
    if (!withMemberAccess) return expr;
    return this.checkPostPrimaryExpressionOperators(this.nextMemberAccessToken(true), expr);
  } finally {
    this.leave();
  }
}

export function variableFromPath(
  this: Parser,
  extent: Extent,
  name: string,
  splatted: boolean,
): VariableExpressionAst {
  return this.node({
    type: 'VariableExpressionAst',
    extent,
    parent: null,
    variablePath: makeVariablePath(name),
    splatted,
  });
}

export function variableFromToken(this: Parser, token: ScannedToken): VariableExpressionAst {
  return this.node({
    type: 'VariableExpressionAst',
    extent: token.extent,
    parent: null,
    variablePath: token.variablePath ?? makeVariablePath(token.text.slice(1)),
    splatted: token.kind === TokenKind.SplattedVariable,
  });
}

export function checkUsingVariable(
  this: Parser,
  token: ScannedToken,
  withMemberAccess: boolean,
): ExpressionAst {
  const path = token.variablePath;
  if (
    path !== undefined &&
    path.isDriveQualified &&
    path.driveName?.toLowerCase() === 'using' &&
    path.unqualifiedPath.length > 0
  ) {
    let child: ExpressionAst = this.variableFromPath(
      token.extent,
      path.unqualifiedPath,
      token.kind === TokenKind.SplattedVariable,
    );
    if (withMemberAccess)
      child = this.checkPostPrimaryExpressionOperators(this.nextMemberAccessToken(true), child);
    return this.node({
      type: 'UsingExpressionAst',
      extent: child.extent,
      parent: null,
      subExpression: child,
    });
  }
  return this.variableFromToken(token);
}

export function checkPostPrimaryExpressionOperators(
  this: Parser,
  first: ScannedToken | null,
  exprIn: ExpressionAst,
): ExpressionAst {
  let expr = exprIn;
  let token = first;
  while (token !== null) {
    this.skipNewlines();
    if (
      token.kind === TokenKind.Dot ||
      token.kind === TokenKind.ColonColon ||
      token.kind === TokenKind.QuestionDot
    ) {
      expr = this.memberAccessRule(expr, token);
    } else if (token.kind === TokenKind.LBracket || token.kind === TokenKind.QuestionLBracket) {
      expr = this.elementAccessRule(expr, token);
    }
    token = this.nextMemberAccessToken(true);
  }
  return expr;
}
