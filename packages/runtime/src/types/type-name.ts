// TypeName: parses the text inside a PowerShell type literal (`List[string]`, `int[]`, `Dictionary[string,object]`).

/** A parsed type name: a dotted name, optional generic arguments, then array suffixes (`[]`, `[,]`). */
export interface TypeName {
  readonly name: string;
  readonly genericArguments: readonly TypeName[];
  /** Ranks of the array suffixes in source order: `int[][,]` -> [1, 2]. */
  readonly arrayRanks: readonly number[];
}

class TypeNameReader {
  private pos = 0;
  constructor(private readonly text: string) {}

  parse(): TypeName | null {
    const result = this.typeName();
    this.skipSpace();
    return result && this.pos === this.text.length ? result : null;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  private typeName(): TypeName | null {
    this.skipSpace();
    const start = this.pos;
    // Names are dotted identifiers; `+` separates nested types and a backtick carries generic arity.
    while (this.pos < this.text.length && /[\w.+`]/.test(this.text[this.pos] ?? '')) this.pos++;
    const name = this.text.slice(start, this.pos);
    if (name === '' || name.startsWith('.') || name.endsWith('.')) return null;
    let genericArguments: TypeName[] = [];
    const arrayRanks: number[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '[') break;
      const save = this.pos;
      this.pos++;
      this.skipSpace();
      const ch = this.text[this.pos];
      if (ch === ']' || ch === ',') {
        let rank = 1;
        while (this.text[this.pos] === ',' || /\s/.test(this.text[this.pos] ?? '')) {
          if (this.text[this.pos] === ',') rank++;
          this.pos++;
        }
        if (this.text[this.pos] !== ']') return null;
        this.pos++;
        arrayRanks.push(rank);
        continue;
      }
      if (arrayRanks.length > 0 || genericArguments.length > 0) {
        this.pos = save;
        return null;
      }
      const args = this.genericArgumentList();
      if (!args) return null;
      genericArguments = args;
    }
    return { name, genericArguments, arrayRanks };
  }

  /** After `[`: `T1, T2]` or the assembly-qualified `[T1], [T2]]` form. */
  private genericArgumentList(): TypeName[] | null {
    const args: TypeName[] = [];
    for (;;) {
      this.skipSpace();
      let arg: TypeName | null;
      if (this.text[this.pos] === '[') {
        this.pos++;
        arg = this.typeName();
        this.skipSpace();
        // Skip an assembly qualification (`, System.Private.CoreLib, Version=...`).
        while (this.pos < this.text.length && this.text[this.pos] !== ']') this.pos++;
        if (this.text[this.pos] !== ']') return null;
        this.pos++;
      } else {
        arg = this.typeName();
      }
      if (!arg) return null;
      args.push(arg);
      this.skipSpace();
      const ch = this.text[this.pos];
      this.pos++;
      if (ch === ']') return args;
      if (ch !== ',') return null;
    }
  }
}

/** Parses a type name; a surrounding `[...]` (as written in a script) is accepted. Returns null when malformed. */
export function parseTypeName(text: string): TypeName | null {
  let source = text.trim();
  if (source.startsWith('[') && source.endsWith(']')) source = source.slice(1, -1);
  return new TypeNameReader(source).parse();
}

/** Prints a TypeName back the way PowerShell writes it in messages: `List[string]`, `int[]`. */
export function formatTypeName(type: TypeName): string {
  const args = type.genericArguments.length ? `[${type.genericArguments.map(formatTypeName).join(',')}]` : '';
  const ranks = type.arrayRanks.map((r) => `[${','.repeat(r - 1)}]`).join('');
  return `${type.name}${args}${ranks}`;
}
