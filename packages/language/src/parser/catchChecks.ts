// The catch clauses of a try statement (SemanticChecks.VisitTryStatement): a catch-all that is not the last clause
// (EmptyCatchNotLast), and a catch type an earlier clause of the same try already catches (ExceptionTypeAlreadyCaught).
import { askResolver } from './askResolver.js';
import type { Ast } from '../ast/ast.js';
import type { Extent } from '../ast/extent.js';
import type { CatchClauseAst, TryStatementAst } from '../ast/nodes.js';
import type { ScriptBlockAst, TypeConstraintAst } from '../ast/blocks.js';
import type { ITypeName } from '../ast/typeName.js';
import type { TypeResolution, TypeResolutionRequest } from './parseResult.js';
import type { ReportError } from './semanticChecks.js';

export interface CatchTypeContext {
  /** The parse's type lookup (ParseOptions.resolveType); without it, type names are compared as written. */
  readonly resolveType: ((request: TypeResolutionRequest) => TypeResolution) | undefined;
  /** Whether a class or enum of the scopes around has this (lower-case) name. */
  readonly isLocalType: (lowerCaseName: string) => boolean;
  /** The resolver's answers so far in this parse, by lower-case name. */
  readonly answers: Map<string, TypeResolution>;
}

/** A catch type as pwsh's TypeName.GetReflectionType gives it: its full name and its base classes. */
interface CaughtType {
  readonly fullName: string;
  readonly baseTypes: readonly string[];
}

/** The `using namespace` names of the script around `node` (System is implied by the resolver). */
export function usingNamespaces(node: Ast): string[] {
  let root: Ast = node;
  while (root.parent !== null) root = root.parent;
  const namespaces: string[] = [];
  if (root.type === 'ScriptBlockAst')
    for (const u of (root as ScriptBlockAst).usingStatements)
      if (u.usingStatementKind === 'Namespace' && u.name !== null) namespaces.push(u.name.value);
  return namespaces;
}

/**
 * The type a catch clause names, or null when pwsh could not resolve it at parse time (then it compares nothing):
 * a type the resolver does not find, a class of the script (pwsh defines those only when it compiles), a generic or
 * assembly-qualified name (not judged here). Without a resolver every name is taken as written, with no base types.
 */
function caughtType(
  name: ITypeName,
  context: CatchTypeContext,
  namespaces: () => string[],
): CaughtType | null {
  const resolveType = context.resolveType;
  if (name.kind === 'TypeName' && context.isLocalType(name.name.toLowerCase())) return null;
  if (resolveType === undefined) return { fullName: name.fullName, baseTypes: [] };
  if (name.kind === 'ArrayTypeName') {
    // An array type's base class is System.Array: arrays are caught only by the same array type.
    const element = caughtType(name.elementType, context, namespaces);
    return element === null
      ? null
      : { fullName: `${element.fullName}[${','.repeat(name.rank - 1)}]`, baseTypes: [] };
  }
  if (name.kind !== 'TypeName' || name.assemblyName !== null) return null;
  const key = name.name.toLowerCase();
  const answer = askResolver(resolveType, context.answers, key, () => ({
    name: name.name,
    genericArgumentCount: 0,
    isAttribute: false,
    namespaces: namespaces(),
  }));
  return typeof answer === 'object' ? { fullName: answer.fullName, baseTypes: answer.baseTypes ?? [] } : null;
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** `earlier` catches what `later` names: the same type, or a base class of it (Type.IsSubclassOf). */
const catches = (earlier: CaughtType, later: CaughtType): boolean =>
  sameName(earlier.fullName, later.fullName) || later.baseTypes.some((b) => sameName(b, earlier.fullName));

/** An empty extent at `offset` of the same source as `extent` (Parser.Before). */
function emptyExtentBefore(extent: Extent): Extent {
  const withSource = extent as Extent & { source?: { extent(start: number, end: number): Extent } };
  const at = Math.max(0, extent.startOffset - 1);
  return withSource.source ? withSource.source.extent(at, at) : extent;
}

/**
 * SemanticChecks.VisitTryStatement, in its order: for each clause, against each later one, EmptyCatchNotLast just
 * before the next clause when it catches everything, else ExceptionTypeAlreadyCaught on every later catch type that
 * one of its types catches (both resolved), naming the later type by its full name.
 */
export function checkCatchClauses(
  node: TryStatementAst,
  context: CatchTypeContext,
  report: ReportError,
): void {
  const clauses = node.catchClauses;
  if (clauses.length <= 1) return;
  let namespaceList: string[] | null = null;
  const namespaces = (): string[] => (namespaceList ??= usingNamespaces(node));
  const resolved = new Map<Ast, CaughtType | null>();
  const typeOf = (t: TypeConstraintAst): CaughtType | null => {
    let type = resolved.get(t);
    if (type === undefined) resolved.set(t, (type = caughtType(t.typeName, context, namespaces)));
    return type;
  };
  for (let i = 0; i < clauses.length - 1; i++) {
    const first = clauses[i] as CatchClauseAst;
    for (let j = i + 1; j < clauses.length; j++) {
      const second = clauses[j] as CatchClauseAst;
      if (first.isCatchAll) {
        report(emptyExtentBefore(second.extent), 'EmptyCatchNotLast');
        break;
      }
      if (second.isCatchAll) continue;
      for (const t1 of first.catchTypes) {
        const type1 = typeOf(t1);
        if (type1 === null) continue;
        for (const t2 of second.catchTypes) {
          const type2 = typeOf(t2);
          if (type2 !== null && catches(type1, type2))
            report(t2.extent, 'ExceptionTypeAlreadyCaught', type2.fullName);
        }
      }
    }
  }
}
