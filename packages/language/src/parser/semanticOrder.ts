// Where the semantic errors go in a parse's error list. PowerShell's PerformPostParseChecks runs SymbolResolver over
// the whole tree, then SemanticChecks, each a visit that reports an error when it reaches the node it checks (parents
// before children, in source order): so the symbol resolver's errors come first, and each pass's errors follow the
// visit order of the node that found them (a try's catch-type errors before the errors in its body).
import type { Ast } from '../ast/ast.js';
import type { Extent } from '../ast/extent.js';
import type { DiagnosticId } from '../diagnostics/index.js';

/** A semantic error, with the extent of the node whose visit reports it. */
export interface SemanticError {
  readonly extent: Extent;
  readonly errorId: DiagnosticId;
  readonly args: readonly string[];
  readonly anchor: Extent;
  /** The checked node that reported it (null for checks of the whole script). */
  readonly node: Ast | null;
}

/** The errors PowerShell's SymbolResolver reports (types, `using module`, class properties assigned without $this). */
const symbolResolverErrors: ReadonlySet<DiagnosticId> = new Set<DiagnosticId>([
  'TypeNotFound',
  'CustomAttributeTypeNotFound',
  'MemberAlreadyDefined',
  'MissingThis',
  'MissingTypeInStaticPropertyAssignment',
  'ModuleNotFoundDuringParse',
  'WildCardModuleNameError',
  // From `using module` only: #requires reports its own directly, before any semantic error.
  'RequiresModuleInvalid',
  'RequiresArgumentMustBeConstant',
]);

/**
 * The node an error is ordered by: the checked node, except a class or enum, whose checks (classChecks.ts and the
 * others) stand for checks PowerShell makes as it visits each member and statement inside: those errors are ordered
 * by their own extent.
 */
export const checkAnchor = (node: Ast): Extent | null =>
  node.type === 'TypeDefinitionAst' ? null : node.extent;

const pass = (e: SemanticError): number => (symbolResolverErrors.has(e.errorId) ? 0 : 1);

/** Symbol resolver first; then by the visit order of the anchors (start, the enclosing one first); else as reported. */
export const compareSemanticErrors = (a: SemanticError, b: SemanticError): number =>
  pass(a) - pass(b) || a.anchor.startOffset - b.anchor.startOffset || b.anchor.endOffset - a.anchor.endOffset;
