// PowerShell's RestrictedLanguageChecker: what a `data { }` section (and restricted language mode) may contain.
import type { Ast } from '../ast/ast.js';
import type { ITypeName } from '../ast/typeName.js';
import { walk } from '../ast/visit.js';
import { hasTrait, tokenKindText } from '../tokenizer/tokenTraits.js';
import { TokenFlags } from '../tokenizer/tokenFlags.js';
import { formatDiagnostic } from '../diagnostics/index.js';
import type { ReportError } from './semanticChecks.js';

export interface RestrictedLanguageOptions {
  /** Commands that may be called (case-insensitive); null allows every command. */
  readonly allowedCommands: readonly string[] | null;
  /** Variables allowed besides $PSCulture, $PSUICulture, $true, $false, $null; `['*']` allows all; null: none. */
  readonly allowedVariables?: readonly string[] | null;
  /** `$env:` variables allowed (module manifests). */
  readonly allowEnvironmentVariables?: boolean;
}

const defaultAllowedVariables = ['PSCulture', 'PSUICulture', 'true', 'false', 'null'];

/**
 * Types whose (element) TypeCode is not Object, by the names PowerShell resolves for them: the primitive types,
 * DateTime, Decimal, String, DBNull (with or without `System.`) and their accelerators.
 */
const simpleTypes = new Set([
  ...[
    'Boolean',
    'Byte',
    'Char',
    'DateTime',
    'DBNull',
    'Decimal',
    'Double',
    'Int16',
    'Int32',
    'Int64',
    'SByte',
    'Single',
    'String',
    'UInt16',
    'UInt32',
    'UInt64',
  ].flatMap((n) => [n.toLowerCase(), `system.${n.toLowerCase()}`]),
  ...['bool', 'float', 'int', 'long', 'short', 'uint', 'ulong', 'ushort'],
]);

/** PowerShell's rule: only types (or arrays of types) whose TypeCode is not Object; unresolvable ones fail too. */
function isSimpleType(typeName: ITypeName): boolean {
  const t = typeName.kind === 'ArrayTypeName' ? typeName.elementType : typeName;
  return t.kind === 'TypeName' && t.assemblyName === null && simpleTypes.has(t.name.toLowerCase());
}

/** Reports everything in `root` that restricted language forbids, in PowerShell's (pre-)order. */
export function checkRestrictedLanguage(
  root: Ast,
  options: RestrictedLanguageOptions,
  report: ReportError,
): void {
  const { allowedCommands, allowEnvironmentVariables = false } = options;
  const extra = options.allowedVariables ?? null;
  const allVariables = extra !== null && extra.length === 1 && extra[0] === '*';
  const allowed = extra === null ? defaultAllowedVariables : [...defaultAllowedVariables, ...extra];
  const allowedSet = new Set(allowed.map((v) => v.toLowerCase()));
  const variableList =
    extra === null
      ? formatDiagnostic('DefaultAllowedVariablesInDataSection')
      : [...new Set(allowed)].map((v) => `$${v}`).join(', ');
  const allowedCommandSet =
    allowedCommands === null ? null : new Set(allowedCommands.map((c) => c.toLowerCase()));

  walk(root, (node) => {
    switch (node.type) {
      case 'ScriptBlockAst':
      case 'ScriptBlockExpressionAst':
        report(node.extent, 'ScriptBlockNotSupportedInDataSection');
        break;
      case 'ParamBlockAst':
        report(node.extent, 'ParameterDeclarationNotSupportedInDataSection');
        break;
      case 'TypeConstraintAst':
      case 'TypeExpressionAst':
        if (!isSimpleType(node.typeName))
          report(node.extent, 'TypeNotAllowedInDataSection', node.typeName.fullName);
        break;
      case 'AttributeAst':
      case 'AttributedExpressionAst':
        report(node.extent, 'AttributeNotSupportedInDataSection');
        break;
      case 'FunctionDefinitionAst':
        report(node.extent, 'FunctionDeclarationNotSupportedInDataSection');
        break;
      case 'TrapStatementAst':
        report(node.extent, 'TrapStatementNotSupportedInDataSection');
        break;
      case 'SwitchStatementAst':
        report(node.extent, 'SwitchStatementNotSupportedInDataSection');
        break;
      case 'DataStatementAst':
        report(node.extent, 'DataSectionStatementNotSupportedInDataSection');
        break;
      case 'ForEachStatementAst':
        report(node.extent, 'ForeachStatementNotSupportedInDataSection');
        break;
      case 'DoWhileStatementAst':
      case 'DoUntilStatementAst':
        report(node.extent, 'DoWhileStatementNotSupportedInDataSection');
        break;
      case 'ForStatementAst':
      case 'WhileStatementAst':
        report(node.extent, 'ForWhileStatementNotSupportedInDataSection');
        break;
      case 'TryStatementAst':
        report(node.extent, 'TryStatementNotSupportedInDataSection');
        break;
      case 'BreakStatementAst':
      case 'ContinueStatementAst':
      case 'ReturnStatementAst':
      case 'ExitStatementAst':
      case 'ThrowStatementAst':
        report(node.extent, 'FlowControlStatementNotSupportedInDataSection');
        break;
      case 'AssignmentStatementAst':
        report(node.extent, 'AssignmentStatementNotSupportedInDataSection');
        break;
      case 'CommandAst': {
        if (node.invocationOperator === 'Dot') {
          report(node.extent, 'DotSourcingNotSupportedInDataSection');
          break;
        }
        if (allowedCommandSet === null) break;
        const first = node.commandElements[0];
        const name = first?.type === 'StringConstantExpressionAst' ? first.value : null;
        if (name === null) {
          if (node.invocationOperator === 'Ampersand')
            report(node.extent, 'OperatorNotSupportedInDataSection', '&');
          else report(node.extent, 'CmdletNotInAllowedListForDataSection', node.extent.text);
        } else if (!allowedCommandSet.has(name.toLowerCase())) {
          report(node.extent, 'CmdletNotInAllowedListForDataSection', name);
        }
        break;
      }
      case 'FileRedirectionAst':
      case 'MergingRedirectionAst':
        report(node.extent, 'RedirectionNotSupportedInDataSection');
        break;
      case 'BinaryExpressionAst':
        if (hasTrait(node.operator, TokenFlags.DisallowedInRestrictedMode))
          report(node.errorPosition, 'OperatorNotSupportedInDataSection', tokenKindText(node.operator));
        break;
      case 'UnaryExpressionAst':
        if (hasTrait(node.tokenKind, TokenFlags.DisallowedInRestrictedMode))
          report(node.extent, 'OperatorNotSupportedInDataSection', tokenKindText(node.tokenKind));
        break;
      case 'VariableExpressionAst': {
        const path = node.variablePath;
        if (allVariables || allowedSet.has(path.userPath.toLowerCase())) break;
        if (allowEnvironmentVariables && path.isDriveQualified && path.driveName?.toLowerCase() === 'env')
          break;
        report(node.extent, 'VariableReferenceNotSupportedInDataSection', variableList);
        break;
      }
      case 'MemberExpressionAst':
        report(node.extent, 'PropertyReferenceNotSupportedInDataSection');
        break;
      case 'InvokeMemberExpressionAst':
        report(node.extent, 'MethodCallNotSupportedInDataSection');
        break;
      case 'IndexExpressionAst':
        report(node.extent, 'ArrayReferenceNotSupportedInDataSection');
        break;
      case 'BlockStatementAst':
        report(node.extent, 'ParallelAndSequenceBlockNotSupportedInDataSection');
        break;
    }
  });
}
