// [pscredential] and the [System.Net.NetworkCredential] its GetNetworkCredential() returns; passwords stay SecureStrings.
import { PS_TYPE_NAMES } from '../../values/symbols.js';
import { PSSecureString } from '../../values/ps-secure-string.js';
import { dotNetError } from '../../types/errors.js';

export const psCredentialTypeName = 'System.Management.Automation.PSCredential';
export const networkCredentialTypeName = 'System.Net.NetworkCredential';

/** .NET's NetworkCredential: the user, domain and password split out of a PSCredential. */
export class NetworkCredential {
  readonly #password: PSSecureString;
  constructor(
    readonly UserName: string,
    password: PSSecureString,
    readonly Domain: string,
  ) {
    this.#password = password;
  }
  get [PS_TYPE_NAMES](): string[] {
    return [networkCredentialTypeName, 'System.Object'];
  }
  get Password(): string {
    return this.#password.revealPlainText();
  }
  get SecurePassword(): PSSecureString {
    return this.#password;
  }
  toString(): string {
    return networkCredentialTypeName;
  }
}

/** Splits `DOMAIN\user` and `user@domain` as PSCredential.SplitUserDomain does (an e-mail address stays whole). */
function splitUserDomain(input: string): { user: string; domain: string } {
  const slash = input.indexOf('\\');
  if (slash >= 0) return { user: input.slice(slash + 1), domain: input.slice(0, slash) };
  const at = input.lastIndexOf('@');
  if (at >= 0 && (input.lastIndexOf('.') < at || input.indexOf('@') !== at))
    return { user: input.slice(0, at), domain: input.slice(at + 1) };
  return { user: input, domain: '' };
}

export class PSCredential {
  readonly #userName: string | null;
  readonly #password: PSSecureString | null;
  #network: NetworkCredential | undefined;
  constructor(userName: string | null, password: PSSecureString | null) {
    this.#userName = userName;
    this.#password = password;
  }
  static readonly Empty = new PSCredential(null, null);
  get [PS_TYPE_NAMES](): string[] {
    return [psCredentialTypeName, 'System.Object'];
  }
  get UserName(): string | null {
    return this.#userName;
  }
  get Password(): PSSecureString | null {
    return this.#password;
  }
  GetNetworkCredential(): NetworkCredential | null {
    if (this.#network) return this.#network;
    if (!this.#userName) return null;
    const { user, domain } = splitUserDomain(this.#userName);
    if (user === '')
      throw dotNetError(
        'System.Management.Automation.PSArgumentException',
        "The user name is not in the correct format. (Parameter 'UserName')",
      );
    this.#network = new NetworkCredential(user, this.#password ?? new PSSecureString(), domain);
    return this.#network;
  }
  toString(): string {
    return psCredentialTypeName;
  }
}

/** The user name and plain password of a credential, for sign-in code only (never for display). */
export function credentialSecret(value: unknown): { userName: string; password: string } | undefined {
  if (!(value instanceof PSCredential) || value.UserName === null) return undefined;
  return { userName: value.UserName, password: value.Password?.revealPlainText() ?? '' };
}
