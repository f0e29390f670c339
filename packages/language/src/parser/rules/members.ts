// Member access and invocation: `.Prop`, `::Static`, `?.`, `.Method(args)`, generic method args, `[index]`.
import type { Extent } from '../../ast/extent.js';
import type { ExpressionAst } from '../../ast/expressions.js';
import type { ITypeName } from '../../ast/typeName.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import { TokenFlags } from '../../tokenizer/tokenFlags.js';
import { hasTrait } from '../../tokenizer/tokenTraits.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import { Ctx, fitted } from '../shared.js';
import type { Parser } from '../parser.js';

export function memberNameRule(this: Parser): ExpressionAst | null {
  const simpleName = this.simpleNameRule();
  if (simpleName !== null) return simpleName;
  const token = this.peekToken();
  if (hasTrait(token.kind, TokenFlags.UnaryOperator) || token.kind === TokenKind.LBracket)
    return this.unaryExpressionRule();
  return this.primaryExpressionRule(false);
}

export function memberAccessRule(this: Parser, target: ExpressionAst, operator: ScannedToken): ExpressionAst {
  let member = this.memberNameRule();
  const isStatic = operator.kind === TokenKind.ColonColon;
  const nullConditional = operator.kind === TokenKind.QuestionDot;
  if (member === null) {
    this.reportIncompleteInput(this.after(operator), 'MissingPropertyName');
    member =
      this.getSingleCommandArgument(Ctx.CommandArgument) ??
      this.errorExpression(this.extentOf(target, operator));
  } else if (this.ungot === null) {
    const resyncIndex = this.tokenizer.restorePoint();
    const generic = this.genericMethodArgumentsRule(resyncIndex);
    const lParen = this.nextInvokeMemberToken();
    if (lParen !== null)
      return this.memberInvokeRule(target, lParen, isStatic, nullConditional, member, generic?.types ?? null);
    if (generic !== null) this.resync(resyncIndex);
  }
  return this.node({
    type: 'MemberExpressionAst',
    extent: this.extentOf(target, member),
    parent: null,
    expression: target,
    member,
    static: isStatic,
    nullConditional,
  });
}

export function genericMethodArgumentsRule(
  this: Parser,
  resyncIndexIn: number,
): { types: ITypeName[]; rBracket: ScannedToken | null } | null {
  let resyncIndex = resyncIndexIn;
  // Most member names are followed by something that cannot be `[`: no token to scan and throw away.
  if (this.tokenizer.nextCannotBeLBracket()) return null;
  const lBracket = this.nextToken();
  if (lBracket.kind !== TokenKind.LBracket) {
    this.resync(resyncIndex);
    return null;
  }
  let result: { types: ITypeName[]; rBracket: ScannedToken | null } | null = null;
  const oldMode = this.tokenizer.mode;
  try {
    this.setTokenizerMode('TypeName');
    this.skipNewlines();
    const first = this.nextToken();
    if (first.kind === TokenKind.Identifier) {
      resyncIndex = -1;
      const { args, last } = this.genericTypeArgumentsRule(first);
      let rBracket: ScannedToken | null = last;
      if (last.kind !== TokenKind.RBracket) {
        this.ungetToken(last);
        this.reportIncompleteInput(this.before(last), 'EndSquareBracketExpectedAtEndOfType');
        rBracket = null;
      }
      result = { types: args, rBracket };
    }
  } finally {
    this.setTokenizerMode(oldMode);
    if (resyncIndex >= 0) this.resync(resyncIndex);
  }
  return result;
}

export function memberInvokeRule(
  this: Parser,
  target: ExpressionAst,
  lBracket: ScannedToken,
  isStatic: boolean,
  nullConditional: boolean,
  member: ExpressionAst,
  genericTypes: ITypeName[] | null,
): ExpressionAst {
  let args: ExpressionAst[];
  let last: Extent;
  if (lBracket.kind === TokenKind.LParen) {
    const r = this.invokeParamParenListRule(lBracket);
    args = r.args;
    last = r.last;
  } else {
    this.skipNewlines();
    const argument = this.scriptBlockExpressionRule(lBracket);
    args = [argument];
    last = argument.extent;
  }
  return this.node({
    type: 'InvokeMemberExpressionAst',
    extent: this.extentOf(target, last),
    parent: null,
    expression: target,
    member,
    static: isStatic,
    nullConditional,
    arguments: args,
    genericTypeArguments: genericTypes,
  });
}

export function invokeParamParenListRule(
  this: Parser,
  lParen: ScannedToken,
): { args: ExpressionAst[]; last: Extent } {
  const args: ExpressionAst[] = [];
  let comma: ScannedToken | null = null;
  let rParen: ScannedToken | null;
  let reported = false;
  const oldDisable = this.disableCommaOperator;
  try {
    this.disableCommaOperator = true;
    for (;;) {
      this.skipNewlines();
      const argument = this.expressionRule();
      if (argument === null) {
        if (comma !== null) {
          this.reportIncompleteInput(this.after(comma), 'MissingExpressionAfterToken', ',');
          reported = true;
        }
        break;
      }
      args.push(argument);
      this.skipNewlines();
      comma = this.nextToken();
      if (comma.kind !== TokenKind.Comma) {
        this.ungetToken(comma);
        comma = null;
        break;
      }
    }
    this.skipNewlines();
    rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      if (!reported) {
        const lastArg = args[args.length - 1];
        this.reportIncompleteInput(
          lastArg !== undefined ? this.after(lastArg) : this.after(lParen),
          'MissingEndParenthesisInMethodCall',
        );
      }
      rParen = null;
    }
  } finally {
    this.disableCommaOperator = oldDisable;
  }
  const last = rParen?.extent ?? comma?.extent ?? args[args.length - 1]?.extent ?? lParen.extent;
  return { args: fitted(args), last };
}

export function elementAccessRule(
  this: Parser,
  primary: ExpressionAst,
  lBracket: ScannedToken,
): ExpressionAst {
  this.skipNewlines();
  const oldDisable = this.disableCommaOperator;
  this.disableCommaOperator = false;
  let index: ExpressionAst | null;
  try {
    index = this.expressionRule();
  } finally {
    this.disableCommaOperator = oldDisable;
  }
  if (index === null) {
    this.reportIncompleteInput(this.after(lBracket), 'MissingArrayIndexExpression');
    index = this.errorExpression(lBracket.extent);
  }
  this.skipNewlines();
  let rBracket: ScannedToken | null = this.nextToken();
  if (rBracket.kind !== TokenKind.RBracket) {
    this.ungetToken(rBracket);
    if (index.type !== 'ErrorExpressionAst')
      this.reportIncompleteInput(this.after(index), 'MissingEndSquareBracket');
    rBracket = null;
  }
  return this.node({
    type: 'IndexExpressionAst',
    extent: this.extentOf(primary, rBracket ?? index),
    parent: null,
    target: primary,
    index,
    nullConditional: lBracket.kind === TokenKind.QuestionLBracket,
  });
}
