// Token: one scanned token (PowerShell's Token and its subclasses, flattened into optional fields).
import type { ScriptExtent } from '../ast/extent.js';
import type { NumberKind, VariablePath } from '../ast/expressions.js';
import type { RedirectionStream } from '../ast/commands.js';
import type { TokenFlags } from './tokenFlags.js';
import type { TokenKind } from './tokenKind.js';

/**
 * Tokens reproduce the source: comments, newlines and line continuations are tokens, as in PowerShell;
 * the only characters not covered by a top-level token are horizontal whitespace (the trivia).
 */
export interface Token {
  readonly kind: TokenKind;
  flags: TokenFlags;
  readonly extent: ScriptExtent;
  /** The source text of the token. */
  readonly text: string;
  /** Number: the value; StringLiteral/StringExpandable/Generic/HereString*: the processed string. */
  readonly value?: string | number | bigint;
  /** Number tokens: the literal's .NET type. */
  readonly numberKind?: NumberKind;
  /** Variable and SplattedVariable tokens. */
  readonly variablePath?: VariablePath;
  /** Parameter tokens: the name without `-` and `:`; Label tokens: the label without `:`. */
  readonly name?: string;
  /** Parameter tokens written `-Name:`. */
  readonly usedColon?: boolean;
  /** StringExpandable/HereStringExpandable/Generic tokens with `$`: the tokens of the nested expressions. */
  readonly nestedTokens?: readonly Token[];
  /** With nestedTokens: the processed literal text around them (one more piece than nested tokens). */
  readonly literalParts?: readonly string[];
  /** Redirection tokens: the stream redirected (`2>` is Error), the stream merged into, and `>>`. */
  readonly fromStream?: RedirectionStream;
  readonly toStream?: RedirectionStream;
  readonly append?: boolean;
}
