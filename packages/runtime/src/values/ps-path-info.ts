// PSPathInfo: System.Management.Automation.PathInfo, what Get-Location returns and $PWD holds; as text it is the path.
import { PS_TYPE_NAMES } from './symbols.js';

export const pathInfoTypeName = 'System.Management.Automation.PathInfo';

/** A location on the FileSystem provider (exosh's only provider, whose one drive on Linux is `/`). */
export class PSPathInfo {
  readonly #path: string;
  constructor(path: string) {
    this.#path = path;
  }
  get [PS_TYPE_NAMES](): string[] {
    return [pathInfoTypeName, 'System.Object'];
  }
  // pwsh's Drive and Provider are PSDriveInfo and ProviderInfo objects; exosh gives the text they print as.
  get Drive(): string {
    return '/';
  }
  get Provider(): string {
    return 'Microsoft.PowerShell.Core\\FileSystem';
  }
  get ProviderPath(): string {
    return this.#path;
  }
  get Path(): string {
    return this.#path;
  }
  toString(): string {
    return this.#path;
  }
}
