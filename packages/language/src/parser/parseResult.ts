// The result of a parse: the tree, the tokens, and the errors (the parser never throws).
import type { ScriptBlockAst } from '../ast/blocks.js';
import type { Extent } from '../ast/extent.js';
import type { Token } from '../tokenizer/token.js';
import type { DiagnosticId } from '../diagnostics/index.js';

/** PowerShell's ParseError. */
export interface ParseError {
  readonly errorId: DiagnosticId;
  readonly message: string;
  readonly extent: Extent;
  /** True when more input could complete the script (the REPL's `>>` continuation). */
  readonly incompleteInput: boolean;
}

export interface ParseOptions {
  readonly fileName?: string;
}

export interface ParseResult {
  readonly ast: ScriptBlockAst;
  /** Top-level tokens, ending with EndOfInput. */
  readonly tokens: readonly Token[];
  readonly errors: readonly ParseError[];
}
