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

export interface ParseOptions {
  readonly fileName?: string;
  /**
   * Looks a `using module` module up (PowerShell runs `Get-Module -FullyQualifiedName ... -ListAvailable` at parse
   * time): false gives ModuleNotFoundDuringParse, an exception gives RequiresModuleInvalid with its message.
   * A relative path is relative to `fileName`'s folder. Without it, no module is looked up (and none is reported).
   */
  readonly findUsingModule?: (request: UsingModuleRequest) => boolean;
}

export interface ParseResult {
  readonly ast: ScriptBlockAst;
  /** Top-level tokens, ending with EndOfInput. */
  readonly tokens: readonly Token[];
  readonly errors: readonly ParseError[];
}
