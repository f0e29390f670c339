// $env:PSModulePath: pwsh's default entries, and finding a module by name in its folders
// (<dir>/<Name>/<Name>.psd1|.psm1|.ps1 or <dir>/<Name>/<version>/<Name>.psd1|.psm1).
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PSVersion } from '../../values/ps-version.js';

/** pwsh's personal, shared and system module folders on this platform. */
export function defaultModulePathEntries(psHome: string): string[] {
  if (process.platform === 'win32') {
    const docs = path.join(os.homedir(), 'Documents', 'PowerShell', 'Modules');
    const programFiles = process.env['ProgramFiles'] ?? 'C:\\Program Files';
    return [docs, path.join(programFiles, 'PowerShell', 'Modules'), path.join(psHome, 'Modules')];
  }
  const dataHome = process.env['XDG_DATA_HOME'] || path.join(os.homedir(), '.local', 'share');
  return [
    path.join(dataHome, 'powershell', 'Modules'),
    '/usr/local/share/powershell/Modules',
    path.join(psHome, 'Modules'),
  ];
}

/** PSModulePath entries compare as pwsh's PathContainsSubstring does: trimmed, no trailing separator, any case. */
const sameEntry = (a: string, b: string) =>
  a
    .trim()
    .replace(/[\\/]+$/, '')
    .toLowerCase() ===
  b
    .trim()
    .replace(/[\\/]+$/, '')
    .toLowerCase();

/**
 * Sets $env:PSModulePath as pwsh's ModuleIntrinsics.GetModulePath does at start-up: unset, it is the personal, shared
 * and $PSHOME/Modules folders; set, each of those missing is inserted after the one before it (the personal folder
 * first), and the entries already there keep their order.
 */
export function initModulePath(psHome: string): void {
  const defaults = defaultModulePathEntries(psHome);
  const current = process.env['PSModulePath'];
  if (current === undefined) {
    process.env['PSModulePath'] = defaults.join(path.delimiter);
    return;
  }
  const entries = current.split(path.delimiter);
  let insertAt = 0;
  for (const entry of defaults) {
    let found = entries.findIndex((e) => sameEntry(e, entry));
    if (found < 0) entries.splice((found = insertAt), 0, entry);
    insertAt = found + 1;
  }
  process.env['PSModulePath'] = entries.join(path.delimiter);
}

/** $env:PSModulePath's folders, each once (a folder listed twice is searched once, as pwsh does). */
export function modulePathEntries(): string[] {
  const seen = new Set<string>();
  return (process.env['PSModulePath'] ?? '').split(path.delimiter).filter((e) => {
    if (e === '' || seen.has(path.resolve(e))) return false;
    seen.add(path.resolve(e));
    return true;
  });
}

export interface VersionFilter {
  readonly required?: PSVersion;
  readonly minimum?: PSVersion;
  readonly maximum?: PSVersion;
}

export function versionMatches(version: PSVersion | undefined, filter: VersionFilter): boolean {
  if (!filter.required && !filter.minimum && !filter.maximum) return true;
  if (!version) return false;
  if (filter.required && version.compareTo(filter.required) !== 0) return false;
  if (filter.minimum && version.compareTo(filter.minimum) < 0) return false;
  if (filter.maximum && version.compareTo(filter.maximum) > 0) return false;
  return true;
}

const moduleExtensions = ['.psd1', '.psm1', '.ps1'];

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The module file of a module folder: `<folder>/<name>.psd1`, `.psm1` or `.ps1` (pwsh's order). */
export function moduleFileIn(folder: string, name = path.basename(folder)): string | undefined {
  for (const ext of moduleExtensions) {
    const file = path.join(folder, name + ext);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** A module candidate found under a PSModulePath entry; `version` is its versioned folder's, if any. */
export interface ModuleCandidate {
  readonly name: string;
  readonly file: string;
  readonly version?: PSVersion;
}

/** The module folders of one PSModulePath entry whose name matches. */
export function candidatesIn(dir: string, matches: (name: string) => boolean): ModuleCandidate[] {
  if (!isDirectory(dir)) return [];
  const found: ModuleCandidate[] = [];
  for (const entry of readdirSync(dir)) {
    const folder = path.join(dir, entry);
    if (!matches(entry) || !isDirectory(folder)) continue;
    const direct = moduleFileIn(folder, entry);
    if (direct) found.push({ name: entry, file: direct });
    // Versioned subfolders, highest first.
    const versions = readdirSync(folder)
      .map((v) => ({ v, version: PSVersion.tryParse(v) }))
      .filter(
        (x): x is { v: string; version: PSVersion } =>
          x.version !== undefined && /^\d+(\.\d+){1,3}$/.test(x.v),
      )
      .sort((a, b) => b.version.compareTo(a.version));
    for (const { v, version } of versions) {
      const file = moduleFileIn(path.join(folder, v), entry);
      if (file) found.push({ name: entry, file, version });
    }
  }
  return found;
}

/** Every module under $env:PSModulePath whose name matches, in path order. */
export function availableModules(matches: (name: string) => boolean): ModuleCandidate[] {
  return modulePathEntries().flatMap((dir) => candidatesIn(dir, matches));
}
