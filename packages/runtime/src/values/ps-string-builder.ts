// PSStringBuilder: System.Text.StringBuilder; keeps chunks and joins them lazily.
export class PSStringBuilder {
  #chunks: string[] = [];
  #length = 0;
  /** The line terminator AppendLine writes (Environment.NewLine; '\n' off Windows). */
  newLine: string;

  constructor(initial = '', newLine = '\n') {
    this.newLine = newLine;
    if (initial) this.append(initial);
  }

  get length(): number {
    return this.#length;
  }

  append(text: string): this {
    this.#chunks.push(text);
    this.#length += text.length;
    return this;
  }

  appendLine(text = ''): this {
    return this.append(text + this.newLine);
  }

  insert(index: number, text: string): this {
    const s = this.toString();
    this.#set(s.slice(0, index) + text + s.slice(index));
    return this;
  }

  remove(start: number, length: number): this {
    const s = this.toString();
    this.#set(s.slice(0, start) + s.slice(start + length));
    return this;
  }

  replace(oldValue: string, newValue: string): this {
    if (oldValue !== '') this.#set(this.toString().split(oldValue).join(newValue));
    return this;
  }

  clear(): this {
    this.#set('');
    return this;
  }

  #set(s: string): void {
    this.#chunks = s ? [s] : [];
    this.#length = s.length;
  }

  toString(): string {
    if (this.#chunks.length > 1) this.#chunks = [this.#chunks.join('')];
    return this.#chunks[0] ?? '';
  }
}
