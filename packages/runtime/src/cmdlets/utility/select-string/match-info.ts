// Microsoft.PowerShell.Commands.MatchInfo and MatchInfoContext: Select-String's result objects and their text.
import path from 'node:path';
import { PS_TYPE_NAMES, withElementType } from '../../../values/type-names.js';
import type { RegexMatchResult } from '../../../types/index.js';

const INPUT_STREAM = 'InputStream';
const MATCH_PREFIX = '> ';
const CONTEXT_PREFIX = '  ';
// PSStyle.Reverse / PSStyle.Reset: how ToEmphasizedString marks the matched text.
const REVERSE = '\x1b[7m';
const RESET = '\x1b[0m';

const strings = (items: readonly string[]): string[] => withElementType([...items], 'System.String');

/** The lines around a match: logical (PreContext/PostContext) and display (no overlap with other matches). */
export class MatchInfoContext {
  PreContext: string[] = strings([]);
  PostContext: string[] = strings([]);
  DisplayPreContext: string[] = strings([]);
  DisplayPostContext: string[] = strings([]);

  get [PS_TYPE_NAMES](): string[] {
    return ['Microsoft.PowerShell.Commands.MatchInfoContext', 'System.Object'];
  }

  Clone(): MatchInfoContext {
    const c = new MatchInfoContext();
    c.PreContext = strings(this.PreContext);
    c.PostContext = strings(this.PostContext);
    c.DisplayPreContext = strings(this.DisplayPreContext);
    c.DisplayPostContext = strings(this.DisplayPostContext);
    return c;
  }

  toString(): string {
    return 'Microsoft.PowerShell.Commands.MatchInfoContext';
  }
}

/** Where the matched text of a line is, for ToEmphasizedString. */
export interface MatchSpan {
  readonly index: number;
  readonly length: number;
}

export class MatchInfo {
  IgnoreCase = false;
  LineNumber = 0;
  Line = '';
  Pattern = '';
  Context: MatchInfoContext | null = null;
  Matches: RegexMatchResult[] = withElementType([], 'System.Text.RegularExpressions.Match');
  #path: string | undefined;
  readonly #spans: readonly MatchSpan[] | undefined;

  /** With `spans`, ToEmphasizedString highlights them (pwsh's emphasis, on unless -NoEmphasis). */
  constructor(spans?: readonly MatchSpan[]) {
    this.#spans = spans;
  }

  get [PS_TYPE_NAMES](): string[] {
    return ['Microsoft.PowerShell.Commands.MatchInfo', 'System.Object'];
  }

  /** The file's full path, or "InputStream" for pipeline input. */
  get Path(): string {
    return this.#path ?? INPUT_STREAM;
  }
  set Path(value: string) {
    this.#path = value;
  }

  get Filename(): string {
    return this.#path === undefined ? INPUT_STREAM : path.basename(this.#path);
  }

  /** The path relative to `directory` when it lies under it (ordinal, case-insensitive prefix test). */
  RelativePath(directory: unknown): string {
    if (this.#path === undefined) return this.Path;
    const dir = directory === null || directory === undefined ? '' : String(directory);
    let rel = this.#path;
    if (dir !== '' && rel.toLowerCase().startsWith(dir.toLowerCase()) && dir.length < rel.length) {
      const isSep = (c: string | undefined): boolean => c === '/' || c === '\\';
      if (isSep(dir[dir.length - 1])) rel = rel.slice(dir.length);
      else if (isSep(rel[dir.length])) rel = rel.slice(dir.length + 1);
    }
    return rel;
  }

  /** `path:line:text` for files, the text alone for pipeline input; with -Context, `> ` and two-space prefixes. */
  ToString(directory?: unknown): string {
    return this.#render(directory, this.Line);
  }

  /** ToString with the matched text in reverse video, as the console view shows it. */
  ToEmphasizedString(directory?: unknown): string {
    if (!this.#spans) return this.ToString(directory);
    let out = '';
    let at = 0;
    for (const s of this.#spans) {
      out += this.Line.slice(at, s.index) + REVERSE + this.Line.slice(s.index, s.index + s.length) + RESET;
      at = s.index + s.length;
    }
    return this.#render(directory, out + this.Line.slice(at));
  }

  /** A copy (internal in pwsh: used when a MatchInfo is filtered again and its display context is dropped). */
  static copyOf(m: MatchInfo): MatchInfo {
    const c = new MatchInfo(m.#spans);
    c.IgnoreCase = m.IgnoreCase;
    c.LineNumber = m.LineNumber;
    c.Line = m.Line;
    c.Pattern = m.Pattern;
    c.Context = m.Context ? m.Context.Clone() : null;
    c.Matches = withElementType([...m.Matches], 'System.Text.RegularExpressions.Match');
    c.#path = m.#path;
    return c;
  }

  toString(): string {
    return this.ToString();
  }

  #render(directory: unknown, line: string): string {
    const displayPath =
      directory === null || directory === undefined
        ? (this.#path ?? INPUT_STREAM)
        : this.RelativePath(directory);
    const format = (text: string, lineNumber: number, prefix: string): string =>
      this.#path === undefined ? `${prefix}${text}` : `${prefix}${displayPath}:${lineNumber}:${text}`;
    if (!this.Context) return format(line, this.LineNumber, '');
    const pre = this.Context.DisplayPreContext;
    let n = this.LineNumber - pre.length;
    const lines = pre.map((l) => format(l, n++, CONTEXT_PREFIX));
    lines.push(format(line, n++, MATCH_PREFIX));
    for (const l of this.Context.DisplayPostContext) lines.push(format(l, n++, CONTEXT_PREFIX));
    return lines.join('\n');
  }
}
