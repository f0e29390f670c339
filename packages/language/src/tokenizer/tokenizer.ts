// Tokenizer: a hand-written scanner over char codes, pulled by the Parser, with PowerShell's four modes.
import type { ScriptExtent, SourceText } from '../ast/extent.js';
import type { NumberKind, VariablePath } from '../ast/expressions.js';
import type { RedirectionStream } from '../ast/commands.js';
import type { DiagnosticId } from '../diagnostics/index.js';
import type { Token } from './token.js';
import type { TokenStore } from './tokenStore.js';
import { TokenKind } from './tokenKind.js';
import { TokenFlags } from './tokenFlags.js';
import { getTraits } from './tokenTraits.js';
import { keywordKind, operatorKind } from './keywords.js';
import { makeVariablePath } from './variablePath.js';
import { fitted } from '../ast/lists.js';
import { numberValue, NumberSuffix, type NumberFormat } from './numberValue.js';
import {
  forceStartNewToken,
  forceStartNewTokenAfterNumber,
  forceStartNewTokenInAssemblyNameSpec,
  isAsciiWordStart,
  isDash,
  isDecimalDigit,
  isDoubleQuote,
  isHexDigit,
  isIdentifierFollow,
  isIdentifierStart,
  isLetterCode,
  isLetterOrDigitCode,
  isMultiplierStart,
  isSingleQuote,
  isTypeSuffix,
  isVariableStart,
  isWhitespace,
} from './charTraits.js';

/** Command: arguments and bare words; Expression: operators and values; TypeName: inside `[...]`; Signature: class bodies. */
export type TokenizerMode = 'Command' | 'Expression' | 'TypeName' | 'Signature';

/** How the tokenizer reports a problem; the parser decides whether it is incomplete input. */
export type TokenizerErrorSink = (
  errorId: DiagnosticId,
  start: number,
  end: number,
  incompleteCandidate: boolean,
  args: readonly string[],
) => void;

const redirectionStreams: readonly RedirectionStream[] = [
  'All',
  'Output',
  'Error',
  'Warning',
  'Verbose',
  'Debug',
  'Information',
];

/** The less common token details, kept out of line so the common token stays small. */
interface TokenDetails {
  numberKind?: NumberKind;
  decimalText?: string;
  variablePath?: VariablePath;
  name?: string;
  usedColon?: boolean;
  nestedTokens?: Token[];
  literalParts?: string[];
  fromStream?: RedirectionStream;
  toStream?: RedirectionStream;
  append?: boolean;
  unscannedSubExpression?: boolean;
  /** A generic token made from the scan memo: scans again for its nested tokens when they are asked for. */
  rescan?: () => ScannedToken;
}

/**
 * The concrete token object: its offsets are fields and its extent object is made only when asked for (most
 * tokens, newlines and punctuation, are never asked: the parser reads the offsets); the rarer details live in
 * one side object, read through getters.
 */
export class ScannedToken implements Token {
  value: string | number | bigint | undefined = undefined;
  private details: TokenDetails | undefined = undefined;

  constructor(
    public kind: TokenKind,
    public flags: TokenFlags,
    private readonly source: SourceText,
    readonly startOffset: number,
    readonly endOffset: number,
  ) {}

  get extent(): ScriptExtent {
    return this.source.extent(this.startOffset, this.endOffset);
  }

  get text(): string {
    return this.source.text.slice(this.startOffset, this.endOffset);
  }

  private get d(): TokenDetails {
    return (this.details ??= {});
  }

  get numberKind(): NumberKind | undefined {
    return this.details?.numberKind;
  }
  set numberKind(v: NumberKind | undefined) {
    if (v !== undefined) this.d.numberKind = v;
  }
  get decimalText(): string | undefined {
    return this.details?.decimalText;
  }
  set decimalText(v: string | undefined) {
    if (v !== undefined) this.d.decimalText = v;
  }
  get variablePath(): VariablePath | undefined {
    return this.details?.variablePath;
  }
  set variablePath(v: VariablePath | undefined) {
    this.d.variablePath = v;
  }
  get name(): string | undefined {
    return this.details?.name;
  }
  set name(v: string | undefined) {
    this.d.name = v;
  }
  get usedColon(): boolean | undefined {
    return this.details?.usedColon;
  }
  set usedColon(v: boolean | undefined) {
    this.d.usedColon = v;
  }
  get nestedTokens(): Token[] | undefined {
    if (this.details?.rescan) this.materialize();
    return this.details?.nestedTokens;
  }
  set nestedTokens(v: Token[] | undefined) {
    this.d.nestedTokens = v === undefined ? v : fitted(v);
  }
  get literalParts(): string[] | undefined {
    if (this.details?.rescan) this.materialize();
    return this.details?.literalParts;
  }
  set literalParts(v: string[] | undefined) {
    this.d.literalParts = v === undefined ? v : fitted(v);
  }
  /** Redirection tokens: the stream redirected, the stream merged into, and `>>`. */
  get fromStream(): RedirectionStream | undefined {
    return this.details?.fromStream;
  }
  set fromStream(v: RedirectionStream | undefined) {
    this.d.fromStream = v;
  }
  get toStream(): RedirectionStream | undefined {
    return this.details?.toStream;
  }
  set toStream(v: RedirectionStream | undefined) {
    this.d.toStream = v;
  }
  get append(): boolean | undefined {
    return this.details?.append;
  }
  set append(v: boolean | undefined) {
    this.d.append = v;
  }
  /** A `$( ... )` inside a string, not yet parsed. */
  set rescan(v: (() => ScannedToken) | undefined) {
    this.d.rescan = v;
  }
  get unscannedSubExpression(): boolean {
    return this.details?.unscannedSubExpression === true;
  }
  set unscannedSubExpression(v: boolean) {
    this.d.unscannedSubExpression = v;
  }

  private materialize(): void {
    const d = this.d;
    const full = (d.rescan as () => ScannedToken)();
    d.rescan = undefined;
    if (full.nestedTokens !== undefined) {
      d.nestedTokens = full.nestedTokens;
      d.literalParts = full.literalParts;
    }
  }

  /** True when kind, flags and offsets say everything about this token (see TokenStore). */
  isPlain(): boolean {
    return this.value === undefined && this.details === undefined;
  }

  /** TokenStore: what this token holds beyond its kind, flags, offsets and value (a variable token: its path). */
  packedSide(): object | undefined {
    return this.details;
  }

  /** TokenStore: the token again from its packed facts (`side` as `packedSide` gave it). */
  static unpack(
    kind: TokenKind,
    flags: TokenFlags,
    source: SourceText,
    startOffset: number,
    endOffset: number,
    value: string | number | bigint | undefined,
    side: object | undefined,
    isVariable: boolean,
  ): ScannedToken {
    if (isVariable)
      return new VariableToken(kind, flags, source, startOffset, endOffset, side as VariablePath);
    const token = new ScannedToken(kind, flags, source, startOffset, endOffset);
    token.value = value;
    token.details = side as TokenDetails | undefined;
    return token;
  }

  /** Plain data for JSON and the console (the getters are not own properties). */
  toJSON(): Record<string, unknown> {
    if (this.details?.rescan) this.materialize();
    const { rescan: _rescan, ...details } = this.details ?? {};
    return {
      kind: this.kind,
      flags: this.flags,
      text: this.text,
      extent: this.extent,
      value: this.value,
      ...details,
    };
  }
}

/**
 * Variable and SplattedVariable tokens: the path is a field of their own, not a side object (a fifth of the tokens
 * of a script are variables).
 */
export class VariableToken extends ScannedToken {
  private path: VariablePath | undefined;

  constructor(
    kind: TokenKind,
    flags: TokenFlags,
    source: SourceText,
    startOffset: number,
    endOffset: number,
    path: VariablePath,
  ) {
    super(kind, flags, source, startOffset, endOffset);
    this.path = path;
  }

  override get variablePath(): VariablePath | undefined {
    return this.path;
  }
  override isPlain(): boolean {
    return false;
  }
  override packedSide(): object | undefined {
    return this.path;
  }
  override set variablePath(v: VariablePath | undefined) {
    this.path = v;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), variablePath: this.path };
  }
}

const EOF = 0;

/** Slots of the recent-variable-path table (a power of two). */
const RecentPathSlots = 1024;

/** Generic tokens at least this long are remembered (see `genericMemo`); shorter ones are cheap to scan again. */
const MinMemoizedGenericLength = 64;

/** True when `offset` is strictly inside one of `tokens` (sorted, not overlapping). */
function insideToken(tokens: readonly ScannedToken[] | null, offset: number): boolean {
  if (tokens === null) return false;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = (tokens[mid] as ScannedToken).extent;
    if (offset <= e.startOffset) hi = mid - 1;
    else if (offset >= e.endOffset) lo = mid + 1;
    else return true;
  }
  return false;
}

export class Tokenizer {
  readonly source: SourceText;
  private readonly src: string;
  /** One past the last character this tokenizer may read (a nested scan stops at its `)`). */
  end: number;
  pos: number;
  private tokenStart = 0;
  mode: TokenizerMode = 'Command';
  allowSignedNumbers = false;
  forceEndNumberOnTernaryOpChars = false;
  wantSimpleName = false;
  /** Every token scanned (comments and newlines included); null while scanning inside strings. */
  tokenList: TokenStore | null;
  readonly requiresTokens: ScannedToken[] = [];
  /**
   * Instrumentation: characters covered by every token made, rescans included (tokens dropped by a resync and
   * the pieces of strings count again). Proportional to the scanning work; tests use it to prove parsing is linear.
   */
  charsScanned = 0;
  /** The last EndOfInput token made, given again when the scan asks at the end again and no list is kept. */
  private endOfInput: ScannedToken | null = null;
  private variablePaths: Map<string, VariablePath> | null = null;
  private recentPaths: (VariablePath | undefined)[] | null = null;
  /**
   * The last long generic token scanned without quotes or escapes (a run such as `$a$a$a...`): where it started
   * and ended, the scan's limit and mode, and its nested variable tokens. A scan starting inside that run at a
   * position the run's scan passed through (not inside a nested token) ends at the same place, so it takes the
   * end from here instead of scanning again: statements like `$a$a$a...` each peek the rest of the run as one
   * command-mode token, and without this the run was scanned once per statement.
   */
  private genericMemo: {
    start: number;
    end: number;
    limit: number;
    mode: TokenizerMode;
    nested: ScannedToken[] | null;
  } | null = null;

  constructor(
    source: SourceText,
    private readonly report: TokenizerErrorSink,
    tokenList: TokenStore | null,
    start = 0,
    end = source.text.length,
  ) {
    this.source = source;
    this.src = source.text;
    this.pos = start;
    this.end = end;
    this.tokenList = tokenList;
  }

  // ---- character access -----------------------------------------------------------------------

  private peek(offset = 0): number {
    const i = this.pos + offset;
    return i < this.end ? this.src.charCodeAt(i) : EOF;
  }

  private atEof(): boolean {
    return this.pos >= this.end;
  }

  private skipWhiteSpace(): void {
    while (this.pos < this.end && isWhitespace(this.src.charCodeAt(this.pos))) this.pos++;
  }

  // ---- token construction ---------------------------------------------------------------------

  /**
   * The variable path of `name`, shared by every token of this scan that names the same variable: paths are
   * read-only and a script names the same few variables again and again, so the parse keeps one object per name
   * instead of one per use.
   */
  /**
   * This scan's table of variable paths by name; a second scan of the same source given it (`sharePaths`) hands out
   * the same path objects, so tokens made later match the tree's variables.
   */
  get pathTable(): Map<string, VariablePath> {
    return (this.variablePaths ??= new Map());
  }

  sharePaths(table: Map<string, VariablePath>): void {
    this.variablePaths = table;
  }

  private variablePath(name: string): VariablePath {
    const paths = (this.variablePaths ??= new Map());
    let path = paths.get(name);
    if (path === undefined) {
      path = makeVariablePath(name);
      paths.set(name, path);
    }
    return path;
  }

  /**
   * `variablePath` of the source text from `start` to `end`, without cutting that text out first when the same
   * name was seen recently: a small table by a hash of the characters remembers the last path of each slot, and a
   * hit is confirmed by comparing the characters in place (cutting the name and hashing the new string for the Map
   * was a few percent of parse time).
   */
  private variablePathAt(start: number, end: number): VariablePath {
    const src = this.src;
    let hash = end - start;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + src.charCodeAt(i)) | 0;
    const slots = (this.recentPaths ??= new Array<VariablePath | undefined>(RecentPathSlots).fill(undefined));
    const slot = hash & (RecentPathSlots - 1);
    const recent = slots[slot];
    if (
      recent !== undefined &&
      recent.userPath.length === end - start &&
      src.startsWith(recent.userPath, start)
    )
      return recent;
    const path = this.variablePath(src.slice(start, end));
    slots[slot] = path;
    return path;
  }

  private save(token: ScannedToken): ScannedToken {
    this.tokenList?.push(token);
    return token;
  }

  /**
   * A token that only the token list would hold (a newline, `;`, comment or line continuation the scan skips): made
   * only when the list is kept (see `parse`'s scanTokens); otherwise just counted.
   */
  private trivia(kind: TokenKind): void {
    if (this.tokenList !== null) this.newToken(kind);
    else this.charsScanned += this.pos - this.tokenStart;
  }

  private newToken(kind: TokenKind, flags: number = TokenFlags.None): ScannedToken {
    this.charsScanned += this.pos - this.tokenStart;
    const token = new ScannedToken(kind, flags | getTraits(kind), this.source, this.tokenStart, this.pos);
    return this.save(token);
  }

  private error(errorId: DiagnosticId, start: number, end: number, ...args: string[]): void {
    this.report(errorId, start, end, false, args);
  }

  private incomplete(errorId: DiagnosticId, start: number, ...args: string[]): void {
    this.report(errorId, start, this.pos, true, args);
  }

  // ---- parser entry points --------------------------------------------------------------------

  /**
   * The character code after the blanks (space, tab, vertical tab, form feed; and newlines when asked) from the
   * current position, without moving; -1 at the end. The look-aheads below decide from it alone whether a token can
   * follow, so the parser need not scan one only to drop it.
   */
  private charAfterBlanks(newlines: boolean): number {
    const s = this.src;
    for (let p = this.pos; p < this.end; p++) {
      const c = s.charCodeAt(p);
      if (c === 32 || c === 9 || c === 11 || c === 12 || (newlines && (c === 10 || c === 13))) continue;
      return c;
    }
    return -1;
  }

  /**
   * True when the next token cannot be `[`: after blanks comes a newline, the end, or a plain ASCII character other
   * than `[` that starts no comment or line continuation (`#`, `<#`, backtick).
   */
  nextCannotBeLBracket(): boolean {
    const c = this.charAfterBlanks(false);
    return (
      c === -1 || c === 10 || c === 13 || (c > 32 && c < 128 && c !== 91 && c !== 35 && c !== 60 && c !== 96)
    );
  }

  /**
   * True when the next word after blanks and newlines cannot be `else` or `elseif`: the end, or a plain ASCII
   * character other than `e`/`E` that starts no comment or line continuation.
   */
  nextWordCannotBeElse(): boolean {
    const c = this.charAfterBlanks(true);
    return c < 128 && c !== 101 && c !== 69 && c !== 35 && c !== 60 && c !== 96;
  }

  /** True when the next character after blanks is an ASCII letter or `_` (the start of a word in either mode). */
  nextStartsWithLetter(): boolean {
    const c = this.charAfterBlanks(false);
    return isAsciiWordStart(c);
  }

  restorePoint(): number {
    this.tokenStart = this.pos;
    return this.pos;
  }

  /** Rescans from an offset: drops the tokens saved from there on. */
  resync(offset: number): void {
    this.pos = Math.max(0, Math.min(offset, this.end));
    this.tokenList?.dropFrom(offset);
    const req = this.requiresTokens;
    while (req.length > 0 && (req[req.length - 1] as ScannedToken).startOffset >= offset) req.pop();
  }

  /** Skips whitespace, newlines, comments, line continuations (and `;` when asked), saving trivia tokens. */
  skipNewlines(skipSemis: boolean): void {
    for (;;) {
      const c = this.peek();
      if (c === EOF && this.atEof()) return;
      if (c === 32 || c === 9 || isWhitespace(c)) {
        this.skipWhiteSpace();
      } else if (c === 10 || c === 13) {
        this.tokenStart = this.pos;
        this.pos += c === 13 && this.peek(1) === 10 ? 2 : 1;
        this.trivia(TokenKind.NewLine);
      } else if (c === 59 && skipSemis) {
        this.tokenStart = this.pos;
        this.pos++;
        this.trivia(TokenKind.Semi);
      } else if (c === 35) {
        this.tokenStart = this.pos;
        this.pos++;
        this.scanLineComment();
      } else if (c === 60 && this.peek(1) === 35) {
        this.tokenStart = this.pos;
        this.pos += 2;
        this.scanBlockComment();
      } else if (c === 96) {
        const c1 = this.peek(1);
        if (c1 === 10 || c1 === 13) {
          this.tokenStart = this.pos;
          this.pos += c1 === 13 && this.peek(2) === 10 ? 3 : 2;
          this.trivia(TokenKind.LineContinuation);
        } else if (c1 !== EOF && isWhitespace(c1)) {
          this.tokenStart = this.pos;
          this.pos++;
          this.trivia(TokenKind.LineContinuation);
          this.skipWhiteSpace();
        } else return;
      } else return;
    }
  }

  /** True when only whitespace and comments follow `offset` (what makes an error "incomplete input"). */
  onlyTriviaAfter(offset: number): boolean {
    const s = this.src;
    const n = s.length;
    for (let i = offset; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 35) {
        while (i < n && s.charCodeAt(i) !== 10 && s.charCodeAt(i) !== 13) i++;
        i--;
        continue;
      }
      if (c === 60 && s.charCodeAt(i + 1) === 35) {
        const close = s.indexOf('#>', i + 2);
        if (close < 0) return true;
        i = close + 1;
        continue;
      }
      if (c === 10 || c === 13 || isWhitespace(c)) continue;
      return false;
    }
    return true;
  }

  /**
   * After a NewLine token ending at `offset`: does the next non-comment line start with `|`? Blank or
   * whitespace-only lines stop the continuation (PowerShell's ContinuationAfterExtent).
   */
  isPipeContinuation(offset: number): boolean {
    const s = this.src;
    const n = s.length;
    if (offset >= n) return false;
    let lastNonWhitespaceIsNewline = true;
    let i = offset;
    while (i < n - 1) {
      const c = s.charCodeAt(i);
      if (isWhitespace(c)) {
        i++;
        continue;
      }
      if (c === 10 || c === 13) {
        if (lastNonWhitespaceIsNewline) return false;
        lastNonWhitespaceIsNewline = true;
        i += c === 13 && s.charCodeAt(i + 1) === 10 ? 2 : 1;
        continue;
      }
      lastNonWhitespaceIsNewline = false;
      if (c === 35) {
        i++;
        while (i < n && s.charCodeAt(i) !== 10 && s.charCodeAt(i) !== 13) i++;
        continue;
      }
      if (c === 60 && s.charCodeAt(i + 1) === 35) {
        const close = s.indexOf('#>', i + 2);
        i = close < 0 ? n : close + 2;
        continue;
      }
      return c === 124;
    }
    return s.charCodeAt(n - 1) === 124;
  }

  /** `.`, `::`, `[`, `?.`, `?[` immediately after an expression (no whitespace), else null. */
  getMemberAccessOperator(allowLBracket: boolean): ScannedToken | null {
    let c = this.peek();
    while (c === 60) {
      if (this.peek(1) !== 35) return null;
      this.tokenStart = this.pos;
      this.pos += 2;
      this.scanBlockComment();
      c = this.peek();
    }
    if (c === 46) {
      const c1 = this.peek(1);
      if (c1 === 46) return null;
      if (this.mode === 'Command' && (c1 === EOF || c1 === 10 || c1 === 13 || isWhitespace(c1))) return null;
      this.tokenStart = this.pos;
      this.pos++;
      return this.newToken(TokenKind.Dot);
    }
    if (c === 58) {
      if (this.peek(1) !== 58) return null;
      const c2 = this.peek(2);
      if (this.mode === 'Command' && (c2 === EOF || c2 === 10 || c2 === 13 || isWhitespace(c2))) return null;
      this.tokenStart = this.pos;
      this.pos += 2;
      return this.newToken(TokenKind.ColonColon);
    }
    if (c === 91 && allowLBracket) {
      this.tokenStart = this.pos;
      this.pos++;
      return this.newToken(TokenKind.LBracket);
    }
    if (c === 63) {
      const c1 = this.peek(1);
      if (c1 === 46) {
        this.tokenStart = this.pos;
        this.pos += 2;
        return this.newToken(TokenKind.QuestionDot);
      }
      if (c1 === 91 && allowLBracket) {
        this.tokenStart = this.pos;
        this.pos += 2;
        return this.newToken(TokenKind.QuestionLBracket);
      }
    }
    return null;
  }

  /** `(` or `{` directly after a member name: a method call. */
  getInvokeMemberOpenParen(): ScannedToken | null {
    const c = this.peek();
    if (c === 40 || c === 123) {
      this.tokenStart = this.pos;
      this.pos++;
      return this.newToken(c === 40 ? TokenKind.LParen : TokenKind.LCurly);
    }
    return null;
  }

  /** The `[` of an attribute or type, skipping whitespace and comments, in any mode. */
  getLBracket(): ScannedToken | null {
    const resyncPoint = this.pos;
    let resyncIfMemberAccess = false;
    for (;;) {
      this.tokenStart = this.pos;
      const c = this.peek();
      if (c === EOF && this.atEof()) return null;
      if (isWhitespace(c)) {
        resyncIfMemberAccess = true;
        this.skipWhiteSpace();
        continue;
      }
      if (c === 35) {
        resyncIfMemberAccess = true;
        this.pos++;
        this.scanLineComment();
        continue;
      }
      if (c === 60 && this.peek(1) === 35) {
        resyncIfMemberAccess = false;
        this.pos += 2;
        this.scanBlockComment();
        continue;
      }
      if (c === 91) {
        this.pos++;
        return this.newToken(TokenKind.LBracket);
      }
      if ((c === 46 || c === 58) && resyncIfMemberAccess) this.resync(resyncPoint);
      return null;
    }
  }

  /** Everything after `--%` to the end of the line (or an unquoted `|`/`&&`): one verbatim argument. */
  getVerbatimCommandArgument(): ScannedToken | null {
    this.skipWhiteSpace();
    this.tokenStart = this.pos;
    let inQuotes = false;
    for (;;) {
      const c = this.peek();
      if (c === 10 || c === 13 || (c === EOF && this.atEof())) break;
      if (isDoubleQuote(c)) inQuotes = !inQuotes;
      else if (!inQuotes && (c === 124 || (c === 38 && this.peek(1) === 38))) break;
      this.pos++;
    }
    const token = this.newToken(TokenKind.Generic);
    token.value = this.src.slice(this.tokenStart, this.pos);
    return token;
  }

  /** The assembly part of `[Type, Assembly, Version=...]`. */
  getAssemblyNameSpec(): string {
    const parts: string[] = [];
    parts.push(this.scanAssemblyNameSpecToken());
    while (this.peek() === 44) {
      this.tokenStart = this.pos;
      this.pos++;
      this.newToken(TokenKind.Comma);
      parts.push(', ');
      parts.push(this.scanAssemblyNameSpecToken());
      if (this.peek() === 61) {
        this.tokenStart = this.pos;
        this.pos++;
        this.newToken(TokenKind.Equals);
        parts.push('=');
        parts.push(this.scanAssemblyNameSpecToken());
      }
    }
    return parts.join('');
  }

  private scanAssemblyNameSpecToken(): string {
    this.skipWhiteSpace();
    this.tokenStart = this.pos;
    while (this.pos < this.end && !forceStartNewTokenInAssemblyNameSpec(this.src.charCodeAt(this.pos)))
      this.pos++;
    const text = this.src.slice(this.tokenStart, this.pos);
    if (this.pos > this.tokenStart) this.newToken(TokenKind.Identifier, TokenFlags.TypeName);
    this.skipWhiteSpace();
    return text;
  }

  // ---- comments -------------------------------------------------------------------------------

  private scanLineComment(): void {
    const s = this.src;
    while (this.pos < this.end) {
      const c = s.charCodeAt(this.pos);
      if (c === 10 || c === 13) break;
      this.pos++;
    }
    if (
      this.pos - this.tokenStart >= 9 &&
      s.slice(this.tokenStart + 1, this.tokenStart + 9).toLowerCase() === 'requires'
    ) {
      this.requiresTokens.push(this.newToken(TokenKind.Comment));
    } else this.trivia(TokenKind.Comment);
  }

  private scanBlockComment(): void {
    const errorIndex = this.tokenStart;
    const close = this.src.indexOf('#>', this.pos);
    if (close < 0 || close + 2 > this.end) {
      this.pos = this.end;
      this.incomplete('MissingTerminatorMultiLineComment', errorIndex);
    } else {
      this.pos = close + 2;
    }
    this.trivia(TokenKind.Comment);
  }

  // ---- the main scanner -----------------------------------------------------------------------

  nextToken(): ScannedToken {
    for (;;) {
      this.tokenStart = this.pos;
      if (this.pos >= this.end) {
        // Asking again at the end gives back the same EndOfInput token: the list holds exactly one.
        const last = this.tokenList !== null ? this.tokenList.last() : this.endOfInput;
        if (
          last !== undefined &&
          last !== null &&
          last.kind === TokenKind.EndOfInput &&
          last.startOffset === this.pos
        )
          return last;
        return (this.endOfInput = this.newToken(TokenKind.EndOfInput));
      }
      const c = this.src.charCodeAt(this.pos++);
      switch (c) {
        case 32:
        case 9:
        case 12:
        case 11:
          this.skipWhiteSpace();
          continue;
        case 39:
          return this.scanStringLiteralToken();
        case 34:
          return this.scanStringExpandableToken();
        case 64: // @
          return this.scanAt();
        case 35: // #
          this.scanLineComment();
          continue;
        case 10:
          return this.newToken(TokenKind.NewLine);
        case 13:
          if (this.peek() === 10) this.pos++;
          return this.newToken(TokenKind.NewLine);
        case 96: {
          // backtick
          const c1 = this.peek();
          if (c1 === 10 || c1 === 13) {
            this.pos += c1 === 13 && this.peek(1) === 10 ? 2 : 1;
            this.newToken(TokenKind.LineContinuation);
            continue;
          }
          // A backtick before whitespace or at the very end escapes nothing; it is kept as trivia.
          if (c1 === EOF && this.atEof()) {
            this.newToken(TokenKind.LineContinuation);
            this.incomplete('IncompleteString', this.pos);
            continue;
          }
          if (isWhitespace(c1)) {
            this.newToken(TokenKind.LineContinuation);
            this.skipWhiteSpace();
            continue;
          }
          this.pos--;
          return this.scanGenericToken(this.pos);
        }
        case 61:
          return this.checkOperatorInCommandMode(TokenKind.Equals);
        case 43: {
          // +
          const c1 = this.peek();
          if (c1 === 43) {
            this.pos++;
            return this.checkOperatorInCommandMode(TokenKind.PlusPlus);
          }
          if (c1 === 61) {
            this.pos++;
            return this.checkOperatorInCommandMode(TokenKind.PlusEquals);
          }
          if (this.allowSignedNumbers && (isDecimalDigit(c1) || c1 === 46)) return this.scanNumber();
          return this.checkOperatorInCommandMode(TokenKind.Plus);
        }
        case 45:
        case 0x2013:
        case 0x2014:
        case 0x2015:
          return this.scanDash();
        case 42: {
          // *
          const c1 = this.peek();
          if (c1 === 61) {
            this.pos++;
            return this.checkOperatorInCommandMode(TokenKind.MultiplyEquals);
          }
          if (c1 === 62) {
            this.pos++;
            return this.scanRedirectionAfterGreater(0, false);
          }
          return this.checkOperatorInCommandMode(TokenKind.Multiply);
        }
        case 47:
          if (this.peek() === 61) {
            this.pos++;
            return this.checkOperatorInCommandMode(TokenKind.DivideEquals);
          }
          return this.checkOperatorInCommandMode(TokenKind.Divide);
        case 37:
          if (this.peek() === 61) {
            this.pos++;
            return this.checkOperatorInCommandMode(TokenKind.RemainderEquals);
          }
          return this.checkOperatorInCommandMode(TokenKind.Rem);
        case 36: // $
          if (this.peek() === 40) {
            this.pos++;
            return this.newToken(TokenKind.DollarParen);
          }
          return this.scanVariable(false, false);
        case 60: // <
          if (this.peek() === 35) {
            this.pos++;
            this.scanBlockComment();
            continue;
          }
          return this.newToken(TokenKind.RedirectInStd);
        case 62: // >
          this.pos--;
          return this.scanRedirectionAfterGreater(1, false);
        case 40:
          return this.newToken(TokenKind.LParen);
        case 41:
          return this.newToken(TokenKind.RParen);
        case 91:
          if (this.mode === 'Command' && !forceStartNewToken(this.peek()))
            return this.scanGenericToken(this.tokenStart);
          return this.newToken(TokenKind.LBracket);
        case 93:
          return this.newToken(TokenKind.RBracket);
        case 123:
          return this.newToken(TokenKind.LCurly);
        case 125:
          return this.newToken(TokenKind.RCurly);
        case 46:
          return this.scanDot();
        case 59:
          return this.newToken(TokenKind.Semi);
        case 44:
          return this.newToken(TokenKind.Comma);
        case 49:
        case 50:
        case 51:
        case 52:
        case 53:
        case 54:
          if (this.peek() === 62) {
            this.pos++;
            return this.scanRedirectionAfterGreater(c - 48, true);
          }
          return this.scanNumber();
        case 48:
        case 55:
        case 56:
        case 57:
          return this.scanNumber();
        case 38: // &
          if (this.peek() === 38) {
            this.pos++;
            return this.newToken(TokenKind.AndAnd);
          }
          return this.newToken(TokenKind.Ampersand);
        case 124: // |
          if (this.peek() === 124) {
            this.pos++;
            return this.newToken(TokenKind.OrOr);
          }
          return this.newToken(TokenKind.Pipe);
        case 33: {
          // !
          const c1 = this.peek();
          if (
            (this.mode === 'Command' && !forceStartNewToken(c1)) ||
            (this.mode === 'Expression' && isIdentifierStart(c1))
          ) {
            return this.scanGenericToken(this.tokenStart);
          }
          return this.newToken(TokenKind.Exclaim);
        }
        case 58: // :
          if (this.peek() === 58) {
            this.pos++;
            if (this.mode === 'Command' && !this.wantSimpleName && !forceStartNewToken(this.peek())) {
              return this.scanGenericToken(this.tokenStart);
            }
            return this.newToken(TokenKind.ColonColon);
          }
          if (this.mode === 'Command') return this.scanLabel();
          return this.newToken(TokenKind.Colon);
        case 63: // ?
          if (this.mode === 'Expression') {
            if (this.peek() === 63) {
              this.pos++;
              if (this.peek() === 61) {
                this.pos++;
                return this.newToken(TokenKind.QuestionQuestionEquals);
              }
              return this.newToken(TokenKind.QuestionQuestion);
            }
            return this.newToken(TokenKind.QuestionMark);
          }
          return this.scanGenericToken(this.tokenStart);
        case 0x2018:
        case 0x2019:
        case 0x201a:
        case 0x201b:
          return this.scanStringLiteralToken();
        case 0x201c:
        case 0x201d:
        case 0x201e:
          return this.scanStringExpandableToken();
        default:
          if (isAsciiWordStart(c)) return this.scanIdentifier();
          if (isWhitespace(c)) {
            this.skipWhiteSpace();
            continue;
          }
          if (c >= 128 && isLetterCode(c)) return this.scanIdentifier();
          return this.scanGenericToken(this.tokenStart);
      }
    }
  }

  private checkOperatorInCommandMode(kind: TokenKind): ScannedToken {
    if (this.mode === 'Command' && !forceStartNewToken(this.peek()))
      return this.scanGenericToken(this.tokenStart);
    return this.newToken(kind);
  }

  private scanAt(): ScannedToken {
    const c1 = this.peek();
    if (c1 === 123) {
      this.pos++;
      return this.newToken(TokenKind.AtCurly);
    }
    if (c1 === 40) {
      this.pos++;
      return this.newToken(TokenKind.AtParen);
    }
    if (isSingleQuote(c1)) {
      this.pos++;
      return this.scanHereString(false);
    }
    if (isDoubleQuote(c1)) {
      this.pos++;
      return this.scanHereString(true);
    }
    if (c1 !== EOF && isVariableStart(c1)) return this.scanVariable(true, false);
    this.error('UnrecognizedToken', this.pos - 1, this.pos);
    return this.newToken(TokenKind.Unknown);
  }

  private scanDash(): ScannedToken {
    const c1 = this.peek();
    if (isDash(c1)) {
      this.pos++;
      return this.checkOperatorInCommandMode(TokenKind.MinusMinus);
    }
    if (c1 === 61) {
      this.pos++;
      return this.checkOperatorInCommandMode(TokenKind.MinusEquals);
    }
    if (isLetterCode(c1) || c1 === 95 || c1 === 63) return this.scanParameter();
    if (this.allowSignedNumbers && (isDecimalDigit(c1) || c1 === 46)) return this.scanNumber();
    return this.checkOperatorInCommandMode(TokenKind.Minus);
  }

  /** After `>` (pos at the `>`), or `n>`/`*>` (pos after the `>`): file or merging redirection. */
  private scanRedirectionAfterGreater(from: number, explicit: boolean): ScannedToken {
    if (!explicit && from === 1) this.pos++; // consume the '>'
    let append = false;
    if (this.peek() === 62) {
      this.pos++;
      append = true;
    } else if (this.peek() === 38) {
      const to = this.peek(1);
      if ((explicit || from === 0) && (to === 49 || (from !== 0 && to === 50))) {
        if (explicit && this.mode === 'Expression') return this.numberInsteadOfRedirection(from);
        this.pos += 2;
        const token = this.newToken(TokenKind.Redirection);
        token.fromStream = redirectionStreams[from];
        token.toStream = redirectionStreams[to - 48];
        return token;
      }
    }
    if (explicit && this.mode === 'Expression') return this.numberInsteadOfRedirection(from);
    const token = this.newToken(TokenKind.Redirection);
    token.fromStream = redirectionStreams[from];
    token.append = append;
    return token;
  }

  /** In expression mode `2>` is the number 2 followed by `>` (PowerShell's NewFileRedirectionToken). */
  private numberInsteadOfRedirection(from: number): ScannedToken {
    this.pos = this.tokenStart + 1;
    const token = this.newToken(TokenKind.Number);
    token.value = from;
    token.numberKind = 'Int32';
    return token;
  }

  private scanDot(): ScannedToken {
    const c = this.peek();
    if (c === 46) {
      this.pos++;
      if (this.mode === 'Command' && !forceStartNewToken(this.peek()))
        return this.scanGenericToken(this.tokenStart);
      return this.newToken(TokenKind.DotDot);
    }
    if (isDecimalDigit(c)) return this.scanNumber();
    if (this.mode === 'Command' && !forceStartNewToken(c) && c !== 36 && c !== 34 && c !== 39) {
      return this.scanGenericToken(this.tokenStart);
    }
    return this.newToken(TokenKind.Dot);
  }

  private scanLabel(): ScannedToken {
    const c = this.peek();
    if (!isIdentifierStart(c)) {
      if (c === EOF && this.atEof()) {
        const token = this.newToken(TokenKind.Generic);
        token.value = ':';
        return token;
      }
      return this.scanGenericToken(this.tokenStart);
    }
    const nameStart = this.pos;
    while (isIdentifierFollow(this.peek()) && this.pos < this.end) this.pos++;
    if (this.mode === 'Command' && !forceStartNewToken(this.peek()))
      return this.scanGenericToken(this.tokenStart);
    const token = this.newToken(TokenKind.Label);
    token.name = this.src.slice(nameStart, this.pos);
    return token;
  }

  private scanIdentifier(): ScannedToken {
    while (this.pos < this.end && isIdentifierFollow(this.src.charCodeAt(this.pos))) this.pos++;
    if (this.mode === 'TypeName') return this.scanTypeName();
    const c = this.peek();
    if (!this.wantSimpleName && this.mode === 'Command' && !forceStartNewToken(c)) {
      return this.scanGenericToken(this.tokenStart);
    }
    if (!this.wantSimpleName && (this.mode === 'Command' || this.mode === 'Signature')) {
      const kind = keywordKind(this.src.slice(this.tokenStart, this.pos));
      if (kind !== undefined && kind !== TokenKind.InlineScript) return this.newToken(kind);
    }
    return this.newToken(TokenKind.Identifier);
  }

  private scanTypeName(): ScannedToken {
    for (;;) {
      const c = this.peek();
      if (
        c === 46 ||
        c === 96 ||
        c === 95 ||
        c === 43 ||
        c === 35 ||
        c === 92 ||
        (c !== EOF && isLetterOrDigitCode(c))
      ) {
        this.pos++;
        continue;
      }
      break;
    }
    return this.newToken(TokenKind.Identifier, TokenFlags.TypeName);
  }

  private scanParameter(): ScannedToken {
    const nameStart = this.pos;
    let usedColon = false;
    let nameEnd = -1;
    for (;;) {
      const c = this.peek();
      if (c === EOF && this.atEof()) break;
      if (isWhitespace(c)) break;
      if (
        c === 123 ||
        c === 125 ||
        c === 40 ||
        c === 41 ||
        c === 59 ||
        c === 44 ||
        c === 124 ||
        c === 38 ||
        c === 46 ||
        c === 91 ||
        c === 10 ||
        c === 13
      ) {
        break;
      }
      if (c === 58) {
        nameEnd = this.pos;
        usedColon = true;
        if (this.mode === 'Command') this.pos++;
        break;
      }
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        this.pos++;
        continue;
      }
      if (isSingleQuote(c) || isDoubleQuote(c)) {
        if (this.mode === 'Command') return this.scanGenericToken(this.tokenStart);
        break;
      }
      if (this.mode === 'Command') {
        this.pos++;
        continue;
      }
      break;
    }
    if (nameEnd < 0) nameEnd = this.pos;
    const name = this.src.slice(nameStart, nameEnd);
    if (this.mode === 'Expression') {
      const op = operatorKind(name);
      if (op !== undefined) return this.newToken(op);
    }
    if (name.length === 0) return this.newToken(TokenKind.Minus);
    const token = this.newToken(TokenKind.Parameter);
    token.name = name;
    token.usedColon = usedColon;
    return token;
  }

  // ---- generic tokens (command-mode bare words) ------------------------------------------------

  /** Scans a bare word from `start` (already-consumed prefix included), with escapes, quotes and `$` parts. */
  private scanGenericToken(start: number): ScannedToken {
    const memo = this.genericMemo;
    if (
      memo !== null &&
      start >= memo.start &&
      start < memo.end &&
      memo.limit === this.end &&
      memo.mode === this.mode &&
      !insideToken(memo.nested, start)
    )
      return this.genericFromMemo(start, memo.end, memo.nested);
    // Fast path: most bare words have no escapes, quotes or `$`; they are one slice of the source.
    const s0 = this.src;
    let i = start + 1;
    for (; i < this.end; i++) {
      const c = s0.charCodeAt(i);
      if (c === 96 || c === 36 || c === 39 || c === 34 || c > 127 || forceStartNewToken(c)) break;
    }
    const stop = i < this.end ? s0.charCodeAt(i) : EOF;
    const first = s0.charCodeAt(start);
    if (
      (i >= this.end || (stop < 128 && forceStartNewToken(stop))) &&
      first !== 96 &&
      first !== 36 &&
      first < 128
    ) {
      this.pos = i;
      const token = this.newToken(TokenKind.Generic);
      token.value = s0.slice(start, i);
      if (i - start >= MinMemoizedGenericLength)
        this.genericMemo = { start, end: i, limit: this.end, mode: this.mode, nested: null };
      return token;
    }
    return this.scanGenericTokenSlow(start);
  }

  private scanGenericTokenSlow(start: number): ScannedToken {
    this.pos = start;
    const s = this.src;
    let raw = true; // no quotes or escapes: the value is the source text
    let chunkStart = start;
    let parts: string[] | null = null; // processed text pieces, only when escapes/quotes occur
    let nested: ScannedToken[] | null = null;
    let literal: string[] | null = null; // literal pieces between nested expressions
    let literalBuf: string[] = [];
    const flushChunk = (endAt: number): void => {
      if (endAt > chunkStart) {
        const piece = s.slice(chunkStart, endAt);
        (parts ??= []).push(piece);
        literalBuf.push(piece);
      }
    };
    // The first character is always part of the token (it is why we are here), even `[`, `:`, `!`.
    let first = true;
    while (this.pos < this.end) {
      const c = s.charCodeAt(this.pos);
      if (!first && forceStartNewToken(c)) break;
      first = false;
      if (c === 96) {
        const c1 = this.peek(1);
        if (c1 === EOF && this.pos + 1 >= this.end) {
          this.pos++;
          break;
        }
        flushChunk(this.pos);
        raw = false;
        this.pos += 2;
        const esc = this.backtick(c1);
        (parts ??= []).push(esc);
        literalBuf.push(esc);
        chunkStart = this.pos;
        continue;
      }
      if (isSingleQuote(c)) {
        flushChunk(this.pos);
        raw = false;
        this.pos++;
        const value = this.scanStringLiteralBody();
        (parts ??= []).push(value);
        literalBuf.push(value);
        chunkStart = this.pos;
        continue;
      }
      if (isDoubleQuote(c)) {
        flushChunk(this.pos);
        raw = false;
        this.pos++;
        const r = this.scanStringExpandableBody(false);
        (parts ??= []).push(r.value);
        if (r.nested.length > 0) {
          nested ??= [];
          literal ??= [];
          literalBuf.push(r.literal[0] as string);
          for (let i = 0; i < r.nested.length; i++) {
            nested.push(r.nested[i] as ScannedToken);
            literal.push(literalBuf.join(''));
            literalBuf = [r.literal[i + 1] as string];
          }
        } else {
          literalBuf.push(r.literal[0] as string);
        }
        chunkStart = this.pos;
        continue;
      }
      if (c === 36) {
        const dollar = this.pos;
        this.pos++;
        const token = this.scanDollarInString(false);
        if (token) {
          flushChunk(dollar);
          (parts ??= []).push(s.slice(dollar, this.pos));
          nested ??= [];
          literal ??= [];
          nested.push(token);
          literal.push(literalBuf.join(''));
          literalBuf = [];
          chunkStart = this.pos;
          continue;
        }
        continue;
      }
      this.pos++;
    }
    const token = this.newToken(TokenKind.Generic);
    if (parts === null) {
      token.value = s.slice(start, this.pos);
    } else {
      flushChunk(this.pos);
      token.value = (parts as string[]).join('');
    }
    if (nested) {
      literal!.push(literalBuf.join(''));
      token.nestedTokens = nested;
      token.literalParts = literal!;
    }
    if (raw && this.pos - start >= MinMemoizedGenericLength)
      this.genericMemo = { start, end: this.pos, limit: this.end, mode: this.mode, nested };
    return token;
  }

  /** The generic token from `start` to `end` that a scan would give, when the memo says where it ends. */
  private genericFromMemo(start: number, end: number, nested: ScannedToken[] | null): ScannedToken {
    this.pos = end;
    // Not counted in charsScanned: nothing is read.
    const token = this.save(
      new ScannedToken(TokenKind.Generic, getTraits(TokenKind.Generic), this.source, this.tokenStart, end),
    );
    token.value = this.src.slice(start, end);
    if (nested !== null && (nested[nested.length - 1] as ScannedToken).startOffset >= start) {
      // Its nested tokens (and their literal parts) are made only when asked for, by a scan of its own.
      const { source, end: limit, mode } = this;
      token.rescan = () => {
        const scanner = new Tokenizer(source, () => {}, null, start, limit);
        scanner.mode = mode;
        scanner.tokenStart = start;
        return scanner.scanGenericTokenSlow(start);
      };
    }
    return token;
  }

  private backtick(c: number): string {
    switch (c) {
      case 48:
        return '\0';
      case 97:
        return '\x07';
      case 98:
        return '\b';
      case 101:
        return '\x1b';
      case 102:
        return '\f';
      case 110:
        return '\n';
      case 114:
        return '\r';
      case 116:
        return '\t';
      case 118:
        return '\v';
      case 117:
        return this.scanUnicodeEscape();
      default:
        return String.fromCharCode(c);
    }
  }

  /** `` `u{1F600} ``: pos is after the `u`. Errors and positions as PowerShell's ScanUnicodeEscape. */
  private scanUnicodeEscape(): string {
    const escStart = this.pos - 2;
    if (this.peek() !== 123) {
      this.error('InvalidUnicodeEscapeSequence', escStart, this.pos);
      return '';
    }
    this.pos++;
    const digitsStart = this.pos;
    for (let i = 0; i < 7; i++) {
      const c = this.peek();
      if (c === 125 && this.pos < this.end) {
        this.pos++;
        if (i === 0) {
          this.error('InvalidUnicodeEscapeSequence', escStart, this.pos);
          return '';
        }
        break;
      }
      if (!isHexDigit(c) || this.pos >= this.end) {
        this.error(
          i < 6 ? 'InvalidUnicodeEscapeSequence' : 'MissingUnicodeEscapeSequenceTerminator',
          this.pos,
          this.pos + 1,
        );
        return '';
      }
      if (i === 6) {
        this.error('TooManyDigitsInUnicodeEscapeSequence', this.pos, this.pos + 1);
        return '';
      }
      this.pos++;
    }
    const digits = this.src.slice(digitsStart, this.pos - 1);
    const cp = parseInt(digits, 16);
    if (cp > 0x10ffff) {
      this.error('InvalidUnicodeEscapeSequenceValue', escStart + 3, this.pos - 1);
      return '';
    }
    return String.fromCodePoint(cp);
  }

  // ---- strings --------------------------------------------------------------------------------

  /** Body of a '...' string; pos after the opening quote. Quotes doubled are one quote. */
  private scanStringLiteralBody(): string {
    const errorIndex = this.pos - 1;
    const s = this.src;
    let chunkStart = this.pos;
    let parts: string[] | null = null;
    while (this.pos < this.end) {
      const c = s.charCodeAt(this.pos);
      if (isSingleQuote(c)) {
        if (!isSingleQuote(this.peek(1))) {
          const piece = s.slice(chunkStart, this.pos);
          this.pos++;
          if (parts === null) return piece;
          parts.push(piece);
          return parts.join('');
        }
        (parts ??= []).push(s.slice(chunkStart, this.pos + 1));
        this.pos += 2;
        chunkStart = this.pos;
        continue;
      }
      this.pos++;
    }
    this.incomplete('TerminatorExpectedAtEndOfString', errorIndex, "'");
    this.unterminated = true;
    const piece = s.slice(chunkStart, this.pos);
    if (parts === null) return piece;
    parts.push(piece);
    return parts.join('');
  }

  private unterminated = false;

  private scanStringLiteralToken(): ScannedToken {
    this.unterminated = false;
    const value = this.scanStringLiteralBody();
    const token = this.newToken(TokenKind.StringLiteral, this.unterminated ? TokenFlags.TokenInError : 0);
    token.value = value;
    return token;
  }

  /**
   * Body of a "..." string; pos after the opening quote. Returns the processed value (with `$...` kept as
   * written), the nested variable / `$(...)` tokens and the literal pieces between them.
   */
  private scanStringExpandableBody(hereString: boolean): {
    value: string;
    nested: ScannedToken[];
    literal: string[];
  } {
    const errorIndex = this.pos - 1;
    const s = this.src;
    const value: string[] = [];
    const literal: string[] = [];
    const nested: ScannedToken[] = [];
    let lit: string[] = [];
    let chunkStart = this.pos;
    const flush = (endAt: number): void => {
      if (endAt > chunkStart) {
        const piece = s.slice(chunkStart, endAt);
        value.push(piece);
        lit.push(piece);
      }
    };
    while (this.pos < this.end) {
      const c = s.charCodeAt(this.pos);
      if (!hereString && isDoubleQuote(c)) {
        if (!isDoubleQuote(this.peek(1))) {
          flush(this.pos);
          this.pos++;
          literal.push(lit.join(''));
          return { value: value.join(''), nested, literal };
        }
        flush(this.pos);
        const q = s[this.pos + 1] as string;
        value.push(q);
        lit.push(q);
        this.pos += 2;
        chunkStart = this.pos;
        continue;
      }
      if (hereString && (c === 10 || c === 13)) {
        // A newline followed directly by "@ ends a here-string.
        const nl = c === 13 && this.peek(1) === 10 ? 2 : 1;
        const after = this.pos + nl;
        if (after < this.end && isDoubleQuote(s.charCodeAt(after)) && s.charCodeAt(after + 1) === 64) {
          flush(this.pos);
          this.pos = after + 2;
          literal.push(lit.join(''));
          return { value: value.join(''), nested, literal };
        }
        this.pos += nl;
        continue;
      }
      if (c === 36) {
        const dollar = this.pos;
        this.pos++;
        const token = this.scanDollarInString(hereString);
        if (token) {
          flush(dollar);
          value.push(s.slice(dollar, this.pos));
          nested.push(token);
          literal.push(lit.join(''));
          lit = [];
          chunkStart = this.pos;
        }
        continue;
      }
      if (c === 96) {
        const c1 = this.peek(1);
        if (c1 !== EOF) {
          flush(this.pos);
          this.pos += 2;
          const esc = this.backtick(c1);
          value.push(esc);
          lit.push(esc);
          chunkStart = this.pos;
          continue;
        }
      }
      this.pos++;
    }
    flush(this.pos);
    literal.push(lit.join(''));
    this.unterminated = true;
    if (hereString) this.hereStringUnterminated = true;
    else this.incomplete('TerminatorExpectedAtEndOfString', errorIndex, '"');
    return { value: value.join(''), nested, literal };
  }

  private hereStringUnterminated = false;

  private scanStringExpandableToken(): ScannedToken {
    // Fast path: no `$`, backtick or inner quote before the closing ASCII quote.
    const s0 = this.src;
    for (let i = this.pos; i < this.end; i++) {
      const c = s0.charCodeAt(i);
      if (c === 34) {
        if (s0.charCodeAt(i + 1) === 34 && i + 1 < this.end) break;
        const value = s0.slice(this.pos, i);
        this.pos = i + 1;
        const token = this.newToken(TokenKind.StringExpandable);
        token.value = value;
        return token;
      }
      if (c === 36 || c === 96 || c > 0x2000) break;
    }
    this.unterminated = false;
    const r = this.scanStringExpandableBody(false);
    const token = this.newToken(TokenKind.StringExpandable, this.unterminated ? TokenFlags.TokenInError : 0);
    token.value = r.value;
    if (r.nested.length > 0) {
      token.nestedTokens = r.nested;
      token.literalParts = r.literal;
    }
    return token;
  }

  /** `$name`, `${...}` or `$( ... )` inside a string; pos after the `$`. Null if the `$` is literal. */
  private scanDollarInString(hereString: boolean): ScannedToken | null {
    const c1 = this.peek();
    const saveStart = this.tokenStart;
    const saveMode = this.mode;
    const saveList = this.tokenList;
    this.tokenList = null;
    this.mode = 'Expression';
    try {
      if (c1 === 40) {
        this.pos++;
        return this.scanSubExpression(hereString);
      }
      if (c1 !== EOF && (isVariableStart(c1) || c1 === 123)) {
        this.tokenStart = this.pos - 1;
        return this.scanVariable(false, true);
      }
      return null;
    } finally {
      this.tokenList = saveList;
      this.tokenStart = saveStart;
      this.mode = saveMode;
    }
  }

  /** Finds the `)` matching `$(` by counting parens, as PowerShell does; the parser parses it later. */
  private scanSubExpression(hereString: boolean): ScannedToken {
    const start = this.pos - 2;
    let depth = 1;
    const s = this.src;
    while (this.pos < this.end) {
      const c = s.charCodeAt(this.pos++);
      if (c === 40) depth++;
      else if (c === 41) {
        if (--depth === 0) break;
      } else if ((c === 96 || isDoubleQuote(c)) && !hereString && isDoubleQuote(this.peek())) {
        this.pos++;
      }
    }
    this.tokenStart = start;
    const token = new ScannedToken(TokenKind.DollarParen, 0, this.source, start, this.pos);
    token.unscannedSubExpression = true;
    if (depth > 0) {
      token.flags |= TokenFlags.TokenInError;
      this.report('IncompleteDollarSubexpressionReference', start, this.pos, true, []);
    }
    return token;
  }

  private scanHereString(expandable: boolean): ScannedToken {
    const headerOffset = this.pos - 2;
    const kind = expandable ? TokenKind.HereStringExpandable : TokenKind.HereStringLiteral;
    // Only whitespace may follow the header on its line.
    this.skipWhiteSpace();
    const c = this.peek();
    if (c === 13 || c === 10) {
      this.pos += c === 13 && this.peek(1) === 10 ? 2 : 1;
    } else {
      if (c === EOF && this.atEof()) {
        this.incomplete('TerminatorExpectedAtEndOfString', headerOffset, expandable ? '"@' : "'@");
      } else {
        this.error('UnexpectedCharactersAfterHereStringHeader', this.pos, this.pos + 1);
        while (this.pos < this.end) {
          const ch = this.src.charCodeAt(this.pos);
          if (ch === 10 || ch === 13) break;
          this.pos++;
          if ((expandable ? isDoubleQuote(ch) : isSingleQuote(ch)) && this.peek() === 64) {
            this.pos++;
            break;
          }
        }
      }
      const token = this.newToken(kind, TokenFlags.TokenInError);
      token.value = '';
      return token;
    }
    // An empty here-string: the footer right after the header line.
    const s = this.src;
    const isQuote = expandable ? isDoubleQuote : isSingleQuote;
    if (isQuote(this.peek()) && this.peek(1) === 64) {
      this.pos += 2;
      const token = this.newToken(kind);
      token.value = '';
      return token;
    }
    if (expandable) {
      this.unterminated = false;
      this.hereStringUnterminated = false;
      const r = this.scanStringExpandableBody(true);
      if (this.hereStringUnterminated) this.reportHereStringEnd(headerOffset, '"@');
      const token = this.newToken(kind, this.hereStringUnterminated ? TokenFlags.TokenInError : 0);
      token.value = r.value;
      if (r.nested.length > 0) {
        token.nestedTokens = r.nested;
        token.literalParts = r.literal;
      }
      return token;
    }
    const bodyStart = this.pos;
    while (this.pos < this.end) {
      const ch = s.charCodeAt(this.pos);
      if (ch === 10 || ch === 13) {
        const nl = ch === 13 && this.peek(1) === 10 ? 2 : 1;
        const after = this.pos + nl;
        if (after < this.end && isSingleQuote(s.charCodeAt(after)) && s.charCodeAt(after + 1) === 64) {
          const value = s.slice(bodyStart, this.pos);
          this.pos = after + 2;
          const token = this.newToken(kind);
          token.value = value;
          return token;
        }
        this.pos += nl;
        continue;
      }
      this.pos++;
    }
    this.reportHereStringEnd(headerOffset, "'@");
    const token = this.newToken(kind, TokenFlags.TokenInError);
    token.value = s.slice(bodyStart, this.pos);
    return token;
  }

  /** An unterminated here-string: say so, or point at a footer that was indented (not allowed). */
  private reportHereStringEnd(headerOffset: number, terminator: string): void {
    const s = this.src;
    const quote = terminator.charCodeAt(0);
    for (let i = headerOffset + 3; i < this.end; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      let j = i + 1;
      if (c === 13 && s.charCodeAt(j) === 10) j++;
      const lineStart = j;
      while (j < this.end && isWhitespace(s.charCodeAt(j))) j++;
      if (j > lineStart && s.charCodeAt(j) === quote && s.charCodeAt(j + 1) === 64) {
        this.incomplete('WhitespaceBeforeHereStringFooter', j);
        return;
      }
    }
    this.incomplete('TerminatorExpectedAtEndOfString', headerOffset, terminator);
  }

  // ---- variables ------------------------------------------------------------------------------

  /** pos after the `$` (or `@`). */
  private scanVariable(splatted: boolean, inString: boolean): ScannedToken {
    const s = this.src;
    const errorStart = this.pos;
    const c = this.peek();
    if (c === 123 && !splatted) {
      this.pos++;
      const parts: string[] = [];
      let chunkStart = this.pos;
      let closed = false;
      while (this.pos < this.end) {
        const ch = s.charCodeAt(this.pos);
        if (ch === 125) {
          closed = true;
          break;
        }
        if (ch === 96) {
          parts.push(s.slice(chunkStart, this.pos));
          const c1 = this.peek(1);
          if (c1 === EOF && this.pos + 1 >= this.end) {
            this.pos++;
            chunkStart = this.pos;
            break;
          }
          this.pos += 2;
          parts.push(this.backtick(c1));
          chunkStart = this.pos;
          continue;
        }
        if (inString && isDoubleQuote(ch) && isDoubleQuote(this.peek(1))) {
          parts.push(s.slice(chunkStart, this.pos + 1));
          this.pos += 2;
          chunkStart = this.pos;
          continue;
        }
        if (ch === 123) this.error('OpenBraceNeedsToBeBackTickedInVariableName', this.pos, this.pos + 1);
        this.pos++;
      }
      parts.push(s.slice(chunkStart, this.pos));
      let name = parts.join('');
      if (closed) this.pos++;
      else this.incomplete('IncompleteDollarVariableReference', errorStart);
      if (name.length === 0) {
        if (closed) this.error('EmptyVariableReference', this.pos - 1, this.pos);
        name = ':Error:';
      }
      if (this.mode === 'Command') {
        const c1 = this.peek();
        if (!forceStartNewToken(c1) && c1 !== 46 && c1 !== 91) return this.scanGenericToken(this.tokenStart);
      }
      const path = this.variablePath(name);
      if (path.unqualifiedPath.length === 0) {
        this.error('InvalidBracedVariableReference', this.tokenStart, this.pos);
      }
      return this.newVariableToken(path, false);
    }
    if (c === EOF || !isVariableStart(c)) {
      // A lone `$` is a bare word.
      return this.scanGenericToken(this.tokenStart);
    }
    const nameStart = this.pos;
    this.pos++;
    if (!(c === 36 || c === 63 || c === 94)) {
      for (;;) {
        const ch = this.peek();
        if (
          (ch >= 65 && ch <= 90) ||
          (ch >= 97 && ch <= 122) ||
          (ch >= 48 && ch <= 57) ||
          ch === 95 ||
          ch === 63
        ) {
          this.pos++;
          continue;
        }
        if (ch === 58) {
          if (this.peek(1) === 58) break;
          this.pos++;
          continue;
        }
        if (
          ch === EOF ||
          ch === 9 ||
          ch === 13 ||
          ch === 10 ||
          ch === 32 ||
          ch === 38 ||
          ch === 40 ||
          ch === 41 ||
          ch === 44 ||
          ch === 59 ||
          ch === 123 ||
          ch === 125 ||
          ch === 124 ||
          ch === 46 ||
          ch === 91 ||
          ch === 61
        ) {
          break;
        }
        if (isLetterOrDigitCode(ch)) {
          this.pos++;
          continue;
        }
        if (this.mode === 'Command' && !forceStartNewToken(ch)) return this.scanGenericToken(this.tokenStart);
        break;
      }
    } else if (this.mode === 'Command' && !forceStartNewToken(this.peek())) {
      return this.scanGenericToken(this.tokenStart);
    }
    const path = this.variablePathAt(nameStart, this.pos);
    if (path.unqualifiedPath.length === 0) {
      this.error(
        path.isDriveQualified ? 'InvalidVariableReferenceWithDrive' : 'InvalidVariableReference',
        this.tokenStart,
        this.pos,
      );
    }
    return this.newVariableToken(path, splatted);
  }

  private newVariableToken(path: VariablePath, splatted: boolean): ScannedToken {
    const kind = splatted ? TokenKind.SplattedVariable : TokenKind.Variable;
    this.charsScanned += this.pos - this.tokenStart;
    return this.save(new VariableToken(kind, getTraits(kind), this.source, this.tokenStart, this.pos, path));
  }

  // ---- numbers --------------------------------------------------------------------------------

  /** pos is after the first character (a digit, `.`, sign or dash). */
  private scanNumber(): ScannedToken {
    const start = this.tokenStart;
    const scanned = this.scanNumberHelper(start);
    if (scanned === null) return this.scanGenericToken(start);
    const value = numberValue(scanned.text, scanned.format, scanned.suffix, scanned.real, scanned.multiplier);
    if (value === null) {
      if (this.mode !== 'Expression') return this.scanGenericToken(start);
      this.error('BadNumericConstant', start, this.pos, this.src.slice(start, this.pos));
      const token = this.newToken(TokenKind.Number);
      token.value = 0;
      token.numberKind = 'Int32';
      return token;
    }
    const token = this.newToken(TokenKind.Number);
    token.value = value.value;
    token.numberKind = value.numberKind;
    token.decimalText = value.decimalText;
    return token;
  }

  private scanNumberHelper(
    start: number,
  ): { text: string; format: NumberFormat; suffix: number; real: boolean; multiplier: number } | null {
    const s = this.src;
    let format: NumberFormat = 'Decimal';
    let suffix: number = NumberSuffix.None;
    let real = false;
    let multiplier = 1;
    let notNumber = false;
    let sign = '';
    this.pos = start;
    let c = s.charCodeAt(this.pos);
    if (isDash(c) || c === 43) {
      sign = c === 43 ? '+' : '-';
      this.pos++;
      c = this.peek();
    }
    const digitsStart = this.pos;
    let text: string;
    if (c === 46) {
      this.pos++;
      real = true;
      notNumber = this.scanNumberAfterDot() || notNumber;
      text = sign + s.slice(digitsStart, this.pos);
    } else {
      this.pos++;
      const c1 = this.peek();
      if (c === 48 && (c1 === 120 || c1 === 88)) {
        this.pos++;
        const hexStart = this.pos;
        while (isHexDigit(this.peek())) this.pos++;
        if (this.pos === hexStart) notNumber = true;
        format = 'Hex';
        text = sign + s.slice(hexStart, this.pos);
      } else if (c === 48 && (c1 === 98 || c1 === 66)) {
        this.pos++;
        const binStart = this.pos;
        while (this.peek() === 48 || this.peek() === 49) this.pos++;
        if (this.pos === binStart) notNumber = true;
        format = 'Binary';
        text = sign + s.slice(binStart, this.pos);
      } else {
        while (isDecimalDigit(this.peek())) this.pos++;
        const d = this.peek();
        if (d === 46 && this.peek(1) !== 46) {
          this.pos++;
          real = true;
          notNumber = this.scanNumberAfterDot() || notNumber;
        } else if (d === 101 || d === 69) {
          this.pos++;
          real = true;
          notNumber = this.scanExponent() || notNumber;
        }
        text = sign + s.slice(digitsStart, this.pos);
      }
    }
    c = this.peek();
    if (isTypeSuffix(c)) {
      this.pos++;
      switch (c | 0x20) {
        case 117:
          suffix = NumberSuffix.Unsigned;
          break;
        case 115:
          suffix = NumberSuffix.Short;
          break;
        case 108:
          suffix = NumberSuffix.Long;
          break;
        case 100:
          suffix = NumberSuffix.Decimal;
          break;
        case 121:
          suffix = NumberSuffix.SignedByte;
          break;
        case 110:
          suffix = NumberSuffix.BigInteger;
          break;
        default:
          notNumber = true;
      }
      c = this.peek();
      if (isTypeSuffix(c)) {
        this.pos++;
        if (suffix === NumberSuffix.Unsigned) {
          const l = c | 0x20;
          if (l === 108) suffix |= NumberSuffix.Long;
          else if (l === 115) suffix |= NumberSuffix.Short;
          else if (l === 121) suffix |= NumberSuffix.SignedByte;
          else notNumber = true;
        } else notNumber = true;
        c = this.peek();
      }
    }
    if (isMultiplierStart(c)) {
      this.pos++;
      switch (c | 0x20) {
        case 107:
          multiplier = 1024;
          break;
        case 109:
          multiplier = 1024 * 1024;
          break;
        case 103:
          multiplier = 1024 * 1024 * 1024;
          break;
        case 116:
          multiplier = 1024 * 1024 * 1024 * 1024;
          break;
        case 112:
          multiplier = 1024 * 1024 * 1024 * 1024 * 1024;
          break;
      }
      const b = this.peek();
      if (b === 98 || b === 66) {
        this.pos++;
        c = this.peek();
      } else notNumber = true;
    }
    if (!(c === EOF && this.atEof()) && !forceStartNewToken(c)) {
      if (
        this.mode !== 'Expression' ||
        !forceStartNewTokenAfterNumber(c, this.forceEndNumberOnTernaryOpChars)
      ) {
        notNumber = true;
      }
    }
    if (notNumber) return null;
    return { text, format, suffix, real, multiplier };
  }

  /** Digits after `.`, then an optional exponent; returns true when it is not a number. */
  private scanNumberAfterDot(): boolean {
    while (isDecimalDigit(this.peek())) this.pos++;
    const c = this.peek();
    if (c === 101 || c === 69) {
      this.pos++;
      return this.scanExponent();
    }
    return false;
  }

  private scanExponent(): boolean {
    const c = this.peek();
    if (c === 43 || isDash(c)) this.pos++;
    const start = this.pos;
    while (isDecimalDigit(this.peek())) this.pos++;
    return this.pos === start;
  }
}
