// The tenant store: persistence across reopen, atomic writes, corrupt or foreign files refused, deterministic seed.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONTOSO_TENANT_ID,
  StoreOpenError,
  TenantStore,
  createExchangeService,
  seedContoso,
} from '../../src/exchange/index.js';
import { context, parse, body } from './support.js';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-store-'));
  dirs.push(dir);
  return path.join(dir, 'tenant.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('TenantStore', () => {
  it('keeps changes made through the service across a reopen', () => {
    const file = tempFile();
    const first = TenantStore.open({ path: file });
    seedContoso(first);
    const service = createExchangeService({ store: first });
    const created = service.invokeCommand(
      context(),
      body('New-DistributionGroup', { Name: 'Persisted Group' }),
      {},
      {},
    );
    expect(created.status).toBe(200);
    first.close();

    const second = TenantStore.open({ path: file });
    seedContoso(second); // a no-op for an existing tenant: never a reset
    const again = createExchangeService({ store: second });
    const r = parse(
      again.invokeCommand(context(), body('Get-DistributionGroup', { Identity: 'Persisted Group' }), {}, {}),
    );
    expect(r.status).toBe(200);
    expect(r.value.map((o) => o.Name)).toEqual(['Persisted Group']);
    second.close();
  });

  it('rolls back every write of a failed transaction', () => {
    const store = TenantStore.open({ path: ':memory:' });
    seedContoso(store);
    const before = store.count(CONTOSO_TENANT_ID, 'recipient');
    expect(() =>
      store.transaction(() => {
        store.put(CONTOSO_TENANT_ID, 'recipient', { id: 'x', data: { Name: 'x' } });
        throw new Error('crash mid-way');
      }),
    ).toThrow('crash mid-way');
    expect(store.count(CONTOSO_TENANT_ID, 'recipient')).toBe(before);
  });

  it('refuses a corrupt file with a clear error and leaves it untouched', () => {
    const file = tempFile();
    const junk = Buffer.from('this is not a database, just 64 bytes of text padding padding...');
    writeFileSync(file, junk);
    let error: unknown;
    try {
      TenantStore.open({ path: file });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toContain(`The tenant store '${file}' cannot be opened`);
    expect((error as Error).message).toContain('left untouched');
    expect(readFileSync(file).equals(junk)).toBe(true);
  });

  it('refuses a damaged database whose pages were overwritten', () => {
    const file = tempFile();
    const store = TenantStore.open({ path: file });
    seedContoso(store);
    store.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096, 4096 * 3);
    writeFileSync(file, bytes);
    expect(() => TenantStore.open({ path: file })).toThrow(StoreOpenError);
  });

  it('refuses an SQLite file that is not a tenant store', () => {
    const file = tempFile();
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    other.close();
    expect(() => TenantStore.open({ path: file })).toThrow(/not an exosh tenant store/);
  });

  it('seeds the same tenant every time', () => {
    const dump = (): string => {
      const s = TenantStore.open({ path: ':memory:' });
      seedContoso(s);
      const out = JSON.stringify(s.list(CONTOSO_TENANT_ID, 'recipient').map((o) => o.data));
      s.close();
      return out;
    };
    expect(dump()).toBe(dump());
  });

  it('seeds every common recipient type', () => {
    const s = TenantStore.open({ path: ':memory:' });
    seedContoso(s);
    const counts = new Map<string, number>();
    for (const o of s.list(CONTOSO_TENANT_ID, 'recipient')) {
      const t = String(o.data.RecipientTypeDetails);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({
      UserMailbox: 26,
      SharedMailbox: 5,
      RoomMailbox: 4,
      EquipmentMailbox: 2,
      MailUser: 4,
      MailContact: 4,
      MailUniversalDistributionGroup: 4,
      MailUniversalSecurityGroup: 2,
      GroupMailbox: 3,
      DynamicDistributionGroup: 2,
      User: 3,
    });
  });
});
