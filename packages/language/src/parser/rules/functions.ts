// Function and filter definitions (`function f($a) { }`).
import type { Extent } from '../../ast/extent.js';
import type { ParameterAst } from '../../ast/blocks.js';
import type { StatementAst } from '../../ast/nodes.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import { TokenFlags } from '../../tokenizer/tokenFlags.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import type { Parser } from '../parser.js';

export function functionDeclarationRule(this: Parser, functionToken: ScannedToken): StatementAst {
  this.skipNewlines();
  const nameToken = this.nextToken();
  switch (nameToken.kind) {
    case TokenKind.Pipe:
    case TokenKind.LParen:
    case TokenKind.LCurly:
    case TokenKind.AtParen:
    case TokenKind.AtCurly:
    case TokenKind.RCurly:
    case TokenKind.RParen:
    case TokenKind.EndOfInput:
    case TokenKind.Semi:
    case TokenKind.Redirection:
    case TokenKind.RedirectInStd:
    case TokenKind.AndAnd:
    case TokenKind.OrOr:
    case TokenKind.Ampersand:
    case TokenKind.Variable:
    case TokenKind.SplattedVariable:
    case TokenKind.HereStringExpandable:
    case TokenKind.HereStringLiteral:
    case TokenKind.StringLiteral:
    case TokenKind.StringExpandable:
      this.ungetToken(nameToken);
      this.reportIncompleteInput(this.after(functionToken), 'MissingNameAfterKeyword', functionToken.text);
      return this.errorStatement(functionToken.extent, [], functionToken.kind);
  }
  nameToken.flags &= ~TokenFlags.Keyword;
  const { parameters, endError: paramError, rParen } = this.functionParameterDeclarationRule();
  let endError = paramError;
  const lCurly = this.nextToken();
  if (lCurly.kind !== TokenKind.LCurly) {
    this.ungetToken(lCurly);
    if (endError === null) {
      endError = (rParen ?? nameToken).extent;
      this.reportIncompleteInput(this.after(endError), 'MissingFunctionBody');
    }
  }
  if (endError !== null)
    return this.errorStatement(this.extentOf(functionToken, endError), parameters ?? [], functionToken.kind);
  const isFilter = functionToken.kind === TokenKind.Filter;
  const body = this.scriptBlockRule(lCurly, isFilter);
  const name = nameToken.kind === TokenKind.Generic ? String(nameToken.value) : nameToken.text;
  return this.node({
    type: 'FunctionDefinitionAst',
    extent: this.extentOf(functionToken, body),
    parent: null,
    isFilter,
    isWorkflow: functionToken.kind === TokenKind.Workflow,
    name,
    parameters,
    body,
  });
}

export function functionParameterDeclarationRule(this: Parser): {
  parameters: ParameterAst[] | null;
  endError: Extent | null;
  rParen: ScannedToken | null;
} {
  let parameters: ParameterAst[] | null = null;
  let endError: Extent | null = null;
  let rParen: ScannedToken | null = null;
  this.skipNewlines();
  const lParen = this.peekToken();
  if (lParen.kind === TokenKind.LParen) {
    this.skipToken();
    parameters = this.parameterListRule();
    this.skipNewlines();
    rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      rParen = null;
      endError =
        parameters.length > 0 ? (parameters[parameters.length - 1] as ParameterAst).extent : lParen.extent;
      this.reportIncompleteInput(this.after(endError), 'MissingEndParenthesisInFunctionParameterList');
    }
    this.skipNewlines();
  }
  return { parameters, endError, rParen };
}
