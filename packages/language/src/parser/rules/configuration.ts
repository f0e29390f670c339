// `configuration Name { ... }` (DSC), as pwsh 7.4 parses it on Linux and macOS, where no DSC schema store exists.
import type { ExpressionAst } from '../../ast/expressions.js';
import type { StatementAst } from '../../ast/nodes.js';
import { TokenKind } from '../../tokenizer/tokenKind.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import { Ctx } from '../shared.js';
import type { Parser } from '../parser.js';

/**
 * What pwsh 7.4 reports (errorId `ParserError`, message `{0}`) when it loads the default DSC keywords for a
 * configuration: `DscClassCache.Initialize` throws because `/etc/opt/omi/conf/dsc/configuration` (PS DSC for
 * Linux) is missing, and `ConfigurationStatementRule` reports the exception's `ToString()`, stack trace included.
 */
export const dscSchemaStoreMissing =
  'System.IO.DirectoryNotFoundException: Unable to find DSC schema store at /etc/opt/omi/conf/dsc/configuration.' +
  ' Please ensure PS DSC for Linux is installed.\n' +
  '   at Microsoft.PowerShell.DesiredStateConfiguration.Internal.DscClassCache.Initialize(' +
  'Collection`1 errors, List`1 modulePathList)\n' +
  '   at Microsoft.PowerShell.DesiredStateConfiguration.Internal.DscClassCache.LoadDefaultCimKeywords(' +
  'Dictionary`2 functionsToDefine, Collection`1 errors, List`1 modulePathList, ' +
  'Boolean cacheResourcesFromMultipleModuleVersions)\n' +
  '   at Microsoft.PowerShell.DesiredStateConfiguration.Internal.DscClassCache.LoadDefaultCimKeywords(' +
  'Collection`1 errors)\n' +
  '   at System.Management.Automation.Language.Parser.ConfigurationStatementRule(' +
  'IEnumerable`1 customAttributes, Token configurationToken)';

const configurationNamePattern = /^[A-Za-z][A-Za-z0-9_./-]*$/;

/**
 * PowerShell's ConfigurationStatementRule up to the point where it loads the DSC keywords: the name is read and
 * checked, then the keyword load fails (no schema store), which reports `ParserError` on the name token and
 * returns no statement, so the statement list ends there and the body is parsed by whoever comes next (at the top
 * level: `UnexpectedToken` on `{`, then the body's statements). No ConfigurationDefinitionAst is ever made.
 */
export function configurationStatementRule(
  this: Parser,
  configurationToken: ScannedToken,
): StatementAst | null {
  this.skipNewlines();
  const nameToken = this.nextToken();
  if (nameToken.kind === TokenKind.LCurly) {
    this.reportError(this.after(configurationToken), 'MissingConfigurationName');
    // Read the body to stay in sync, but return nothing (as PowerShell).
    this.scriptBlockExpressionRule(nameToken);
    return null;
  }
  if (nameToken.kind === TokenKind.EndOfInput || nameToken.kind === TokenKind.Comma) {
    this.ungetToken(nameToken);
    this.reportIncompleteInput(this.after(nameToken), 'MissingConfigurationName');
    return null;
  }
  const name = this.getCommandArgument(Ctx.CommandArgument, nameToken);
  if (name === null) {
    // PowerShell's GetWordOrExpression, with the name token standing in as the "keyword".
    this.reportError(this.after(nameToken), 'ParameterRequiresArgument', nameToken.text);
    this.reportIncompleteInput(nameToken.extent, 'MissingConfigurationName');
  } else {
    const constant = constantNameValue(name);
    if (constant !== undefined && (constant === null || !configurationNamePattern.test(constant)))
      this.reportError(name.extent, 'InvalidConfigurationName', constant ?? '');
  }
  this.skipNewlines();
  this.reportError(nameToken.extent, 'ParserError', dscSchemaStoreMissing);
  return null;
}

/** The name's value when PowerShell's IsConstantValueVisitor sees a constant: a string, `null` for a non-string. */
function constantNameValue(name: ExpressionAst): string | null | undefined {
  if (name.type === 'StringConstantExpressionAst') return name.value;
  if (name.type === 'ConstantExpressionAst') return null;
  return undefined;
}
