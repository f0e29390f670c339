// A typed assignment to an automatic variable (SemanticChecks.CheckAssignmentTarget): `[int]$_ = 1` would give `$_` a
// type the engine does not keep for it, so pwsh refuses it (AssignmentStatementToAutomaticNotSupported) unless the
// innermost type constraint is the variable's own type (SpecialVariables.AutomaticVariableTypes).
import { askResolver } from './askResolver.js';
import type { ExpressionAst, VariableExpressionAst } from '../ast/expressions.js';
import type { TypeConstraintAst } from '../ast/blocks.js';
import type { ITypeName } from '../ast/typeName.js';
import { usingNamespaces } from './catchChecks.js';
import { sameName } from './names.js';
import type { TypeResolution } from './parseResult.js';
import type { ReportError, SemanticCheckState } from './semanticChecks.js';

/**
 * The automatic variables and their types (SpecialVariables.AutomaticVariables / AutomaticVariableTypes). PSCmdlet's
 * PSScriptCmdlet and PSBoundParameters' PSBoundParametersDictionary are internal: no type name resolves to them, so
 * every constraint on those two is refused (null here).
 */
const automaticTypes = new Map<string, string | null>([
  ['_', 'System.Object'],
  ['args', 'System.Object[]'],
  ['this', 'System.Object'],
  ['input', 'System.Object'],
  ['pscmdlet', null],
  ['psboundparameters', null],
  ['myinvocation', 'System.Management.Automation.InvocationInfo'],
  ['psscriptroot', 'System.String'],
  ['pscommandpath', 'System.String'],
]);

/** The names of the automatic variables' types in the messages (Type.ToString()). */
const typeText: Record<string, string> = {
  pscmdlet: 'System.Management.Automation.PSScriptCmdlet',
  psboundparameters: 'System.Management.Automation.PSBoundParametersDictionary',
};

/**
 * The spellings of those types that need no lookup (accelerator or full name, System. implied): known without a type
 * resolver, or when the host's resolver does not emulate the type (InvocationInfo).
 */
const knownSpellings: Record<string, string> = {
  object: 'System.Object',
  'system.object': 'System.Object',
  string: 'System.String',
  'system.string': 'System.String',
  'system.management.automation.invocationinfo': 'System.Management.Automation.InvocationInfo',
  'management.automation.invocationinfo': 'System.Management.Automation.InvocationInfo',
};

/**
 * The full name of a type constraint as TypeName.GetReflectionType finds it: by the spellings above, else through the
 * parse's resolver (its answers cached by lower-case name); `undefined` when the resolver cannot tell (nothing is then
 * reported), null when no type is found or it is not one an automatic variable can have (generic, a script's class).
 */
function constraintType(
  name: ITypeName,
  node: ExpressionAst,
  state: SemanticCheckState | undefined,
): string | null | undefined {
  if (name.kind === 'ArrayTypeName') {
    if (name.rank !== 1) return null;
    const element = constraintType(name.elementType, node, state);
    return typeof element === 'string' ? `${element}[]` : element;
  }
  if (name.kind !== 'TypeName' || name.assemblyName !== null) return null;
  const key = name.name.toLowerCase();
  const known = knownSpellings[key];
  if (known !== undefined) return known;
  const resolveType = state?.resolveType;
  if (resolveType === undefined) return null;
  const answers = state?.catchTypeAnswers ?? new Map<string, TypeResolution>();
  const answer = askResolver(resolveType, answers, key, () => ({
    name: name.name,
    genericArgumentCount: 0,
    isAttribute: false,
    namespaces: usingNamespaces(node),
  }));
  return answer === 'unknown' ? undefined : answer === 'notFound' ? null : answer.fullName;
}

/**
 * `target` (an attributed expression being assigned) ends in `variable`, with `innermost` the type constraint nearest
 * to it (null when only attributes): reports AssignmentStatementToAutomaticNotSupported on the whole target when the
 * variable is a local automatic one and the constraint is not its type.
 */
export function checkAutomaticVariableAssignment(
  target: ExpressionAst,
  variable: VariableExpressionAst,
  innermost: TypeConstraintAst | null,
  report: ReportError,
  state: SemanticCheckState | undefined,
): void {
  const path = variable.variablePath;
  // VariablePath.IsVariable && IsAnyLocal: no drive, no global or script scope.
  if (path.driveName !== null || path.isDriveQualified) return;
  if (path.scope !== null && path.scope !== 'Local' && path.scope !== 'Private') return;
  const key = path.unqualifiedPath.toLowerCase();
  const expected = automaticTypes.get(key);
  if (expected === undefined) return;
  if (expected !== null && innermost !== null) {
    const found = constraintType(innermost.typeName, target, state);
    if (found === undefined || (found !== null && sameName(found, expected))) return;
  }
  report(
    target.extent,
    'AssignmentStatementToAutomaticNotSupported',
    path.unqualifiedPath,
    expected ?? (typeText[key] as string),
  );
}
