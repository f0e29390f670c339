// Extent (PowerShell's IScriptExtent): offsets are stored, lines/columns/text are computed on demand.
/** A source position as PowerShell reports it: 1-based line and column. */
export interface ScriptPosition {
  readonly offset: number;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

/** PowerShell's IScriptExtent. Lines and columns are 1-based; the end column is one past the last character. */
export interface Extent {
  readonly file: string | undefined;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly startLineNumber: number;
  readonly startColumnNumber: number;
  readonly endLineNumber: number;
  readonly endColumnNumber: number;
  readonly text: string;
}

/** The parsed source plus its line-start table, shared by every extent of one parse. */
export class SourceText {
  readonly text: string;
  readonly file: string | undefined;
  private lineStarts: number[] | undefined;

  constructor(text: string, file?: string) {
    this.text = text;
    this.file = file;
  }

  /** Line starts are built lazily: most parses never ask for a line number. */
  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const s = this.text;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (s.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    return starts;
  }

  position(offset: number): ScriptPosition {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, lineNumber: lo + 1, columnNumber: offset - (starts[lo] as number) + 1 };
  }

  extent(startOffset: number, endOffset: number): ScriptExtent {
    return new ScriptExtent(this, startOffset, endOffset);
  }
}

/** The one Extent implementation: cheap to create (three fields), so the parser can make many. */
export class ScriptExtent implements Extent {
  constructor(
    readonly source: SourceText,
    readonly startOffset: number,
    readonly endOffset: number,
  ) {}

  get file(): string | undefined {
    return this.source.file;
  }
  get startLineNumber(): number {
    return this.source.position(this.startOffset).lineNumber;
  }
  get startColumnNumber(): number {
    return this.source.position(this.startOffset).columnNumber;
  }
  get endLineNumber(): number {
    return this.source.position(this.endOffset).lineNumber;
  }
  get endColumnNumber(): number {
    return this.source.position(this.endOffset).columnNumber;
  }
  get text(): string {
    return this.source.text.slice(this.startOffset, this.endOffset);
  }

  /** Node's console shows the plain fields, not the whole source text. */
  [Symbol.for('nodejs.util.inspect.custom')](): Omit<Extent, 'file'> & { file?: string } {
    return this.toJSON();
  }

  toJSON(): Omit<Extent, 'file'> & { file?: string } {
    const json = {
      startOffset: this.startOffset,
      endOffset: this.endOffset,
      startLineNumber: this.startLineNumber,
      startColumnNumber: this.startColumnNumber,
      endLineNumber: this.endLineNumber,
      endColumnNumber: this.endColumnNumber,
      text: this.text,
    };
    return this.file === undefined ? json : { file: this.file, ...json };
  }
}
