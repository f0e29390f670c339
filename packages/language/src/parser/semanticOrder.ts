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

/**
 * Errors a check reports on behalf of an earlier visit than the node it checks, by the reported extent: a type defined
 * twice is MemberAlreadyDefined when SymbolResolver enters the scope (SymbolTable.AddTypesInScope), before it visits
 * anything inside, though its extent is the second definition's.
 */
const scopeAnchors = new WeakMap<Extent, Extent>();

/** Orders the MemberAlreadyDefined error reported at `extent` as if found on entering the scope at `scope`. */
export const anchorAtScopeEntry = (extent: Extent, scope: Extent): void => {
  scopeAnchors.set(extent, scope);
};

const anchorOf = (e: SemanticError): Extent =>
  (e.errorId === 'MemberAlreadyDefined' ? scopeAnchors.get(e.extent) : undefined) ?? e.anchor;

const pass = (e: SemanticError): number => (symbolResolverErrors.has(e.errorId) ? 0 : 1);

/** Symbol resolver first; then by the visit order of the anchors (start, the enclosing one first); else as reported. */
export const compareSemanticErrors = (a: SemanticError, b: SemanticError): number => {
  const x = anchorOf(a);
  const y = anchorOf(b);
  return pass(a) - pass(b) || x.startOffset - y.startOffset || y.endOffset - x.endOffset;
};
