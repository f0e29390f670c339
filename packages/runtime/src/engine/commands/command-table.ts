// CommandTable: the registered cmdlets and built-in aliases of a runspace, by case-insensitive name.
import type { CmdletInfo } from './command-info.js';

export class CommandTable {
  private readonly cmdlets = new Map<string, CmdletInfo>();
  private readonly qualified = new Map<string, CmdletInfo>();
  /** Bumped on every change so lookup caches can tell they are stale. */
  generation = 0;

  addCmdlet(info: CmdletInfo): void {
    this.cmdlets.set(info.name.toLowerCase(), info);
    this.qualified.set(`${info.moduleName}\\${info.name}`.toLowerCase(), info);
    this.generation++;
  }

  removeCmdlet(name: string): boolean {
    const info = this.cmdlets.get(name.toLowerCase());
    if (!info) return false;
    this.cmdlets.delete(name.toLowerCase());
    this.qualified.delete(`${info.moduleName}\\${info.name}`.toLowerCase());
    this.generation++;
    return true;
  }

  /** By plain name, or module-qualified (`ExchangeOnlineManagement\Get-ConnectionInformation`). */
  getCmdlet(name: string): CmdletInfo | undefined {
    const k = name.toLowerCase();
    return k.includes('\\') ? this.qualified.get(k) : this.cmdlets.get(k);
  }

  allCmdlets(): Iterable<CmdletInfo> {
    return this.cmdlets.values();
  }
}
