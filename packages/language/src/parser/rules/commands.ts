// Commands: command names, arguments and parameters as PowerShell's command mode reads them.
import type { Extent } from '../../ast/extent.js';
import type { CommandAst, CommandElementAst, RedirectionAst } from '../../ast/commands.js';
import type { ExpressionAst } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import { TokenFlags } from '../../tokenizer/tokenFlags.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import { VerbatimArgument, Ctx, definedOnly, fitted } from '../shared.js';
import type { Parser } from '../parser.js';

export function getSingleCommandArgument(this: Parser, context: number): ExpressionAst | null {
  const peek = this.peekToken();
  if (peek.kind === TokenKind.Comma || peek.kind === TokenKind.EndOfInput) return null;
  const old = this.tokenizer.mode;
  try {
    this.setTokenizerMode('Command');
    return this.getCommandArgument(context, this.nextToken());
  } finally {
    this.setTokenizerMode(old);
  }
}

export function getCommandArgument(this: Parser, context: number, first: ScannedToken): ExpressionAst | null {
  let token = first;
  let exprAst: ExpressionAst;
  let commandArgs: ExpressionAst[] | null = null;
  let comma: ScannedToken | null = null;
  let foundVerbatim = false;
  for (;;) {
    switch (token.kind) {
      case TokenKind.Pipe:
      case TokenKind.RCurly:
      case TokenKind.RParen:
      case TokenKind.EndOfInput:
      case TokenKind.NewLine:
      case TokenKind.Semi:
      case TokenKind.Redirection:
      case TokenKind.RedirectInStd:
      case TokenKind.AndAnd:
      case TokenKind.OrOr:
      case TokenKind.Ampersand:
      case TokenKind.MinusMinus:
      case TokenKind.Comma:
        this.ungetToken(token);
        if (comma === null || commandArgs === null) return null;
        this.reportIncompleteInput(this.after(comma), 'MissingExpression', ',');
        return this.errorExpression(this.extentOf(commandArgs[0] as ExpressionAst, comma), commandArgs);
      case TokenKind.SplattedVariable:
      case TokenKind.Variable:
      case TokenKind.Number:
      case TokenKind.HereStringExpandable:
      case TokenKind.StringExpandable:
      case TokenKind.HereStringLiteral:
      case TokenKind.StringLiteral:
      case TokenKind.LParen:
      case TokenKind.DollarParen:
      case TokenKind.AtParen:
      case TokenKind.AtCurly:
      case TokenKind.LCurly:
        this.ungetToken(token);
        exprAst = this.primaryExpressionRule(true) as ExpressionAst;
        break;
      case TokenKind.Generic:
        if ((context & Ctx.CommandName) !== 0) token.flags |= TokenFlags.CommandName;
        if (token.nestedTokens !== undefined && context !== Ctx.CommandName) {
          exprAst = this.expandableString(token, 'BareWord');
        } else {
          const value = String(token.value ?? token.text);
          exprAst = this.bareWord(token.extent, value);
          if (value.toLowerCase() === VerbatimArgument) foundVerbatim = true;
        }
        break;
      default:
        exprAst = this.bareWord(token.extent, token.text);
        token.flags &= ~TokenFlags.Keyword;
        // PowerShell's SetIsCommandArgument: a keyword or operator used as an argument becomes Generic.
        if (
          (context & (Ctx.FileName | Ctx.CommandArgument | Ctx.SwitchCondition)) !== 0 &&
          token.kind !== TokenKind.Identifier
        ) {
          token.kind = TokenKind.Generic;
        }
        if ((context & Ctx.CommandName) !== 0) token.flags |= TokenFlags.CommandName;
        break;
    }
    if (context !== Ctx.CommandArgument || foundVerbatim) break;
    token = this.peekToken();
    if (token.kind !== TokenKind.Comma) break;
    comma = token;
    (commandArgs ??= []).push(exprAst);
    this.skipToken();
    this.skipNewlines();
    token = this.nextToken();
  }
  if (commandArgs !== null) {
    commandArgs.push(exprAst);
    return this.node({
      type: 'ArrayLiteralAst',
      extent: this.extentOf(commandArgs[0] as ExpressionAst, exprAst),
      parent: null,
      elements: commandArgs,
    });
  }
  return exprAst;
}

export function commandRule(this: Parser): CommandAst | null {
  const elements: CommandElementAst[] = [];
  const redirections: (RedirectionAst | undefined)[] = [];
  let sawDashDash = false;
  let dotSource = false;
  let ampersand = false;
  let firstToken: ScannedToken;
  let endExtent: Extent;
  const oldMode = this.tokenizer.mode;
  try {
    this.setTokenizerMode('Command');
    let token = this.nextToken();
    firstToken = token;
    endExtent = token.extent;
    let context: number = Ctx.CommandName;
    if (token.kind === TokenKind.Dot) {
      dotSource = true;
      token = this.nextToken();
      context = Ctx.CommandNameAfterInvocationOperator;
    } else if (token.kind === TokenKind.Ampersand) {
      ampersand = true;
      token = this.nextToken();
      context = Ctx.CommandNameAfterInvocationOperator;
    }
    let scanning = true;
    let foundVerbatim = false;
    while (scanning) {
      switch (token.kind) {
        case TokenKind.Pipe:
        case TokenKind.RCurly:
        case TokenKind.RParen:
        case TokenKind.EndOfInput:
        case TokenKind.NewLine:
        case TokenKind.Semi:
        case TokenKind.AndAnd:
        case TokenKind.OrOr:
        case TokenKind.Ampersand:
          this.ungetToken(token);
          scanning = false;
          continue;
        case TokenKind.MinusMinus:
          endExtent = token.extent;
          elements.push(
            sawDashDash
              ? this.bareWord(token.extent, token.text)
              : this.node({
                  type: 'CommandParameterAst',
                  extent: token.extent,
                  parent: null,
                  parameterName: '-',
                  argument: null,
                  errorPosition: token.extent,
                }),
          );
          sawDashDash = true;
          break;
        case TokenKind.Comma:
          endExtent = token.extent;
          this.reportError(token.extent, 'MissingArgument');
          this.skipNewlines();
          break;
        case TokenKind.Parameter: {
          if ((context & Ctx.CommandName) !== 0 || sawDashDash) {
            endExtent = token.extent;
            token.flags |= TokenFlags.CommandName;
            elements.push(this.bareWord(token.extent, token.text));
            break;
          }
          let argument: ExpressionAst | null = null;
          let extent: Extent = token.extent;
          if (token.usedColon === true && this.peekToken().kind !== TokenKind.Comma) {
            argument = this.getCommandArgument(Ctx.CommandArgument, this.nextToken());
            if (argument === null)
              this.reportError(this.after(token), 'ParameterRequiresArgument', token.text);
            else extent = this.extentOf(token, argument);
          }
          endExtent = extent;
          elements.push(
            this.node({
              type: 'CommandParameterAst',
              extent,
              parent: null,
              parameterName: token.name ?? '',
              argument,
              errorPosition: token.extent,
            }),
          );
          break;
        }
        case TokenKind.Redirection:
        case TokenKind.RedirectInStd:
          if ((context & Ctx.CommandName) === 0) {
            const r = this.redirectionRule(token, redirections);
            endExtent = r?.extent ?? token.extent;
          } else {
            endExtent = token.extent;
            elements.push(this.bareWord(token.extent, token.text));
          }
          break;
        default: {
          const ast = this.getCommandArgument(context, token) as ExpressionAst;
          if (token.kind === TokenKind.Generic && String(token.value).toLowerCase() === VerbatimArgument) {
            elements.push(ast);
            endExtent = ast.extent;
            this.ungot = null;
            const verbatim = this.tokenizer.getVerbatimCommandArgument();
            if (verbatim !== null) {
              foundVerbatim = true;
              scanning = false;
              const arg = this.bareWord(verbatim.extent, String(verbatim.value));
              elements.push(arg);
              endExtent = arg.extent;
            }
            break;
          }
          endExtent = ast.extent;
          elements.push(ast);
          break;
        }
      }
      if (!foundVerbatim) {
        context = Ctx.CommandArgument;
        token = this.nextToken();
      }
    }
  } finally {
    this.setTokenizerMode(oldMode);
  }
  if (elements.length === 0) {
    if (dotSource || ampersand) this.reportError(firstToken.extent, 'MissingExpression', firstToken.text);
    return null;
  }
  return this.node({
    type: 'CommandAst',
    extent: this.extentOf(firstToken, endExtent),
    parent: null,
    commandElements: fitted(elements),
    invocationOperator: dotSource ? 'Dot' : ampersand ? 'Ampersand' : 'Unknown',
    redirections: definedOnly(redirections),
  });
}
