// The proxies' CommandMetadata on disk, per tenant and role set: a reconnect registers from here and downloads nothing.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandMetadataSchema, validateCommandMetadata, type CommandMetadata } from '@exosh/cmdlet-binding';

/** Bumped when the file layout changes: older files are then simply not used. */
const formatVersion = 2;
/** The service can change a caller's cmdlets (Exchange RBAC is not in the token): a day-old catalogue is redone. */
export const moduleCacheMaxAgeMs = 24 * 3600_000;

/** What identifies one downloaded catalogue. */
export interface ModuleCacheKey {
  readonly tenantId: string;
  /** The service (EXO or the compliance host): they export different cmdlets. */
  readonly connectionUri: string;
  /** The module version asked for (EXOModuleFile?Version=): the service generates per version. */
  readonly moduleVersion: string;
  /** From the token's identity and role claims (src/worker roleFingerprint). */
  readonly roleFingerprint: string;
  /** -CommandName as given (undefined: every cmdlet). */
  readonly commandNames?: readonly string[];
}

interface CacheFile {
  readonly format: number;
  readonly savedAt: number;
  readonly tenantId: string;
  readonly connectionUri: string;
  readonly moduleVersion: string;
  readonly roleFingerprint: string;
  readonly commandFilter: string;
  /** The CommandMetadata JSON Schema the commands passed (a newer exosh with another schema downloads again). */
  readonly schema: string;
  /** SHA-256 of the commands' JSON as written: any change on disk is caught without recompiling the schema. */
  readonly digest: string;
  readonly commands: readonly CommandMetadata[];
}

export type CacheLookup =
  | { readonly kind: 'hit'; readonly metadata: CommandMetadata[] }
  | { readonly kind: 'miss' }
  /** A file was there but could not be used: say so once, then download. */
  | { readonly kind: 'damaged'; readonly file: string; readonly reason: string };

/** `$XDG_CACHE_HOME/exosh/modules`, else `~/.cache/exosh/modules`. */
export function defaultModuleCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const cacheHome = env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache');
  return path.join(cacheHome, 'exosh', 'modules');
}

function filterOf(commandNames: readonly string[] | undefined): string {
  if (!commandNames || commandNames.length === 0) return '*';
  return [...new Set(commandNames.map((n) => n.toLowerCase()))].sort().join(',');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
let schemaId: string | undefined;
const schemaFingerprint = () => (schemaId ??= sha256(JSON.stringify(commandMetadataSchema)).slice(0, 16));

const hasWildcard = (name: string) => /[*?[\]`]/.test(name);

function isCacheFile(data: unknown): data is CacheFile {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d['format'] === formatVersion &&
    typeof d['savedAt'] === 'number' &&
    [
      'tenantId',
      'connectionUri',
      'moduleVersion',
      'roleFingerprint',
      'commandFilter',
      'schema',
      'digest',
    ].every((k) => typeof d[k] === 'string') &&
    Array.isArray(d['commands'])
  );
}

export class ModuleMetadataCache {
  constructor(
    readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** `<dir>/<tenant>/<hash>.json`; the tenant folder name is made safe whatever the token said. */
  fileFor(key: ModuleCacheKey, commandFilter = filterOf(key.commandNames)): string {
    const tenant = key.tenantId.replace(/[^A-Za-z0-9._-]/g, '_') || '_';
    const hash = createHash('sha256')
      .update(
        JSON.stringify([
          key.connectionUri,
          key.moduleVersion,
          key.roleFingerprint,
          commandFilter,
          formatVersion,
        ]),
      )
      .digest('hex')
      .slice(0, 32);
    return path.join(this.dir, tenant, `${hash}.json`);
  }

  /**
   * The catalogue for this key: its own file, or for plain -CommandName names the full catalogue narrowed here.
   * Stale files are a miss; unreadable, corrupt or invalid ones are `damaged` (the caller warns and downloads).
   */
  load(key: ModuleCacheKey): CacheLookup {
    const filter = filterOf(key.commandNames);
    const own = this.read(key, filter);
    if (own.kind !== 'miss' || filter === '*' || key.commandNames?.some(hasWildcard)) return own;
    const all = this.read(key, '*');
    if (all.kind !== 'hit') return { kind: 'miss' };
    const wanted = new Set(filter.split(','));
    return { kind: 'hit', metadata: all.metadata.filter((m) => wanted.has(m.name.toLowerCase())) };
  }

  private read(key: ModuleCacheKey, filter: string): CacheLookup {
    const file = this.fileFor(key, filter);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR'
        ? { kind: 'miss' }
        : { kind: 'damaged', file, reason: (err as Error).message };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { kind: 'damaged', file, reason: 'the file is not valid JSON' };
    }
    if (!isCacheFile(data)) {
      // A file of another format version is not damage, just old: download and replace it quietly.
      const format = (data as { format?: unknown } | null)?.format;
      return typeof format === 'number' && format !== formatVersion
        ? { kind: 'miss' }
        : { kind: 'damaged', file, reason: 'the file does not have the expected fields' };
    }
    if (
      data.tenantId !== key.tenantId ||
      data.connectionUri !== key.connectionUri ||
      data.moduleVersion !== key.moduleVersion ||
      data.roleFingerprint !== key.roleFingerprint ||
      data.commandFilter !== filter
    )
      return { kind: 'damaged', file, reason: 'the file belongs to another connection' };
    const age = this.now() - data.savedAt;
    if (age < 0 || age > moduleCacheMaxAgeMs || data.schema !== schemaFingerprint()) return { kind: 'miss' };
    // Every command passed ajv (validateCommandMetadata) before it was written; the digest proves these are those
    // bytes. Re-validating here would compile the whole metadata schema (~45 ms) on every reconnect.
    if (sha256(JSON.stringify(data.commands)) !== data.digest)
      return { kind: 'damaged', file, reason: 'its content does not match its checksum' };
    return { kind: 'hit', metadata: [...data.commands] };
  }

  /**
   * Writes atomically (a temporary file renamed over the old one), 0600 in 0700 folders. Only metadata that passes
   * the schema is written. Throws on failure.
   */
  save(key: ModuleCacheKey, metadata: readonly CommandMetadata[]): void {
    for (const command of metadata) {
      const check = validateCommandMetadata(command);
      if (!check.valid)
        throw new Error(`the metadata of ${command.name} is not valid: ${check.errors.join('; ')}`);
    }
    const commandFilter = filterOf(key.commandNames);
    const file = this.fileFor(key, commandFilter);
    const content: CacheFile = {
      format: formatVersion,
      savedAt: this.now(),
      tenantId: key.tenantId,
      connectionUri: key.connectionUri,
      moduleVersion: key.moduleVersion,
      roleFingerprint: key.roleFingerprint,
      commandFilter,
      schema: schemaFingerprint(),
      digest: sha256(JSON.stringify(metadata)),
      commands: metadata,
    };
    const folder = path.dirname(file);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    for (const f of [this.dir, folder]) if ((statSync(f).mode & 0o077) !== 0) chmodSync(f, 0o700);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(content), { mode: 0o600 });
      renameSync(temporary, file);
    } catch (err) {
      rmSync(temporary, { force: true });
      throw err;
    }
  }
}
