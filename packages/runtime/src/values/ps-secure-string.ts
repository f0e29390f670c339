// PSSecureString: [securestring]; its content never appears in ToString, JSON or inspection.
import { dotNetError } from './dotnet-error.js';
const content = new WeakMap<PSSecureString, string>();

export class PSSecureString {
  readOnly = false;
  constructor(plain = '') {
    content.set(this, plain);
  }
  get length(): number {
    return (content.get(this) ?? '').length;
  }
  appendChar(ch: string): void {
    if (this.readOnly) throw dotNetError('System.InvalidOperationException', 'InstanceReadOnly');
    content.set(this, (content.get(this) ?? '') + ch);
  }
  makeReadOnly(): void {
    this.readOnly = true;
  }
  /** The plain text, for ConvertFrom-SecureString -AsPlainText and credential use only. */
  revealPlainText(): string {
    return content.get(this) ?? '';
  }
  toString(): string {
    return 'System.Security.SecureString';
  }
  toJSON(): Record<string, number> {
    return { Length: this.length };
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return 'System.Security.SecureString';
  }
}
