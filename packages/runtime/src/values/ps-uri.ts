// PSUri: System.Uri over the WHATWG URL parser; relative URIs keep only their original string.
import { dotNetError } from './dotnet-error.js';
export class PSUri {
  readonly originalString: string;
  readonly #url: URL | undefined;

  private constructor(original: string, url: URL | undefined) {
    this.originalString = original;
    this.#url = url;
  }

  /** Absolute when it parses with a scheme; otherwise relative when `allowRelative` (UriKind.RelativeOrAbsolute). */
  static tryCreate(text: string, allowRelative = true): PSUri | undefined {
    const s = text.trim();
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(s)) {
      try {
        return new PSUri(text, new URL(s));
      } catch {
        return undefined;
      }
    }
    if (!allowRelative) return undefined;
    return new PSUri(text, undefined);
  }

  get isAbsoluteUri(): boolean {
    return this.#url !== undefined;
  }
  #abs(): URL {
    if (!this.#url) throw dotNetError('System.InvalidOperationException', 'RelativeUriNotSupported');
    return this.#url;
  }
  get absoluteUri(): string {
    return this.#abs().href;
  }
  get scheme(): string {
    return this.#abs().protocol.replace(/:$/, '');
  }
  get host(): string {
    return this.#abs().hostname;
  }
  get authority(): string {
    return this.#abs().host;
  }
  get port(): number {
    const u = this.#abs();
    if (u.port) return Number(u.port);
    return ({ http: 80, https: 443, ftp: 21, ws: 80, wss: 443 } as Record<string, number>)[this.scheme] ?? -1;
  }
  get absolutePath(): string {
    return this.#abs().pathname;
  }
  get pathAndQuery(): string {
    return this.#abs().pathname + this.#abs().search;
  }
  get query(): string {
    return this.#abs().search;
  }
  get fragment(): string {
    return this.#abs().hash;
  }
  get segments(): string[] {
    const p = this.#abs().pathname;
    return p.split(/(?<=\/)/).filter((s) => s !== '');
  }
  get isLoopback(): boolean {
    const h = this.host;
    return h === 'localhost' || h === '127.0.0.1' || h === '[::1]';
  }

  /** Uri.ToString(): the canonical form for absolute URIs, the original string for relative ones. */
  toString(): string {
    if (!this.#url) return this.originalString;
    try {
      return decodeURI(this.#url.href);
    } catch {
      // Malformed %-escapes: .NET keeps them as they are.
      return this.#url.href;
    }
  }

  equals(other: unknown): boolean {
    return other instanceof PSUri && this.toString() === other.toString();
  }
}
