// `data` sections and `using` statements (namespace, module, assembly, type aliases).
import type { Extent } from '../../ast/extent.js';
import type { StatementBlockAst } from '../../ast/blocks.js';
import type {
  StatementAst,
  ErrorStatementAst,
  UsingStatementAst,
  UsingStatementKind,
} from '../../ast/nodes.js';
import type { ExpressionAst } from '../../ast/expressions.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import { Ctx, isSpecificParameter } from '../shared.js';
import type { Parser } from '../parser.js';

export function dataStatementRule(this: Parser, dataToken: ScannedToken): StatementAst {
  let endError: Extent | null = null;
  this.skipNewlines();
  const nameAst = this.simpleNameRule();
  this.skipNewlines();
  const supported = this.peekToken();
  let commands: ExpressionAst[] | null = null;
  if (supported.kind === TokenKind.Parameter) {
    this.skipToken();
    if (!isSpecificParameter(supported, 'SupportedCommand')) {
      endError = supported.extent;
      this.reportError(endError, 'InvalidParameterForDataSectionStatement', supported.name ?? '');
    }
    let comma: ScannedToken | null = null;
    commands = [];
    for (;;) {
      this.skipNewlines();
      const ast = this.getSingleCommandArgument(Ctx.CommandName);
      if (ast === null) {
        if (endError === null) {
          this.reportIncompleteInput(
            this.after(comma ?? supported),
            'MissingValueForSupportedCommandInDataSectionStatement',
          );
        }
        endError = (comma ?? supported).extent;
        break;
      }
      commands.push(ast);
      comma = this.peekToken();
      if (comma.kind === TokenKind.Comma) {
        this.skipToken();
        continue;
      }
      break;
    }
  }
  let body: StatementBlockAst | null = null;
  if (endError === null) {
    body = this.statementBlockRule();
    if (body === null) {
      endError =
        commands !== null && commands.length > 0
          ? (commands[commands.length - 1] as ExpressionAst).extent
          : (nameAst ?? dataToken).extent;
      this.reportIncompleteInput(this.after(endError), 'MissingStatementBlockForDataSection');
    }
  }
  if (endError !== null || body === null) {
    return this.errorStatement(
      this.extentOf(dataToken, endError ?? dataToken.extent),
      commands ?? [],
      TokenKind.Data,
    );
  }
  return this.node({
    type: 'DataStatementAst',
    extent: this.extentOf(dataToken, body),
    parent: null,
    variable: nameAst?.value ?? null,
    commandsAllowed: commands ?? [],
    body,
  });
}

export function usingStatementRule(
  this: Parser,
  usingToken: ScannedToken,
): UsingStatementAst | ErrorStatementAst {
  const directive = this.nextToken();
  let kind: UsingStatementKind;
  let aliasAllowed = false;
  let aliasRequired = false;
  switch (directive.kind) {
    case TokenKind.Namespace:
      kind = 'Namespace';
      aliasAllowed = true;
      break;
    case TokenKind.Type:
      kind = 'Type';
      aliasRequired = true;
      break;
    case TokenKind.Module:
      kind = 'Module';
      aliasAllowed = true;
      break;
    case TokenKind.Command:
      kind = 'Command';
      aliasRequired = true;
      break;
    case TokenKind.Assembly:
      kind = 'Assembly';
      break;
    default:
      this.ungetToken(directive);
      this.reportIncompleteInput(this.after(usingToken), 'MissingUsingStatementDirective');
      return this.errorStatement(usingToken.extent, [], TokenKind.Using);
  }
  const item = this.nextToken();
  if (
    item.kind === TokenKind.EndOfInput ||
    item.kind === TokenKind.NewLine ||
    item.kind === TokenKind.Comma ||
    item.kind === TokenKind.Semi
  ) {
    this.reportIncompleteInput(this.after(directive), 'MissingUsingItemName');
    return this.errorStatement(this.extentOf(usingToken, directive), [], TokenKind.Using);
  }
  const itemAst = this.getCommandArgument(Ctx.CommandArgument, item);
  if (itemAst === null) {
    this.reportError(item.extent, 'InvalidValueForUsingItemName', item.text);
    this.syncOnError(true, TokenKind.Semi, TokenKind.NewLine);
    return this.errorStatement(this.extentOf(usingToken, item), [], TokenKind.Using);
  }
  if (
    itemAst.type !== 'StringConstantExpressionAst' &&
    (kind !== 'Module' || itemAst.type !== 'HashtableAst')
  ) {
    this.reportError(itemAst.extent, 'InvalidValueForUsingItemName', itemAst.extent.text);
    return this.errorStatement(this.extentOf(usingToken, itemAst), [], TokenKind.Using);
  }
  const ht = itemAst.type === 'HashtableAst' ? itemAst : null;
  const name = itemAst.type === 'StringConstantExpressionAst' ? itemAst : null;
  if ((aliasAllowed || aliasRequired) && ht === null) {
    const equals = this.peekToken();
    if (equals.kind === TokenKind.Equals) {
      this.skipToken();
      const aliasToken = this.nextToken();
      if (
        aliasToken.kind === TokenKind.EndOfInput ||
        aliasToken.kind === TokenKind.NewLine ||
        aliasToken.kind === TokenKind.Semi
      ) {
        this.ungetToken(aliasToken);
        this.reportIncompleteInput(this.after(equals), 'MissingNamespaceAlias');
        return this.errorStatement(this.extentOf(usingToken, equals), [], TokenKind.Using);
      }
      if (aliasToken.kind === TokenKind.Comma) {
        this.reportError(aliasToken.extent, 'UnexpectedUnaryOperator', aliasToken.text);
        return this.errorStatement(this.extentOf(usingToken, aliasToken), [], TokenKind.Using);
      }
      const aliasAst = this.getCommandArgument(Ctx.CommandArgument, aliasToken);
      if (aliasAst === null || aliasAst.type !== 'StringConstantExpressionAst') {
        const at = aliasAst?.extent ?? aliasToken.extent;
        this.reportError(at, 'InvalidValueForUsingItemName', at.text);
        return this.errorStatement(this.extentOf(usingToken, at), [itemAst, aliasAst], TokenKind.Using);
      }
      this.requireStatementTerminator();
      return this.node({
        type: 'UsingStatementAst',
        extent: this.extentOf(usingToken, aliasToken),
        parent: null,
        usingStatementKind: kind,
        name: aliasAst,
        alias: name,
        moduleSpecification: null,
      });
    }
    if (aliasRequired) {
      this.reportIncompleteInput(this.after(item), 'MissingEqualsInUsingAlias');
      return this.errorStatement(this.extentOf(usingToken, itemAst), [itemAst], TokenKind.Using);
    }
  }
  this.requireStatementTerminator();
  return this.node({
    type: 'UsingStatementAst',
    extent: this.extentOf(usingToken, itemAst),
    parent: null,
    usingStatementKind: kind,
    name,
    alias: null,
    moduleSpecification: ht,
  });
}
