// Command-level AST nodes: commands, their parameters and redirections.
import type { Extent } from './extent.js';
import type { AstBase } from './nodes.js';
import type { ExpressionAst } from './expressions.js';

export interface CommandAst extends AstBase {
  readonly type: 'CommandAst';
  /** The command name first (a StringConstantExpressionAst for bare words), then its arguments. */
  readonly commandElements: readonly CommandElementAst[];
  /** 'Unknown' when called by name; 'Ampersand' for `&`; 'Dot' for `.` (dot-source). */
  readonly invocationOperator: 'Unknown' | 'Ampersand' | 'Dot';
  readonly redirections: readonly RedirectionAst[];
}

/** An expression used as a pipeline element (`$x | ...`, `1 + 2`). */
export interface CommandExpressionAst extends AstBase {
  readonly type: 'CommandExpressionAst';
  readonly expression: ExpressionAst;
  readonly redirections: readonly RedirectionAst[];
}

export type CommandBaseAst = CommandAst | CommandExpressionAst;

/** `-Name`, `-Name:value` (argument set), `-Name value` keeps argument null (the binder pairs it). */
export interface CommandParameterAst extends AstBase {
  readonly type: 'CommandParameterAst';
  /** Without the dash or colon. */
  readonly parameterName: string;
  readonly argument: ExpressionAst | null;
  /** The extent of the `-Name` token itself, for binder errors. */
  readonly errorPosition: Extent;
}

export type CommandElementAst = CommandParameterAst | ExpressionAst;

/** PowerShell's RedirectionStream. */
export type RedirectionStream = 'All' | 'Output' | 'Error' | 'Warning' | 'Verbose' | 'Debug' | 'Information';

/** `> file`, `2>> log.txt`, `*> $null`. */
export interface FileRedirectionAst extends AstBase {
  readonly type: 'FileRedirectionAst';
  readonly fromStream: RedirectionStream;
  readonly location: ExpressionAst;
  readonly append: boolean;
}

/** `2>&1`, `*>&1`. */
export interface MergingRedirectionAst extends AstBase {
  readonly type: 'MergingRedirectionAst';
  readonly fromStream: RedirectionStream;
  readonly toStream: RedirectionStream;
}

export type RedirectionAst = FileRedirectionAst | MergingRedirectionAst;
