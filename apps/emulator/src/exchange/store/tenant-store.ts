// TenantStore: the tenant's objects in SQLite (one row per object, JSON body plus indexed keys), all writes in transactions.
import Database from 'better-sqlite3';
import type { ExchangeObject } from '../types.js';
import { StoreOpenError } from './store-open-error.js';

/** Object classes kept in the store; one value of the `kind` column each. */
export type ObjectKind =
  | 'recipient'
  | 'membership'
  | 'mailboxPermission'
  | 'recipientPermission'
  | 'mailboxStatistics'
  | 'folderStatistics'
  | 'casMailbox'
  | 'acceptedDomain'
  | 'organizationConfig'
  | 'inboundConnector'
  | 'outboundConnector'
  | 'transportRule'
  | 'auditRecord'
  | 'complianceSearch'
  | 'retentionPolicy'
  | 'label'
  | 'inboxRule'
  | 'folderPermission'
  | 'messageTrace'
  | 'calendarProcessing'
  | 'roleGroup';

export interface TenantRecord {
  readonly tenantId: string;
  readonly domain: string;
  readonly displayName: string;
}

export interface StoredObject {
  /** Insertion order: the stable sort key that paging relies on. */
  readonly seq: number;
  readonly id: string;
  readonly data: ExchangeObject;
}

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tenants (tenant_id TEXT PRIMARY KEY, domain TEXT NOT NULL UNIQUE COLLATE NOCASE, display_name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS objects (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  id TEXT NOT NULL COLLATE NOCASE,
  name TEXT COLLATE NOCASE,
  parent TEXT COLLATE NOCASE,
  data TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS objects_key ON objects (tenant_id, kind, id);
CREATE INDEX IF NOT EXISTS objects_parent ON objects (tenant_id, kind, parent);
CREATE INDEX IF NOT EXISTS objects_order ON objects (tenant_id, kind, seq);
CREATE TABLE IF NOT EXISTS object_keys (tenant_id TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL COLLATE NOCASE, id TEXT NOT NULL COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS object_keys_key ON object_keys (tenant_id, kind, key);
CREATE INDEX IF NOT EXISTS object_keys_id ON object_keys (tenant_id, kind, id);
`;

export interface OpenStoreOptions {
  /** A file path, or `:memory:` for tests. */
  readonly path: string;
}

export interface ScanOptions {
  readonly parent?: string;
  readonly afterSeq?: number;
}

interface Row {
  seq: number;
  id: string;
  data: string;
}

/** One object to write: `name` and `parent` are the indexed lookup keys (e.g. alias, owning mailbox GUID). */
export interface ObjectWrite {
  readonly id: string;
  readonly name?: string | undefined;
  readonly parent?: string | undefined;
  /** Extra identities the object answers to (alias, UPN, SMTP addresses, DN…), looked up by findByKey. */
  readonly keys?: readonly string[] | undefined;
  readonly data: ExchangeObject;
}

export class TenantStore {
  readonly path: string;
  private readonly db: Database.Database;
  /** Prepared once per SQL text: preparing per row dominated bulk inserts. */
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(db: Database.Database, path: string) {
    this.db = db;
    this.path = path;
  }

  /** Opens (creating if absent) a store; a file that is not a healthy exosh store is a StoreOpenError, never a reset. */
  static open(options: OpenStoreOptions): TenantStore {
    let db: Database.Database | undefined;
    try {
      db = new Database(options.path);
      if (options.path !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity check reported: ${String(check)}`);
      const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").get();
      const tableCount = (
        db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get() as { n: number }
      ).n;
      if (!hasMeta && tableCount > 0)
        throw new Error('the database holds tables that are not an exosh tenant store');
      db.exec(SCHEMA);
      const version = db.prepare("SELECT value FROM meta WHERE key='schemaVersion'").get() as
        { value: string } | undefined;
      if (!version)
        db.prepare("INSERT INTO meta (key, value) VALUES ('schemaVersion', ?)").run(String(SCHEMA_VERSION));
      else if (Number(version.value) !== SCHEMA_VERSION)
        throw new Error(`schema version ${version.value} is not the supported version ${SCHEMA_VERSION}`);
      return new TenantStore(db, options.path);
    } catch (cause) {
      db?.close();
      if (cause instanceof StoreOpenError) throw cause;
      throw new StoreOpenError(options.path, cause);
    }
  }

  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  close(): void {
    this.db.close();
  }

  /** Runs fn atomically: every write inside commits together or not at all. Nested calls join the outer one. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** A small named value kept with the store (e.g. a tenant's activity epoch). */
  getMeta(key: string): string | undefined {
    return (this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value;
  }

  setMeta(key: string, value: string): void {
    this.sql('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }

  addTenant(tenant: TenantRecord): void {
    this.sql('INSERT OR REPLACE INTO tenants (tenant_id, domain, display_name) VALUES (?, ?, ?)').run(
      tenant.tenantId,
      tenant.domain,
      tenant.displayName,
    );
  }

  /** Finds a tenant by GUID or by any of its domains' primary name. */
  findTenant(idOrDomain: string): TenantRecord | undefined {
    const row = this.sql(
      'SELECT tenant_id, domain, display_name FROM tenants WHERE tenant_id = ? COLLATE NOCASE OR domain = ?',
    ).get(idOrDomain, idOrDomain) as { tenant_id: string; domain: string; display_name: string } | undefined;
    return row && { tenantId: row.tenant_id, domain: row.domain, displayName: row.display_name };
  }

  put(tenantId: string, kind: ObjectKind, obj: ObjectWrite): void {
    this.transaction(() => {
      this.sql(
        `INSERT INTO objects (tenant_id, kind, id, name, parent, data) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (tenant_id, kind, id) DO UPDATE SET name = excluded.name, parent = excluded.parent, data = excluded.data`,
      ).run(tenantId, kind, obj.id, obj.name ?? null, obj.parent ?? null, JSON.stringify(obj.data));
      this.sql('DELETE FROM object_keys WHERE tenant_id = ? AND kind = ? AND id = ?').run(
        tenantId,
        kind,
        obj.id,
      );
      this.writeKeys(tenantId, kind, obj);
    });
  }

  private writeKeys(tenantId: string, kind: ObjectKind, obj: ObjectWrite): void {
    if (!obj.keys?.length) return;
    const stmt = this.sql('INSERT INTO object_keys (tenant_id, kind, key, id) VALUES (?, ?, ?, ?)');
    for (const key of new Set(obj.keys.map((k) => k.toLowerCase()))) stmt.run(tenantId, kind, key, obj.id);
  }

  /** Ids of the objects that answer to key (case-insensitive), in insertion order. */
  findByKey(tenantId: string, kind: ObjectKind, key: string): StoredObject[] {
    const rows = this.sql(
      `SELECT o.seq, o.id, o.data FROM objects o WHERE o.tenant_id = ? AND o.kind = ? AND o.id IN
           (SELECT k.id FROM object_keys k WHERE k.tenant_id = ? AND k.kind = ? AND k.key = ?) ORDER BY o.seq`,
    ).all(tenantId, kind, tenantId, kind, key) as Row[];
    return rows.map(toStored);
  }

  /** Bulk insert in one transaction with one prepared statement: the large-tenant generator's path. */
  putMany(tenantId: string, kind: ObjectKind, objects: Iterable<ObjectWrite>): number {
    const stmt = this.sql(
      'INSERT INTO objects (tenant_id, kind, id, name, parent, data) VALUES (?, ?, ?, ?, ?, ?)',
    );
    let n = 0;
    this.transaction(() => {
      for (const o of objects) {
        stmt.run(tenantId, kind, o.id, o.name ?? null, o.parent ?? null, JSON.stringify(o.data));
        this.writeKeys(tenantId, kind, o);
        n++;
      }
    });
    return n;
  }

  get(tenantId: string, kind: ObjectKind, id: string): StoredObject | undefined {
    const row = this.sql('SELECT seq, id, data FROM objects WHERE tenant_id = ? AND kind = ? AND id = ?').get(
      tenantId,
      kind,
      id,
    ) as Row | undefined;
    return row && toStored(row);
  }

  delete(tenantId: string, kind: ObjectKind, id: string): boolean {
    return this.transaction(() => {
      this.sql('DELETE FROM object_keys WHERE tenant_id = ? AND kind = ? AND id = ?').run(tenantId, kind, id);
      return (
        this.sql('DELETE FROM objects WHERE tenant_id = ? AND kind = ? AND id = ?').run(tenantId, kind, id)
          .changes > 0
      );
    });
  }

  /** Streams a class in insertion order; `parent` narrows to one object's children, `afterSeq` resumes a scan. */
  *scan(tenantId: string, kind: ObjectKind, options: ScanOptions = {}): IterableIterator<StoredObject> {
    const where = ['tenant_id = ?', 'kind = ?'];
    const args: (string | number)[] = [tenantId, kind];
    if (options.parent !== undefined) {
      where.push('parent = ?');
      args.push(options.parent);
    }
    if (options.afterSeq !== undefined) {
      where.push('seq > ?');
      args.push(options.afterSeq);
    }
    const stmt = this.sql(`SELECT seq, id, data FROM objects WHERE ${where.join(' AND ')} ORDER BY seq`);
    for (const row of stmt.iterate(...args) as IterableIterator<Row>) yield toStored(row);
  }

  list(tenantId: string, kind: ObjectKind, parent?: string): StoredObject[] {
    return [...this.scan(tenantId, kind, parent === undefined ? {} : { parent })];
  }

  count(tenantId: string, kind: ObjectKind): number {
    return (
      this.sql('SELECT count(*) AS n FROM objects WHERE tenant_id = ? AND kind = ?').get(tenantId, kind) as {
        n: number;
      }
    ).n;
  }
}

function toStored(row: Row): StoredObject {
  return { seq: row.seq, id: row.id, data: JSON.parse(row.data) as ExchangeObject };
}
