// Pipelines: `&&`/`||` chains, assignments, pipeline elements, redirections.
import type { PipelineBaseAst, PipelineAst, PipelineChainAst } from '../../ast/nodes.js';
import type { CommandBaseAst, RedirectionAst, RedirectionStream } from '../../ast/commands.js';
import type { ExpressionAst } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import { TokenFlags } from '../../tokenizer/tokenFlags.js';
import { tokenKindText } from '../../tokenizer/tokenTraits.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import { formatDiagnostic, type DiagnosticId } from '../../diagnostics/index.js';
import { Ctx, definedOnly, fitted } from '../shared.js';
import type { Parser } from '../parser.js';

export function pipelineChainRule(this: Parser): PipelineBaseAst | null {
  this.enter();
  try {
    return this.pipelineChainRuleInner();
  } finally {
    this.leave();
  }
}

export function pipelineChainRuleInner(this: Parser): PipelineBaseAst | null {
  let assignToken: ScannedToken | null = null;
  let expr: ExpressionAst | null;
  if (this.commandNameAhead()) expr = null;
  else {
    const oldMode = this.tokenizer.mode;
    try {
      this.setTokenizerMode('Expression');
      expr = this.expressionRule();
      if (expr !== null) {
        const token = this.peekToken();
        if ((token.flags & TokenFlags.AssignmentOperator) !== 0) {
          this.skipToken();
          assignToken = token;
        }
      }
    } finally {
      this.setTokenizerMode(oldMode);
    }
  }
  if (expr !== null && assignToken !== null) {
    this.skipNewlines();
    let statement = this.statementRule();
    if (statement === null) {
      const at = this.after(assignToken);
      this.reportIncompleteInput(at, 'ExpectedValueExpression', tokenKindText(assignToken.kind));
      statement = this.errorStatement(at);
    }
    return this.node({
      type: 'AssignmentStatementAst',
      extent: this.extentOf(expr, statement),
      parent: null,
      left: expr,
      operator: assignToken.kind,
      right: statement,
      errorPosition: assignToken.extent,
    });
  }
  let startExpression = expr;
  let chain: PipelineAst | PipelineChainAst | null = null;
  let chainOperator: ScannedToken | null = null;
  let background = false;
  for (;;) {
    let nextPipeline: PipelineAst | null;
    let firstPipelineToken: ScannedToken | null = null;
    if (startExpression !== null) {
      nextPipeline = this.pipelineRule(startExpression);
      startExpression = null;
    } else {
      firstPipelineToken = this.peekToken();
      nextPipeline = this.pipelineRule(null);
    }
    if (nextPipeline === null) {
      if (chainOperator === null || chain === null) return null;
      const ft = firstPipelineToken as ScannedToken;
      if (ft.kind === TokenKind.EndOfInput) {
        this.reportIncompleteInput(
          this.after(chainOperator),
          'EmptyPipelineChainElement',
          chainOperator.text,
        );
      } else if (ft.kind !== TokenKind.Dot && ft.kind !== TokenKind.Ampersand) {
        this.reportError(this.extentOf(chainOperator, ft), 'EmptyPipelineChainElement', chainOperator.text);
      }
      return this.errorStatement(this.extentOf(chain, chainOperator), [chain]);
    }
    let next = this.peekToken();
    if (next.kind === TokenKind.AndAnd || next.kind === TokenKind.OrOr) {
      this.skipToken();
      this.skipNewlines();
    } else {
      if (next.kind === TokenKind.Ampersand) {
        this.skipToken();
        const after = this.peekToken();
        if (after.kind === TokenKind.AndAnd || after.kind === TokenKind.OrOr) {
          this.skipToken();
          this.reportError(after.extent, 'BackgroundOperatorInPipelineChain');
          return this.errorStatement(this.extentOf(chain ?? nextPipeline, after));
        }
        background = true;
      }
      if (chain === null) {
        if (background) return this.node({ ...nextPipeline, background: true });
        return nextPipeline;
      }
      return this.node({
        type: 'PipelineChainAst',
        extent: this.extentOf(chain, nextPipeline),
        parent: null,
        lhsPipelineChain: chain,
        rhsPipeline: nextPipeline,
        operator: (chainOperator as ScannedToken).kind as 'AndAnd' | 'OrOr',
        background,
      });
    }
    chain =
      chain === null
        ? nextPipeline
        : this.node({
            type: 'PipelineChainAst',
            extent: this.extentOf(chain, nextPipeline),
            parent: null,
            lhsPipelineChain: chain,
            rhsPipeline: nextPipeline,
            operator: (chainOperator as ScannedToken).kind as 'AndAnd' | 'OrOr',
            background: false,
          });
    chainOperator = next;
    next = this.peekToken();
    if (next.kind === TokenKind.EndOfInput) {
      this.reportIncompleteInput(this.after(chainOperator), 'EmptyPipelineChainElement', chainOperator.text);
      return chain;
    }
  }
}

export function pipelineRule(this: Parser, startExpression: ExpressionAst | null): PipelineAst | null {
  const elements: CommandBaseAst[] = [];
  let nextToken: ScannedToken | null = null;
  let scanning = true;
  let expr = startExpression;
  while (scanning) {
    let command: CommandBaseAst | null;
    if (expr === null && !this.commandNameAhead()) {
      const old = this.tokenizer.mode;
      try {
        this.setTokenizerMode('Expression');
        expr = this.expressionRule();
      } finally {
        this.setTokenizerMode(old);
      }
    }
    if (expr !== null) {
      if (elements.length > 0) this.reportError(expr.extent, 'ExpressionsMustBeFirstInPipeline');
      const redirections: (RedirectionAst | undefined)[] = [];
      let last: RedirectionAst | null = null;
      let redirection = this.peekToken();
      while (redirection.kind === TokenKind.Redirection || redirection.kind === TokenKind.RedirectInStd) {
        this.skipToken();
        last = this.redirectionRule(redirection, redirections) ?? last;
        redirection = this.peekToken();
      }
      command = this.node({
        type: 'CommandExpressionAst',
        extent: last !== null ? this.extentOf(expr, last) : expr.extent,
        parent: null,
        expression: expr,
        redirections: definedOnly(redirections),
      });
    } else command = this.commandRule();
    if (command !== null) elements.push(command);
    else if (elements.length > 0 || this.peekToken().kind === TokenKind.Pipe) {
      const at = nextToken !== null ? this.after(nextToken) : this.peekToken().extent;
      this.reportIncompleteInput(at, 'EmptyPipeElement');
    }
    expr = null;
    nextToken = this.peekToken();
    if (nextToken.kind === TokenKind.NewLine && this.tokenizer.isPipeContinuation(nextToken.endOffset)) {
      this.skipNewlines();
      nextToken = this.peekToken();
    }
    switch (nextToken.kind) {
      case TokenKind.Semi:
      case TokenKind.NewLine:
      case TokenKind.RParen:
      case TokenKind.RCurly:
      case TokenKind.EndOfInput:
      case TokenKind.AndAnd:
      case TokenKind.OrOr:
      case TokenKind.Ampersand:
        scanning = false;
        break;
      case TokenKind.Pipe:
        this.skipToken();
        this.skipNewlines();
        if (this.peekToken().kind === TokenKind.EndOfInput) {
          scanning = false;
          this.reportIncompleteInput(this.after(nextToken), 'EmptyPipeElement');
        }
        break;
      default:
        this.reportError(nextToken.extent, 'UnexpectedToken', nextToken.text);
        scanning = false;
        break;
    }
  }
  if (elements.length === 0) return null;
  const first = elements[0] as CommandBaseAst;
  const lastElement = elements[elements.length - 1] as CommandBaseAst;
  return this.node({
    type: 'PipelineAst',
    extent: this.extentOf(first, lastElement),
    parent: null,
    pipelineElements: fitted(elements),
    background: false,
  });
}

export function redirectionRule(
  this: Parser,
  token: ScannedToken,
  redirections: (RedirectionAst | undefined)[],
): RedirectionAst | null {
  let result: RedirectionAst;
  if (token.kind === TokenKind.RedirectInStd || token.toStream === undefined) {
    let fileName = this.getSingleCommandArgument(Ctx.FileName);
    if (fileName === null) {
      this.reportError(this.after(token), 'MissingFileSpecification');
      fileName = this.errorExpression(token.extent);
    }
    if (token.kind === TokenKind.RedirectInStd) {
      this.reportError(token.extent, 'RedirectionNotSupported', token.text);
      return null;
    }
    result = this.node({
      type: 'FileRedirectionAst',
      extent: this.extentOf(token, fileName),
      parent: null,
      fromStream: token.fromStream ?? 'Output',
      location: fileName,
      append: token.append ?? false,
    });
  } else {
    const from = token.fromStream ?? 'Output';
    let to = token.toStream;
    if (to !== 'Output') {
      this.reportError(token.extent, 'RedirectionNotSupported', token.text);
      to = 'Output';
    } else if (from === to) this.reportError(token.extent, 'RedirectionNotSupported', token.text);
    result = this.node({
      type: 'MergingRedirectionAst',
      extent: token.extent,
      parent: null,
      fromStream: from,
      toStream: to,
    });
  }
  const slot = ['All', 'Output', 'Error', 'Warning', 'Verbose', 'Debug', 'Information'].indexOf(
    result.fromStream,
  );
  if (redirections[slot] === undefined) redirections[slot] = result;
  else {
    const streamText: Record<RedirectionStream, DiagnosticId> = {
      All: 'AllStream',
      Output: 'OutputStream',
      Error: 'ErrorStream',
      Warning: 'WarningStream',
      Verbose: 'VerboseStream',
      Debug: 'DebugStream',
      Information: 'InformationStream',
    };
    this.reportError(
      result.extent,
      'StreamAlreadyRedirected',
      formatDiagnostic(streamText[result.fromStream]),
    );
  }
  return result;
}
