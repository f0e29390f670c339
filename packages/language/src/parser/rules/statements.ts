// Statements: dispatch on the first token, labels, flow statements (break/continue/return/throw/exit), if, switch.
import type { Extent } from '../../ast/extent.js';
import type { Ast } from '../../ast/ast.js';
import type { StatementBlockAst, AttributeBaseAst } from '../../ast/blocks.js';
import type { StatementAst, PipelineBaseAst, PipelineAst } from '../../ast/nodes.js';
import { SwitchFlags } from '../../ast/nodes.js';
import type { CommandExpressionAst } from '../../ast/commands.js';
import type { ExpressionAst, StringConstantExpressionAst } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import { TokenFlags } from '../../tokenizer/tokenFlags.js';
import { tokenKindText } from '../../tokenizer/tokenTraits.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import { Ctx, isSpecificParameter, fitted } from '../shared.js';
import type { Parser } from '../parser.js';

export function statementRule(this: Parser): StatementAst | null {
  this.enter();
  try {
    return this.statementRuleInner();
  } finally {
    this.leave();
  }
}

export function statementRuleInner(this: Parser): StatementAst | null {
  let restorePoint = 0;
  let token = this.nextToken();
  let attributes: AttributeBaseAst[] | null = null;
  if (token.kind === TokenKind.Generic && token.text.charCodeAt(0) === 91) {
    restorePoint = token.startOffset;
    this.resync(token);
    attributes = this.attributeListRule(false);
    token = this.nextToken();
    if (attributes !== null && attributes.length > 0) {
      if ((token.flags & TokenFlags.StatementDoesntSupportAttributes) !== 0) {
        // A cast, not attributes: the statement is an expression from the `[` on. (Scanning the first token again
        // would give the same bare word as the first time, which no statement keyword matches.)
        if (attributes.some((a) => a.type === 'TypeConstraintAst')) {
          this.resync(restorePoint);
          return this.pipelineChainRule();
        } else {
          const a0 = attributes[0] as AttributeBaseAst;
          this.reportError(a0.extent, 'UnexpectedAttribute', a0.typeName.fullName);
        }
      } else if ((token.flags & TokenFlags.Keyword) !== 0) {
        const typeOnly = attributes.find((a) => a.type !== 'AttributeAst');
        if (typeOnly)
          this.reportError(typeOnly.extent, 'TypeNotAllowedBeforeStatement', typeOnly.typeName.fullName);
      } else {
        this.resync(restorePoint);
        return this.pipelineChainRule();
      }
    }
  }
  switch (token.kind) {
    case TokenKind.If:
      return this.ifStatementRule(token);
    case TokenKind.Switch:
      return this.switchStatementRule(null, token);
    case TokenKind.Foreach:
      return this.foreachStatementRule(null, token);
    case TokenKind.For:
      return this.forStatementRule(null, token);
    case TokenKind.While:
      return this.whileStatementRule(null, token);
    case TokenKind.Do:
      return this.doWhileStatementRule(null, token);
    case TokenKind.Function:
    case TokenKind.Filter:
    case TokenKind.Workflow:
      return this.functionDeclarationRule(token);
    case TokenKind.Return:
      return this.flowStatement('ReturnStatementAst', token);
    case TokenKind.Throw:
      return this.flowStatement('ThrowStatementAst', token);
    case TokenKind.Exit:
      return this.flowStatement('ExitStatementAst', token);
    case TokenKind.Break:
      return this.breakOrContinueRule('BreakStatementAst', token);
    case TokenKind.Continue:
      return this.breakOrContinueRule('ContinueStatementAst', token);
    case TokenKind.Trap:
      return this.trapStatementRule(token);
    case TokenKind.Try:
      return this.tryStatementRule(token);
    case TokenKind.Data:
      return this.dataStatementRule(token);
    case TokenKind.Parallel:
    case TokenKind.Sequence:
      return this.blockStatementRule(token);
    case TokenKind.Configuration:
      return this.configurationStatementRule(token);
    case TokenKind.From:
    case TokenKind.Define:
    case TokenKind.Var:
      this.reportError(token.extent, 'ReservedKeywordNotAllowed', tokenKindText(token.kind));
      return this.errorStatement(token.extent);
    case TokenKind.Label:
      this.skipNewlines();
      return this.labeledStatementRule(token);
    case TokenKind.EndOfInput:
      if (attributes !== null) {
        this.resync(restorePoint);
        return this.pipelineChainRule();
      }
      this.ungetToken(token);
      return null;
    case TokenKind.Else:
    case TokenKind.ElseIf:
    case TokenKind.Catch:
    case TokenKind.Until:
      if (this.errors.length > 0) {
        this.skipNewlines();
        return this.statementRule();
      }
      break;
    case TokenKind.Class:
      return this.classDefinitionRule(attributes, token);
    case TokenKind.Enum:
      return this.enumDefinitionRule(attributes, token);
    case TokenKind.Using: {
      const statement = this.usingStatementRule(token);
      this.reportError(statement.extent, 'UsingMustBeAtStartOfScript');
      return statement;
    }
  }
  if (attributes !== null) this.resync(restorePoint);
  else this.ungetToken(token);
  return this.pipelineChainRule();
}

export function simpleNameRule(this: Parser): StringConstantExpressionAst | null {
  let token: ScannedToken;
  try {
    this.tokenizer.wantSimpleName = true;
    token = this.peekToken();
  } finally {
    this.tokenizer.wantSimpleName = false;
  }
  if (token.kind === TokenKind.Identifier) {
    token.flags |= TokenFlags.MemberName;
    this.skipToken();
    return this.bareWord(token.extent, token.text);
  }
  return null;
}

export function labelOrKeyRule(this: Parser): ExpressionAst | null {
  const simpleName = this.simpleNameRule();
  if (simpleName !== null) return simpleName;
  const token = this.peekToken();
  if (token.kind !== TokenKind.NewLine && token.kind !== TokenKind.Semi) {
    const old = this.disableCommaOperator;
    try {
      this.disableCommaOperator = true;
      return this.unaryExpressionRule();
    } finally {
      this.disableCommaOperator = old;
    }
  }
  return null;
}

export function breakOrContinueRule(
  this: Parser,
  type: 'BreakStatementAst' | 'ContinueStatementAst',
  keyword: ScannedToken,
): StatementAst {
  const label = this.labelOrKeyRule();
  const extent = label !== null ? this.extentOf(keyword, label) : keyword.extent;
  return this.node({ type, extent, parent: null, label } as StatementAst);
}

export function flowStatement(
  this: Parser,
  type: 'ReturnStatementAst' | 'ThrowStatementAst' | 'ExitStatementAst',
  keyword: ScannedToken,
): StatementAst {
  const pipeline = this.pipelineChainRule();
  const extent = pipeline !== null ? this.extentOf(keyword, pipeline) : keyword.extent;
  if (type === 'ThrowStatementAst') {
    return this.node({
      type,
      extent,
      parent: null,
      pipeline,
      isRethrow: pipeline === null && this.inCatch > 0,
    });
  }
  return this.node({ type, extent, parent: null, pipeline } as StatementAst);
}

export function labeledStatementRule(this: Parser, label: ScannedToken): StatementAst | null {
  const token = this.nextToken();
  switch (token.kind) {
    case TokenKind.Switch:
      return this.switchStatementRule(label, token);
    case TokenKind.Foreach:
      return this.foreachStatementRule(label, token);
    case TokenKind.For:
      return this.forStatementRule(label, token);
    case TokenKind.While:
      return this.whileStatementRule(label, token);
    case TokenKind.Do:
      return this.doWhileStatementRule(label, token);
    default:
      this.resync(label);
      return this.pipelineChainRule();
  }
}

export function ifStatementRule(this: Parser, ifToken: ScannedToken): StatementAst {
  const clauses: (readonly [PipelineBaseAst, StatementBlockAst])[] = [];
  const components: Ast[] = [];
  let elseClause: StatementBlockAst | null = null;
  let keyword = ifToken;
  for (;;) {
    this.skipNewlines();
    const lParen = this.nextToken();
    if (lParen.kind !== TokenKind.LParen) {
      this.ungetToken(lParen);
      this.reportIncompleteInput(this.after(keyword), 'MissingOpenParenthesisInIfStatement', keyword.text);
      return this.errorStatement(this.extentOf(ifToken, keyword), components, TokenKind.If);
    }
    this.skipNewlines();
    let condition = this.pipelineChainRule();
    if (condition === null) {
      const at = this.after(lParen);
      this.reportIncompleteInput(at, 'IfStatementMissingCondition', keyword.text);
      condition = this.errorStatement(at);
    } else components.push(condition);
    this.skipNewlines();
    const rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      if (condition.type !== 'ErrorStatementAst') {
        this.reportIncompleteInput(rParen.extent, 'MissingEndParenthesisAfterStatement', keyword.text);
      }
      return this.errorStatement(this.extentOf(ifToken, this.before(rParen)), components, TokenKind.If);
    }
    this.skipNewlines();
    const body = this.statementBlockRule();
    if (body === null) {
      this.reportIncompleteInput(rParen.extent, 'MissingStatementBlock', keyword.text);
      return this.errorStatement(this.extentOf(ifToken, rParen), components, TokenKind.If);
    }
    components.push(body);
    clauses.push([condition, body]);
    // Most bodies are followed by a statement that is plainly not `else`/`elseif`: no tokens to scan and drop.
    if (this.ungot === null && this.tokenizer.nextWordCannotBeElse()) break;
    const restore = this.restorePoint();
    this.skipNewlines();
    keyword = this.peekToken();
    if (keyword.kind === TokenKind.ElseIf) {
      this.skipToken();
      continue;
    }
    if (keyword.kind === TokenKind.Else) {
      this.skipToken();
      this.skipNewlines();
      elseClause = this.statementBlockRule();
      if (elseClause === null) {
        this.reportIncompleteInput(this.after(keyword), 'MissingStatementBlockAfterElse');
        return this.errorStatement(this.extentOf(ifToken, keyword), components, TokenKind.If);
      }
    } else this.resync(restore);
    break;
  }
  const end = elseClause ?? (clauses[clauses.length - 1] as readonly [PipelineBaseAst, StatementBlockAst])[1];
  return this.node({
    type: 'IfStatementAst',
    extent: this.extentOf(ifToken, end),
    parent: null,
    clauses: fitted(clauses),
    elseClause,
  });
}

export function switchStatementRule(
  this: Parser,
  label: ScannedToken | null,
  switchToken: ScannedToken,
): StatementAst {
  const startExtent = (label ?? switchToken).extent;
  let endError: Extent = startExtent;
  let isError = false;
  let isIncompleteError = false;
  this.skipNewlines();
  let condition: PipelineBaseAst | null = null;
  let flags = SwitchFlags.None as number;
  let param = this.peekToken();
  while (param.kind === TokenKind.Parameter) {
    this.skipToken();
    endError = param.extent;
    if (isSpecificParameter(param, 'regex')) flags = (flags | SwitchFlags.Regex) & ~SwitchFlags.Wildcard;
    else if (isSpecificParameter(param, 'wildcard'))
      flags = (flags | SwitchFlags.Wildcard) & ~SwitchFlags.Regex;
    else if (isSpecificParameter(param, 'exact')) flags &= ~(SwitchFlags.Regex | SwitchFlags.Wildcard);
    else if (isSpecificParameter(param, 'casesensitive')) flags |= SwitchFlags.CaseSensitive;
    else if (isSpecificParameter(param, 'parallel')) flags |= SwitchFlags.Parallel;
    else if (isSpecificParameter(param, 'file')) {
      flags |= SwitchFlags.File;
      this.skipNewlines();
      const fileName = this.getSingleCommandArgument(Ctx.FileName);
      if (fileName === null) {
        isError = true;
        isIncompleteError = this.reportIncompleteInput(this.after(param), 'MissingFilenameOption');
      } else {
        endError = fileName.extent;
        condition = this.pipelineOf(fileName);
      }
    } else {
      isError = true;
      this.reportError(param.extent, 'InvalidSwitchFlag', param.name ?? '');
    }
    param = this.peekToken();
  }
  let needErrorCondition = false;
  const lParen = this.peekToken();
  if (lParen.kind === TokenKind.LParen) {
    needErrorCondition = true;
    endError = lParen.extent;
    this.skipToken();
    if ((flags & SwitchFlags.File) !== 0) {
      isError = true;
      this.reportError(lParen.extent, 'PipelineValueRequired');
    }
    this.skipNewlines();
    condition = this.pipelineChainRule();
    if (condition === null) {
      isError = true;
      isIncompleteError = this.reportIncompleteInput(this.after(lParen), 'PipelineValueRequired');
    } else endError = condition.extent;
    this.skipNewlines();
    const rParen = this.nextToken();
    if (rParen.kind !== TokenKind.RParen) {
      this.ungetToken(rParen);
      if (!isIncompleteError) {
        isError = true;
        isIncompleteError = this.reportIncompleteInput(
          this.after(endError),
          'MissingEndParenthesisInSwitchStatement',
        );
      }
    } else endError = rParen.extent;
  } else if (condition === null && (flags & SwitchFlags.File) === 0) {
    isError = true;
    isIncompleteError = this.reportIncompleteInput(this.after(endError), 'PipelineValueRequired');
  }
  this.skipNewlines();
  const lCurly = this.nextToken();
  let defaultClause: StatementBlockAst | null = null;
  const clauses: (readonly [ExpressionAst, StatementBlockAst])[] = [];
  const errorAsts: Ast[] = [];
  let rCurly: ScannedToken | null = null;
  if (lCurly.kind !== TokenKind.LCurly) {
    this.ungetToken(lCurly);
    if (!isIncompleteError) {
      isError = true;
      this.reportIncompleteInput(this.after(endError), 'MissingCurlyBraceInSwitchStatement');
    }
  } else {
    endError = lCurly.extent;
    this.skipNewlines();
    for (;;) {
      let token = this.peekToken();
      const isDefault = token.kind === TokenKind.Default;
      let clauseCondition: ExpressionAst | null;
      if (isDefault) {
        this.skipToken();
        clauseCondition = this.bareWord(token.extent, token.text);
      } else {
        clauseCondition = this.getSingleCommandArgument(Ctx.SwitchCondition);
        if (clauseCondition === null) {
          isError = true;
          this.reportIncompleteInput(this.after(endError), 'MissingSwitchConditionExpression');
          if (this.peekToken().kind === TokenKind.RCurly) this.skipToken();
          break;
        }
      }
      errorAsts.push(clauseCondition);
      endError = clauseCondition.extent;
      const body = this.statementBlockRule();
      if (body === null) {
        isError = true;
        isIncompleteError = this.reportIncompleteInput(this.after(endError), 'MissingSwitchStatementClause');
      } else {
        errorAsts.push(body);
        endError = body.extent;
        if (isDefault) {
          if (defaultClause !== null) {
            isError = true;
            this.reportError(clauseCondition.extent, 'MultipleSwitchDefaultClauses');
          }
          defaultClause = body;
        } else clauses.push([clauseCondition, body]);
      }
      this.skipNewlinesAndSemicolons();
      token = this.peekToken();
      if (token.kind === TokenKind.RCurly) {
        rCurly = token;
        this.skipToken();
        break;
      }
      if (token.kind === TokenKind.EndOfInput) {
        if (!isIncompleteError) {
          isError = true;
          this.reportIncompleteInputAt(lCurly.extent, token.extent, 'MissingEndCurlyBrace');
        }
        break;
      }
    }
  }
  if (isError || rCurly === null || condition === null) {
    return this.errorStatement(
      this.extentOf(startExtent, endError),
      [needErrorCondition ? condition : null, ...errorAsts],
      TokenKind.Switch,
    );
  }
  return this.node({
    type: 'SwitchStatementAst',
    extent: this.extentOf(startExtent, rCurly),
    parent: null,
    label: label?.name ?? null,
    condition,
    flags,
    clauses: fitted(clauses),
    default: defaultClause,
  });
}

export function pipelineOf(this: Parser, expr: ExpressionAst): PipelineAst {
  const command: CommandExpressionAst = this.node({
    type: 'CommandExpressionAst',
    extent: expr.extent,
    parent: null,
    expression: expr,
    redirections: [],
  });
  return this.node({
    type: 'PipelineAst',
    extent: expr.extent,
    parent: null,
    pipelineElements: [command],
    background: false,
  });
}
