// PSGuid: System.Guid, stored as its lower-case "D" form.
import { dotNetError } from './dotnet-error.js';
const HEX32 = /^[0-9a-fA-F]{32}$/;

export class PSGuid {
  /** 32 lower-case hex digits. */
  readonly #hex: string;

  private constructor(hex: string) {
    this.#hex = hex.toLowerCase();
  }

  static readonly empty = new PSGuid('0'.repeat(32));

  static newGuid(): PSGuid {
    return new PSGuid(globalThis.crypto.randomUUID().replace(/-/g, ''));
  }

  /** Guid.TryParse: accepts the N, D, B and P forms (surrounding whitespace allowed). */
  static tryParse(text: string): PSGuid | undefined {
    let s = text.trim();
    if ((s.startsWith('{') && s.endsWith('}')) || (s.startsWith('(') && s.endsWith(')'))) {
      s = s.slice(1, -1);
      if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s))
        return undefined;
    }
    if (/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s))
      s = s.replace(/-/g, '');
    return HEX32.test(s) ? new PSGuid(s) : undefined;
  }

  static parse(text: string): PSGuid {
    const g = PSGuid.tryParse(text);
    if (!g) throw dotNetError('System.FormatException', 'FormatBadGuid');
    return g;
  }

  /** Guid.ToString(format): N, D (default), B, P. */
  toString(format = 'D'): string {
    const h = this.#hex;
    const d = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    switch (format.toUpperCase()) {
      case 'N':
        return h;
      case 'B':
        return `{${d}}`;
      case 'P':
        return `(${d})`;
      default:
        return d;
    }
  }

  equals(other: unknown): boolean {
    return other instanceof PSGuid && other.#hex === this.#hex;
  }

  compareTo(other: PSGuid): number {
    return this.#hex < other.#hex ? -1 : this.#hex > other.#hex ? 1 : 0;
  }
}
