// The result of a parse: the tree, the tokens, and the errors (the parser never throws).
import type { ScriptBlockAst } from '../ast/blocks.js';
import type { Extent } from '../ast/extent.js';
import type { Token } from '../tokenizer/token.js';
import type { DiagnosticId } from '../diagnostics/index.js';
import type { ModuleSpecificationFields } from './moduleSpecification.js';

/** PowerShell's ParseError. */
export interface ParseError {
  readonly errorId: DiagnosticId;
  readonly message: string;
  readonly extent: Extent;
  /** True when more input could complete the script (the REPL's `>>` continuation). */
  readonly incompleteInput: boolean;
}

/** What `using module` asks for: a name or path as written, or a module specification hashtable's fields. */
export type UsingModuleRequest =
  | { readonly name: string; readonly fileName: string | undefined }
  | { readonly specification: ModuleSpecificationFields; readonly fileName: string | undefined };

/**
 * What PowerShell's SymbolResolver asks TypeResolver at parse time for a type name written in a class or enum: the name
 * as written (no generic arguments, array ranks or assembly), the number of generic arguments when it names a generic
 * type (`List` in `[List[int]]`: look for ``List`1``), whether it names an attribute (`[Flags()]`: also look for
 * `FlagsAttribute`), and the script's `using namespace` names (`System` is always searched).
 */
export interface TypeResolutionRequest {
  readonly name: string;
  readonly genericArgumentCount: number;
  readonly isAttribute: boolean;
  readonly namespaces: readonly string[];
}

/**
 * The answer: the type's full name (`System.FlagsAttribute`), `'notFound'` (TypeNotFound or CustomAttributeTypeNotFound),
 * or `'unknown'` (the host cannot tell: nothing is reported). `baseTypes`, when given, are the full names of its base
 * classes, nearest first (`System.SystemException`, `System.Exception`, `System.Object` for `System.IO.IOException`):
 * ExceptionTypeAlreadyCaught uses them for a catch type an earlier catch's base type already catches.
 */
export type TypeResolution =
  { readonly fullName: string; readonly baseTypes?: readonly string[] } | 'notFound' | 'unknown';

export interface ParseOptions {
  readonly fileName?: string;
  /**
   * Looks a `using module` module up (PowerShell runs `Get-Module -FullyQualifiedName ... -ListAvailable` at parse
   * time): false gives ModuleNotFoundDuringParse, an exception gives RequiresModuleInvalid with its message.
   * A relative path is relative to `fileName`'s folder. Without it, no module is looked up (and none is reported).
   */
  readonly findUsingModule?: (request: UsingModuleRequest) => boolean;
  /**
   * Resolves the .NET types named inside class and enum definitions, as PowerShell's SymbolResolver does at parse
   * time (types defined in the script are found without asking): `'notFound'` gives TypeNotFound (or
   * CustomAttributeTypeNotFound for an attribute); a found attribute type is checked against its AttributeUsage and
   * properties (`attributeTypes.ts`: PowerShell's and .NET's attributes). It is also asked for the catch types of a
   * try statement with several catch clauses, anywhere in the script (ExceptionTypeAlreadyCaught compares only types it
   * finds). Without it, no type is looked up (catch types are then compared by name as written).
   */
  readonly resolveType?: (request: TypeResolutionRequest) => TypeResolution;
}

export interface ParseResult {
  readonly ast: ScriptBlockAst;
  /** Top-level tokens, ending with EndOfInput. */
  readonly tokens: readonly Token[];
  readonly errors: readonly ParseError[];
}
