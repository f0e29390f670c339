// Exception handling statements: try/catch/finally and trap.
import type { Extent } from '../../ast/extent.js';
import type { Ast } from '../../ast/ast.js';
import type { StatementBlockAst, TypeConstraintAst } from '../../ast/blocks.js';
import type { StatementAst, CatchClauseAst } from '../../ast/nodes.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import type { Parser } from '../parser.js';
import { fitted } from '../shared.js';

export function trapStatementRule(this: Parser, trapToken: ScannedToken): StatementAst {
  const restore = this.restorePoint();
  this.skipNewlines();
  const type = this.attributeRule();
  const typeConstraint = type?.type === 'TypeConstraintAst' ? type : null;
  if (type !== null && typeConstraint === null) this.resync(restore);
  const body = this.statementBlockRule();
  if (body === null) {
    const end = (typeConstraint ?? trapToken).extent;
    this.reportIncompleteInput(this.after(end), 'MissingTrapStatement');
    return this.errorStatement(this.extentOf(trapToken, end), [typeConstraint], TokenKind.Trap);
  }
  return this.node({
    type: 'TrapStatementAst',
    extent: this.extentOf(trapToken, body),
    parent: null,
    trapType: typeConstraint,
    body,
  });
}

export function catchBlockRule(
  this: Parser,
  state: { endError: Extent | null; errorAsts: Ast[] },
): CatchClauseAst | null {
  this.skipNewlines();
  const catchToken = this.nextToken();
  if (catchToken.kind !== TokenKind.Catch) {
    this.ungetToken(catchToken);
    return null;
  }
  const types: TypeConstraintAst[] = [];
  let comma: ScannedToken | null = null;
  for (;;) {
    const restore = this.restorePoint();
    this.skipNewlines();
    const type = this.attributeRule();
    if (type === null) {
      if (comma !== null) {
        state.endError = comma.extent;
        this.reportIncompleteInput(this.after(comma), 'MissingTypeLiteralToken');
      }
      break;
    }
    if (type.type !== 'TypeConstraintAst') {
      this.resync(restore);
      break;
    }
    types.push(type);
    this.skipNewlines();
    comma = this.peekToken();
    if (comma.kind !== TokenKind.Comma) break;
    this.skipToken();
  }
  this.inCatch++;
  let handler: StatementBlockAst | null;
  try {
    handler = this.statementBlockRule();
  } finally {
    this.inCatch--;
  }
  if (handler === null) {
    // PowerShell compares the error extent with the comma's (the comma error above was reported): same offsets.
    const endError = state.endError;
    if (
      comma === null ||
      endError?.startOffset !== comma.startOffset ||
      endError.endOffset !== comma.endOffset
    ) {
      state.endError =
        types.length > 0 ? (types[types.length - 1] as TypeConstraintAst).extent : catchToken.extent;
      this.reportIncompleteInput(this.after(state.endError), 'MissingCatchHandlerBlock');
    }
    state.errorAsts.push(...types);
    return null;
  }
  return this.node({
    type: 'CatchClauseAst',
    extent: this.extentOf(catchToken, handler),
    parent: null,
    catchTypes: fitted(types),
    body: handler,
    isCatchAll: types.length === 0,
  });
}

export function tryStatementRule(this: Parser, tryToken: ScannedToken): StatementAst {
  this.skipNewlines();
  const body = this.statementBlockRule();
  if (body === null) {
    this.reportIncompleteInput(this.after(tryToken), 'MissingTryStatementBlock');
    return this.errorStatement(tryToken.extent, [], TokenKind.Try);
  }
  const state: { endError: Extent | null; errorAsts: Ast[] } = { endError: null, errorAsts: [] };
  const catches: CatchClauseAst[] = [];
  for (let c = this.catchBlockRule(state); c !== null; c = this.catchBlockRule(state)) catches.push(c);
  this.skipNewlines();
  const finallyToken = this.peekToken();
  let finallyBlock: StatementBlockAst | null = null;
  if (finallyToken.kind === TokenKind.Finally) {
    this.skipToken();
    finallyBlock = this.statementBlockRule();
    if (finallyBlock === null) {
      state.endError = finallyToken.extent;
      this.reportIncompleteInput(this.after(finallyToken), 'MissingFinallyStatementBlock', 'finally');
    }
  }
  if (catches.length === 0 && finallyBlock === null && state.endError === null) {
    state.endError = body.extent;
    this.reportIncompleteInput(this.after(body), 'MissingCatchOrFinally');
  }
  if (state.endError !== null) {
    return this.errorStatement(
      this.extentOf(tryToken, state.endError),
      [body, ...catches, ...state.errorAsts],
      TokenKind.Try,
    );
  }
  const end = finallyBlock ?? (catches[catches.length - 1] as CatchClauseAst);
  return this.node({
    type: 'TryStatementAst',
    extent: this.extentOf(tryToken, end),
    parent: null,
    body,
    catchClauses: fitted(catches),
    finally: finallyBlock,
  });
}
