// Parser: PowerShell's recursive-descent grammar (Parser.cs rule for rule), pulling tokens from the Tokenizer.
// This file holds the parser state, token access and error reporting; the grammar rules live in ./rules/*.ts as
// functions taking the parser as `this`, installed on Parser.prototype below (one prototype, monomorphic calls).
import type { Extent, ScriptExtent, SourceText } from '../ast/extent.js';
import type { StringConstantExpressionAst } from '../ast/expressions.js';
import { TokenKind } from '../tokenizer/tokenKind.js';
import { TokenFlags } from '../tokenizer/tokenFlags.js';
import { isAsciiWordStart } from '../tokenizer/charTraits.js';
import { Tokenizer, ScannedToken, type TokenizerMode } from '../tokenizer/tokenizer.js';
import type { TokenStore } from '../tokenizer/tokenStore.js';
import { formatDiagnostic, type DiagnosticId } from '../diagnostics/index.js';
import type { ParseError } from './parseResult.js';
import { needsSemanticChecks } from './semanticCheckTypes.js';
import { adoptChildren } from '../ast/linkChildren.js';
import type { Ast } from '../ast/ast.js';
import {
  ScriptTooComplicated,
  MaxNestingDepth,
  type Located,
  startOf,
  endOf,
  extentOf as extentOfLocated,
} from './shared.js';
import * as errorRecovery from './rules/errorRecovery.js';
import * as scriptBlocks from './rules/scriptBlocks.js';
import * as attributes from './rules/attributes.js';
import * as typeNames from './rules/typeNames.js';
import * as statements from './rules/statements.js';
import * as loops from './rules/loops.js';
import * as functions from './rules/functions.js';
import * as exceptions from './rules/exceptions.js';
import * as dataAndUsing from './rules/dataAndUsing.js';
import * as configuration from './rules/configuration.js';
import * as blockStatements from './rules/blockStatements.js';
import * as typeDefinitions from './rules/typeDefinitions.js';
import * as pipelines from './rules/pipelines.js';
import * as commands from './rules/commands.js';
import * as expressions from './rules/expressions.js';
import * as literals from './rules/literals.js';
import * as strings from './rules/strings.js';
import * as members from './rules/members.js';

export { ScriptTooComplicated };

type Rules = typeof errorRecovery &
  typeof scriptBlocks &
  typeof attributes &
  typeof typeNames &
  typeof statements &
  typeof loops &
  typeof functions &
  typeof exceptions &
  typeof dataAndUsing &
  typeof configuration &
  typeof blockStatements &
  typeof typeDefinitions &
  typeof pipelines &
  typeof commands &
  typeof expressions &
  typeof literals &
  typeof strings &
  typeof members;

// The grammar rules, typed as Parser methods; installed on the prototype at the end of this file.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Parser extends Rules {}

/**
 * The parser state. Its members are public (not `private`) so the rule modules in ./rules can use them; the class
 * is internal to the package (`parse` is the entry point).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Parser {
  readonly tokenizer: Tokenizer;
  /** Every token scanned, when the caller asked for them (`parse` does not: see `scanTokens`); else null. */
  readonly tokens: TokenStore | null;
  readonly errors: ParseError[] = [];
  readonly errorKeys = new Set<string>();
  /** Nodes built so far that PowerShell's semantic checks look at (see `node`). */
  readonly checkQueue: Ast[] = [];
  ungot: ScannedToken | null = null;
  disableCommaOperator = false;
  depth = 0;
  inCatch = 0;

  constructor(
    readonly source: SourceText,
    tokens: TokenStore | null = null,
  ) {
    this.tokens = tokens;
    this.tokenizer = new Tokenizer(
      source,
      (id, start, end, incomplete, args) => {
        const length = source.text.length;
        const extent = source.extent(Math.min(start, length), Math.min(end, length));
        if (incomplete) this.reportIncompleteInput(extent, id, ...args);
        else this.reportError(extent, id, ...args);
      },
      this.tokens,
    );
  }

  // ==== utilities ================================================================================

  /**
   * Every node the rules build goes through here: its children get their `parent` now, while they are still in
   * the processor's cache (a separate pass over the finished tree was a tenth of parse time), and the node is
   * queued for PowerShell's semantic checks if its type has any (run by `parse` once the tree is complete).
   */
  node<T extends Ast>(node: T): T {
    adoptChildren(node);
    if (needsSemanticChecks(node)) this.checkQueue.push(node);
    return node;
  }

  ext(start: number, end: number): ScriptExtent {
    return this.source.extent(start, end);
  }

  /**
   * The extent from the start of `first` to the end of `last`. When a node's extent already covers exactly that
   * (a pipeline of one element, a statement that is its expression) the node's extent object is returned: a
   * parse keeps every node's extent, and sharing spares one object per such node.
   */
  extentOf(first: Located, last: Located): Extent {
    const start = startOf(first);
    const end = endOf(last);
    if (!(first instanceof ScannedToken)) {
      const e = extentOfLocated(first);
      if (e.endOffset === end) return e;
    }
    if (!(last instanceof ScannedToken)) {
      const e = extentOfLocated(last);
      if (e.startOffset === start) return e;
    }
    return this.ext(start, end);
  }

  after(x: Located): ScriptExtent {
    const end = endOf(x);
    return this.ext(end, end);
  }

  /** PowerShell's EndOfInput token sits one past the end, so the position "before" it is the end itself. */
  before(x: Located): ScriptExtent {
    if (x instanceof ScannedToken && x.kind === TokenKind.EndOfInput) {
      return this.ext(x.startOffset, x.startOffset);
    }
    const start = Math.max(0, startOf(x) - 1);
    return this.ext(start, start);
  }

  enter(): void {
    if (++this.depth > MaxNestingDepth) throw new ScriptTooComplicated();
  }

  leave(): void {
    this.depth--;
  }

  reportError(extent: Extent, errorId: DiagnosticId, ...args: readonly string[]): void {
    this.saveError(extent, errorId, false, args);
  }

  /** Incomplete when nothing but whitespace and comments follows the position where the problem was found. */
  reportIncompleteInput(extent: Extent, errorId: DiagnosticId, ...args: readonly string[]): boolean {
    return this.reportIncompleteInputAt(extent, extent, errorId, ...args);
  }

  reportIncompleteInputAt(
    extent: Extent,
    detected: Extent,
    errorId: DiagnosticId,
    ...args: readonly string[]
  ): boolean {
    const incomplete =
      detected.endOffset >= this.source.text.length || this.tokenizer.onlyTriviaAfter(detected.endOffset);
    this.saveError(extent, errorId, incomplete, args);
    return incomplete;
  }

  saveError(
    extent: Extent,
    errorId: DiagnosticId,
    incompleteInput: boolean,
    args: readonly string[],
    message?: string,
  ): void {
    // PowerShell keeps one error per ErrorId and position; a set keeps that check linear.
    const key = `${errorId}:${extent.startOffset}:${extent.endOffset}`;
    if (this.errorKeys.has(key)) return;
    this.errorKeys.add(key);
    this.errors.push({
      errorId,
      message: message ?? formatDiagnostic(errorId, ...args),
      extent,
      incompleteInput,
    });
  }

  nextToken(): ScannedToken {
    const token = this.ungot ?? this.tokenizer.nextToken();
    this.ungot = null;
    return token;
  }

  peekToken(): ScannedToken {
    const token = this.ungot ?? this.tokenizer.nextToken();
    this.ungot = token;
    return token;
  }

  skipToken(): void {
    this.ungot = null;
  }

  ungetToken(token: ScannedToken): void {
    this.ungot = token;
  }

  skipNewlines(): void {
    if (this.ungot === null || this.ungot.kind === TokenKind.NewLine) {
      this.ungot = null;
      this.tokenizer.skipNewlines(false);
    }
  }

  skipNewlinesAndSemicolons(): void {
    if (this.ungot === null || this.ungot.kind === TokenKind.NewLine || this.ungot.kind === TokenKind.Semi) {
      this.ungot = null;
      this.tokenizer.skipNewlines(true);
    }
  }

  setTokenizerMode(mode: TokenizerMode): void {
    const ungot = this.ungot;
    if (mode !== this.tokenizer.mode && ungot !== null) {
      // As pwsh, a token peeked in the other mode is scanned again, unless it cannot scan differently: a variable
      // that command mode ended as a variable (not a bare word) is the same variable in expression mode.
      if (
        (ungot.flags & TokenFlags.ParseModeInvariant) === 0 &&
        !(ungot.kind === TokenKind.Variable && mode === 'Expression')
      )
        this.resync(ungot);
    }
    this.tokenizer.mode = mode;
  }

  /**
   * True when the peeked token is a bare word of command mode that starts with a letter (a command name such as
   * `Get-Mailbox` or `dir`): expression mode would scan it as an identifier, which starts no expression, so a rule
   * about to try an expression first can go straight to the command (pwsh tries, and scans the word twice more).
   */
  commandNameAhead(): boolean {
    const token = this.ungot;
    if (this.tokenizer.mode !== 'Command') return false;
    // Nothing peeked yet (a pipeline element after `|`): the same holds for a word that starts with a letter.
    if (token === null) return this.tokenizer.nextStartsWithLetter();
    if (token.kind !== TokenKind.Generic && token.kind !== TokenKind.Identifier) return false;
    return isAsciiWordStart(this.source.text.charCodeAt(token.startOffset));
  }

  resync(at: ScannedToken | number): void {
    this.ungot = null;
    this.tokenizer.resync(typeof at === 'number' ? at : at.startOffset);
  }

  restorePoint(): number {
    return this.ungot === null ? this.tokenizer.restorePoint() : this.ungot.startOffset;
  }

  withMode<T>(mode: TokenizerMode, fn: () => T): T {
    const old = this.tokenizer.mode;
    try {
      this.setTokenizerMode(mode);
      return fn();
    } finally {
      this.setTokenizerMode(old);
    }
  }

  nextMemberAccessToken(allowLBracket: boolean): ScannedToken | null {
    if (this.ungot !== null) return null;
    return this.tokenizer.getMemberAccessOperator(allowLBracket);
  }

  nextInvokeMemberToken(): ScannedToken | null {
    if (this.ungot !== null) return null;
    return this.tokenizer.getInvokeMemberOpenParen();
  }

  nextLBracket(): ScannedToken | null {
    if (this.ungot !== null) {
      if (this.ungot.kind === TokenKind.LBracket) return this.nextToken();
      return null;
    }
    return this.tokenizer.getLBracket();
  }

  bareWord(extent: Extent, value: string): StringConstantExpressionAst {
    return this.node({
      type: 'StringConstantExpressionAst',
      extent,
      parent: null,
      value,
      stringConstantType: 'BareWord',
    });
  }

  emptyExtent(): ScriptExtent {
    return this.ext(0, 0);
  }
}

Object.assign(
  Parser.prototype,
  errorRecovery,
  scriptBlocks,
  attributes,
  typeNames,
  statements,
  loops,
  functions,
  exceptions,
  dataAndUsing,
  configuration,
  blockStatements,
  typeDefinitions,
  pipelines,
  commands,
  expressions,
  literals,
  strings,
  members,
);
