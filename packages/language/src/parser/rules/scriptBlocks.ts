// Script blocks: the script / `{ }` body, using statements, param blocks, named blocks, statement lists.
import type { Extent } from '../../ast/extent.js';
import type {
  ScriptBlockAst,
  NamedBlockAst,
  NamedBlockKind,
  StatementBlockAst,
  ParamBlockAst,
  ParameterAst,
  AttributeAst,
  AttributeBaseAst,
} from '../../ast/blocks.js';
import type { StatementAst, UsingStatementAst, TrapStatementAst } from '../../ast/nodes.js';
import type { ExpressionAst } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import { TokenFlags } from '../../tokenizer/tokenFlags.js';
import { tokenKindText } from '../../tokenizer/tokenTraits.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import type { Parser } from '../parser.js';
import { fitted } from '../shared.js';

/** The whole script (lCurly null) or the body of `{ ... }`. */
export function scriptBlockRule(
  this: Parser,
  lCurly: ScannedToken | null,
  isFilter: boolean,
): ScriptBlockAst {
  this.skipNewlines();
  const usingStatements = lCurly === null ? this.usingStatementsRule() : fitted([]);
  const paramBlock = this.paramBlockRule(this.restorePoint());
  this.skipNewlinesAndSemicolons();
  return this.scriptBlockBodyRule(lCurly, usingStatements, paramBlock, isFilter);
}

export function usingStatementsRule(this: Parser): UsingStatementAst[] {
  const result: UsingStatementAst[] = [];
  for (;;) {
    const token = this.peekToken();
    if (token.kind !== TokenKind.Using) {
      // The token stays peeked (the statements that follow read it in the same mode), unless it may open an
      // attribute: attributes are read from the characters, with nothing peeked.
      if (this.source.text.charCodeAt(token.startOffset) === 91) this.resync(token);
      return result;
    }
    this.skipToken();
    const statement = this.usingStatementRule(token);
    this.skipNewlinesAndSemicolons();
    if (statement.type === 'UsingStatementAst') result.push(statement);
  }
}

/**
 * A param block, else null with the parser back at `restore`. When only newlines came before the first token that is
 * not `param`, the parser stays where it is, that token peeked: scanning from `restore` again would give the same
 * tokens (most script blocks have no param block).
 */
export function paramBlockRule(this: Parser, restore: number): ParamBlockAst | null {
  this.skipNewlines();
  const candidateAttributes = this.attributeListRule(false);
  this.skipNewlines();
  const paramToken = this.peekToken();
  if (paramToken.kind !== TokenKind.Param) {
    if (candidateAttributes !== null) this.resync(restore);
    return null;
  }
  this.skipToken();
  this.skipNewlines();
  const lParen = this.nextToken();
  if (lParen.kind !== TokenKind.LParen) {
    this.resync(restore);
    return null;
  }
  const parameters = this.parameterListRule();
  this.skipNewlines();
  const rParen = this.nextToken();
  let endExtent: Extent = rParen.extent;
  if (rParen.kind !== TokenKind.RParen) {
    this.ungetToken(rParen);
    endExtent = this.before(rParen);
    const last = parameters.length > 0 ? (parameters[parameters.length - 1] as ParameterAst) : lParen;
    this.reportIncompleteInput(this.after(last), 'MissingEndParenthesisInFunctionParameterList');
  }
  const attributes: AttributeAst[] = [];
  for (const attr of candidateAttributes ?? []) {
    if (attr.type === 'AttributeAst') attributes.push(attr);
    else this.reportError(attr.extent, 'TypeNotAllowedBeforeParam', attr.typeName.fullName);
  }
  // As in PowerShell, the extent starts at `param`; the attributes before it are still part of the block.
  return this.node({
    type: 'ParamBlockAst',
    extent: this.extentOf(paramToken, endExtent),
    parent: null,
    attributes: fitted(attributes),
    parameters,
  });
}

export function parameterListRule(this: Parser): ParameterAst[] {
  const parameters: ParameterAst[] = [];
  let comma: ScannedToken | null = null;
  for (;;) {
    const parameter = this.parameterRule();
    if (parameter === null) {
      if (comma !== null) this.reportIncompleteInput(this.after(comma), 'MissingExpressionAfterToken', ',');
      break;
    }
    parameters.push(parameter);
    this.skipNewlines();
    comma = this.peekToken();
    if (comma.kind !== TokenKind.Comma) break;
    this.skipToken();
  }
  return fitted(parameters);
}

export function parameterRule(this: Parser): ParameterAst | null {
  const oldDisable = this.disableCommaOperator;
  const oldMode = this.tokenizer.mode;
  let attributes: AttributeBaseAst[] | null;
  let variableToken: ScannedToken;
  let defaultValue: ExpressionAst | null = null;
  try {
    this.disableCommaOperator = true;
    this.setTokenizerMode('Expression');
    this.skipNewlines();
    attributes = this.attributeListRule(false);
    this.skipNewlines();
    const token = this.nextToken();
    if (token.kind !== TokenKind.Variable && token.kind !== TokenKind.SplattedVariable) {
      this.ungetToken(token);
      if (attributes !== null) {
        const last = attributes[attributes.length - 1] as AttributeBaseAst;
        this.reportIncompleteInput(this.after(last), 'InvalidFunctionParameter');
        this.syncOnError(true, TokenKind.RParen);
        const extent = this.extentOf(attributes[0] as AttributeBaseAst, last);
        return this.node({
          type: 'ParameterAst',
          extent,
          parent: null,
          name: this.variableFromPath(extent, '__error__', false),
          attributes,
          defaultValue: null,
        });
      }
      return null;
    }
    variableToken = token;
    this.skipNewlines();
    const equals = this.peekToken();
    if (equals.kind === TokenKind.Equals) {
      this.skipToken();
      this.skipNewlines();
      defaultValue = this.expressionRule();
      if (defaultValue === null)
        this.reportIncompleteInput(this.after(equals), 'MissingExpressionAfterToken', '=');
    }
  } finally {
    this.disableCommaOperator = oldDisable;
    this.setTokenizerMode(oldMode);
  }
  const start = attributes === null ? variableToken.extent : (attributes[0] as AttributeBaseAst).extent;
  const end = defaultValue === null ? variableToken.extent : defaultValue.extent;
  return this.node({
    type: 'ParameterAst',
    extent: this.extentOf(start, end),
    parent: null,
    name: this.variableFromToken(variableToken),
    attributes: attributes ?? [],
    defaultValue,
  });
}

export function completeScriptBlockBody(
  this: Parser,
  lCurly: ScannedToken | null,
  bodyExtent: Extent | null,
): { ok: boolean; full: Extent } {
  if (lCurly !== null) {
    const rCurly = this.nextToken();
    let end: Extent;
    if (rCurly.kind !== TokenKind.RCurly) {
      this.ungetToken(rCurly);
      end = bodyExtent ?? lCurly.extent;
      this.reportIncompleteInputAt(lCurly.extent, rCurly.extent, 'MissingEndCurlyBrace');
    } else end = rCurly.extent;
    return { ok: true, full: this.extentOf(lCurly, end) };
  }
  const full = this.ext(0, this.source.text.length);
  const token = this.nextToken();
  if (token.kind !== TokenKind.EndOfInput) {
    this.reportError(token.extent, 'UnexpectedToken', token.text);
    return { ok: false, full };
  }
  return { ok: true, full };
}

export function scriptBlockBodyRule(
  this: Parser,
  lCurly: ScannedToken | null,
  usingStatements: UsingStatementAst[],
  paramBlock: ParamBlockAst | null,
  isFilter: boolean,
): ScriptBlockAst {
  const token = this.peekToken();
  if ((token.flags & TokenFlags.ScriptBlockBlockName) !== 0)
    return this.namedBlockListRule(lCurly, usingStatements, paramBlock);
  const statements: StatementAst[] = [];
  const traps: TrapStatementAst[] = [];
  let listExtent: Extent | null = paramBlock?.extent ?? null;
  let full: Extent;
  for (;;) {
    const extent = this.statementListRule(statements, traps);
    if (listExtent === null) listExtent = extent;
    else if (extent !== null) listExtent = this.extentOf(listExtent, extent);
    const r = this.completeScriptBlockBody(lCurly, listExtent);
    if (r.ok) {
      full = r.full;
      break;
    }
  }
  const block: NamedBlockAst = this.node({
    type: 'NamedBlockAst',
    extent: listExtent ?? this.emptyExtent(),
    parent: null,
    blockKind: isFilter ? 'Process' : 'End',
    unnamed: true,
    statements: fitted(statements),
    traps: fitted(traps),
  });
  return this.scriptBlock(full, usingStatements, paramBlock, {
    beginBlock: null,
    processBlock: isFilter ? block : null,
    endBlock: isFilter ? null : block,
    cleanBlock: null,
    dynamicParamBlock: null,
  });
}

export function scriptBlock(
  this: Parser,
  extent: Extent,
  usingStatements: UsingStatementAst[],
  paramBlock: ParamBlockAst | null,
  blocks: {
    beginBlock: NamedBlockAst | null;
    processBlock: NamedBlockAst | null;
    endBlock: NamedBlockAst | null;
    cleanBlock: NamedBlockAst | null;
    dynamicParamBlock: NamedBlockAst | null;
  },
): ScriptBlockAst {
  return this.node({
    type: 'ScriptBlockAst',
    extent,
    parent: null,
    paramBlock,
    beginBlock: blocks.beginBlock,
    processBlock: blocks.processBlock,
    endBlock: blocks.endBlock,
    cleanBlock: blocks.cleanBlock,
    dynamicParamBlock: blocks.dynamicParamBlock,
    usingStatements,
    attributes: [],
    scriptRequirements: null,
  });
}

export function namedBlockListRule(
  this: Parser,
  lCurly: ScannedToken | null,
  usingStatements: UsingStatementAst[],
  paramBlock: ParamBlockAst | null,
): ScriptBlockAst {
  const blocks = {
    beginBlock: null as NamedBlockAst | null,
    processBlock: null as NamedBlockAst | null,
    endBlock: null as NamedBlockAst | null,
    cleanBlock: null as NamedBlockAst | null,
    dynamicParamBlock: null as NamedBlockAst | null,
  };
  let startExtent: Extent | null = lCurly?.extent ?? paramBlock?.extent ?? null;
  let endExtent: Extent | null = null;
  for (;;) {
    const nameToken = this.nextToken();
    let kind: NamedBlockKind;
    switch (nameToken.kind) {
      case TokenKind.RCurly:
      case TokenKind.EndOfInput: {
        this.ungetToken(nameToken);
        const body =
          startExtent !== null && endExtent !== null ? this.extentOf(startExtent, endExtent) : null;
        const r = this.completeScriptBlockBody(lCurly, body);
        return this.scriptBlock(r.full, usingStatements, paramBlock, blocks);
      }
      case TokenKind.Dynamicparam:
        kind = 'Dynamicparam';
        break;
      case TokenKind.Begin:
        kind = 'Begin';
        break;
      case TokenKind.Process:
        kind = 'Process';
        break;
      case TokenKind.End:
        kind = 'End';
        break;
      case TokenKind.Clean:
        kind = 'Clean';
        break;
      default: {
        let full: Extent;
        if (lCurly !== null) {
          this.ungetToken(nameToken);
          full = this.extentOf(startExtent ?? lCurly, endExtent ?? lCurly);
        } else full = this.ext(0, this.source.text.length);
        this.reportError(nameToken.extent, 'MissingNamedBlocks', nameToken.text);

        return this.scriptBlock(full, usingStatements, paramBlock, blocks);
      }
    }
    startExtent ??= nameToken.extent;
    endExtent = nameToken.extent;
    let body = this.statementBlockRule();
    if (body === null) {
      this.reportIncompleteInput(
        this.after(nameToken),
        'MissingNamedStatementBlock',
        tokenKindText(nameToken.kind),
      );
      body = this.node({
        type: 'StatementBlockAst',
        extent: nameToken.extent,
        parent: null,
        statements: [],
        traps: [],
      });
    } else endExtent = body.extent;
    const extent = this.extentOf(nameToken, endExtent);
    const block: NamedBlockAst = this.node({
      type: 'NamedBlockAst',
      extent,
      parent: null,
      blockKind: kind,
      unnamed: false,
      statements: body.statements,
      traps: body.traps,
    });
    const slot =
      kind === 'Begin'
        ? 'beginBlock'
        : kind === 'Process'
          ? 'processBlock'
          : kind === 'End'
            ? 'endBlock'
            : kind === 'Clean'
              ? 'cleanBlock'
              : 'dynamicParamBlock';
    if (blocks[slot] === null) blocks[slot] = block;
    else this.reportError(extent, 'DuplicateScriptCommandClause', tokenKindText(nameToken.kind));
    this.skipNewlinesAndSemicolons();
  }
}

/** Scans whatever the grammar left unread, so the token list still covers the whole source. */
export function drainTokens(this: Parser): void {
  this.tokenizer.mode = 'Command';
  while (this.nextToken().kind !== TokenKind.EndOfInput) {
    /* the rest is already reported; keep its tokens */
  }
}

export function statementBlockRule(this: Parser): StatementBlockAst | null {
  this.skipNewlines();
  const lCurly = this.nextToken();
  if (lCurly.kind !== TokenKind.LCurly) {
    this.ungetToken(lCurly);
    return null;
  }
  const statements: StatementAst[] = [];
  const traps: TrapStatementAst[] = [];
  const listExtent = this.statementListRule(statements, traps);
  const rCurly = this.nextToken();
  let end: Extent;
  if (rCurly.kind !== TokenKind.RCurly) {
    this.ungetToken(rCurly);
    end = listExtent ?? lCurly.extent;
    this.reportIncompleteInputAt(lCurly.extent, rCurly.extent, 'MissingEndCurlyBrace');
  } else end = rCurly.extent;
  return this.node({
    type: 'StatementBlockAst',
    extent: this.extentOf(lCurly, end),
    parent: null,
    statements: fitted(statements),
    traps: fitted(traps),
  });
}

export function statementListRule(
  this: Parser,
  statements: StatementAst[],
  traps: TrapStatementAst[],
): Extent | null {
  let first: StatementAst | null = null;
  let last: StatementAst | null = null;
  this.skipNewlinesAndSemicolons();
  for (;;) {
    const statement = this.statementRule();
    if (statement === null) break;
    if (statement.type === 'TrapStatementAst') traps.push(statement);
    else statements.push(statement);
    first ??= statement;
    last = statement;
    this.skipNewlinesAndSemicolons();
    const token = this.peekToken();
    if (token.kind === TokenKind.RParen || token.kind === TokenKind.RCurly) break;
  }
  return first === null || last === null ? null : this.extentOf(first, last);
}
