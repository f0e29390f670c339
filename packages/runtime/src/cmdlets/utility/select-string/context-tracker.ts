// Select-String -Context: collects the lines around each match and releases matches once their context is known.
import type { MatchInfo } from './match-info.js';

export interface ContextTracker {
  /** Matches whose context is complete, in input order (the caller empties it). */
  readonly ready: MatchInfo[];
  trackLine(line: string): void;
  trackMatch(match: MatchInfo): void;
  /** End of input: matches still waiting for post-context are released with what there is. */
  trackEnd(): void;
}

/** Without context every match is ready at once. */
class NoContext implements ContextTracker {
  readonly ready: MatchInfo[] = [];
  trackLine(): void {}
  trackMatch(match: MatchInfo): void {
    this.ready.push(match);
  }
  trackEnd(): void {}
}

/** The last `capacity` items added. */
class Ring<T> {
  readonly #items: T[] = [];
  constructor(readonly capacity: number) {}
  add(item: T): void {
    if (this.capacity === 0) return;
    if (this.#items.length === this.capacity) this.#items.shift();
    this.#items.push(item);
  }
  get length(): number {
    return this.#items.length;
  }
  get full(): boolean {
    return this.#items.length === this.capacity;
  }
  at(i: number): T {
    return this.#items[i] as T;
  }
  toArray(): T[] {
    return [...this.#items];
  }
  clear(): void {
    this.#items.length = 0;
  }
}

/**
 * Display context: the lines shown around a match, never overlapping another match's lines (a line after a
 * match belongs to its post-context until that is full; only later lines count as the next match's pre-context).
 */
class DisplayContext {
  readonly #pre: Ring<string>;
  readonly #post: string[] = [];
  #current: MatchInfo | undefined;
  #collectingPost = false;
  constructor(
    pre: number,
    private readonly postCount: number,
  ) {
    this.#pre = new Ring(pre);
  }
  trackLine(line: string): void {
    if (!this.#collectingPost) {
      this.#pre.add(line);
      return;
    }
    this.#post.push(line);
    if (this.#post.length >= this.postCount) this.#finish();
  }
  trackMatch(match: MatchInfo): void {
    if (this.#collectingPost) this.#finish();
    this.#current = match;
    if (this.postCount > 0) this.#collectingPost = true;
    else this.#finish();
  }
  trackEnd(): void {
    if (this.#collectingPost) this.#finish();
  }
  #finish(): void {
    const m = this.#current;
    if (!m) return;
    if (m.Context) {
      m.Context.DisplayPreContext = this.#pre.toArray();
      m.Context.DisplayPostContext = [...this.#post];
    }
    this.#pre.clear();
    this.#post.length = 0;
    this.#current = undefined;
    this.#collectingPost = false;
  }
}

/** One line of input as the logical tracker keeps it: a matching line carries its MatchInfo. */
interface Entry {
  readonly line: string;
  readonly match?: MatchInfo;
}

/**
 * Logical context: up to N lines before and after each match, other matching lines included. A match is ready
 * when it reaches the middle of a (pre + 1 + post) window, or at the end of input.
 */
class LogicalContext {
  readonly ready: MatchInfo[] = [];
  readonly #window: Ring<Entry>;
  #sawFullWindow = false;
  constructor(
    private readonly pre: number,
    private readonly post: number,
  ) {
    this.#window = new Ring(pre + post + 1);
  }
  add(entry: Entry): void {
    this.#window.add(entry);
    if (!this.#window.full) return;
    // The first full window also settles the early matches that had less pre-context.
    this.#emitRange(this.#sawFullWindow ? this.pre : 0, this.pre);
    this.#sawFullWindow = true;
  }
  end(): void {
    this.#emitRange(this.#window.full ? this.pre + 1 : 0, this.#window.length - 1);
  }
  #emitRange(from: number, to: number): void {
    for (let i = from; i <= to; i++) {
      const m = this.#window.at(i).match;
      if (!m) continue;
      if (m.Context) {
        const start = Math.max(i - this.pre, 0);
        const postLength = Math.min(this.post, this.#window.length - i - 1);
        m.Context.PreContext = this.#lines(start, i - start);
        m.Context.PostContext = this.#lines(i + 1, postLength);
      }
      this.ready.push(m);
    }
  }
  #lines(start: number, count: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const e = this.#window.at(start + i);
      out.push(e.match ? e.match.Line : e.line);
    }
    return out;
  }
}

/** Both contexts; a match is released when its logical context is complete (its display context is by then). */
class WithContext implements ContextTracker {
  readonly #display: DisplayContext;
  readonly #logical: LogicalContext;
  constructor(pre: number, post: number) {
    this.#display = new DisplayContext(pre, post);
    this.#logical = new LogicalContext(pre, post);
  }
  get ready(): MatchInfo[] {
    return this.#logical.ready;
  }
  trackLine(line: string): void {
    this.#display.trackLine(line);
    this.#logical.add({ line });
  }
  trackMatch(match: MatchInfo): void {
    this.#display.trackMatch(match);
    this.#logical.add({ line: match.Line, match });
  }
  trackEnd(): void {
    this.#display.trackEnd();
    this.#logical.end();
  }
}

export function createContextTracker(pre: number, post: number): ContextTracker {
  return pre === 0 && post === 0 ? new NoContext() : new WithContext(pre, post);
}
