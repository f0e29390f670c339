// PSChar: a [char] value (one UTF-16 code unit), kept distinct from a one-character string.
export class PSChar {
  readonly code: number;
  constructor(code: number | string) {
    this.code = typeof code === 'string' ? code.charCodeAt(0) : code & 0xffff;
  }
  static of(text: string): PSChar {
    return new PSChar(text.charCodeAt(0));
  }
  toString(): string {
    return String.fromCharCode(this.code);
  }
  valueOf(): number {
    return this.code;
  }
}
