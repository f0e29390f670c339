// Generates a large tenant (e.g. 100,000 mailboxes) for paging and memory benchmarks: one bulk transaction.
import type { ObjectWrite, TenantStore } from '../store/tenant-store.js';
import { createPrng } from './prng.js';
import { buildRecipient } from './recipient-factory.js';
import { SEED_EPOCH } from './tenant-constants.js';

export interface LargeTenantOptions {
  readonly tenantId: string;
  readonly domain: string;
  readonly mailboxes: number;
  readonly seed?: number;
}

const departments = [
  'Sales',
  'Marketing',
  'Finance',
  'IT',
  'R&D',
  'HR',
  'Legal',
  'Operations',
  'Retail',
  'Support',
];

/** Writes the tenant and its mailboxes; returns how many recipients were written. */
export function generateLargeTenant(store: TenantStore, options: LargeTenantOptions): number {
  const rng = createPrng(options.seed ?? 424242);
  const width = String(options.mailboxes).length;
  function* recipients(): Generator<ObjectWrite> {
    for (let i = 1; i <= options.mailboxes; i++) {
      const alias = `user${String(i).padStart(width, '0')}`;
      const shared = i % 20 === 0;
      yield buildRecipient({
        type: shared ? 'SharedMailbox' : 'UserMailbox',
        name: alias,
        alias,
        displayName: shared ? `Shared ${i}` : `User ${i}`,
        guid: rng.guid(),
        exchangeGuid: rng.guid(),
        externalDirectoryObjectId: rng.guid(),
        created: SEED_EPOCH - (options.mailboxes - i) * 60_000,
        domain: options.domain,
        tenantDomain: options.domain,
        department: departments[i % departments.length] ?? 'Sales',
        archive: i % 3 === 0,
        litigationHold: i % 7 === 0,
      });
    }
  }
  return store.transaction(() => {
    store.addTenant({ tenantId: options.tenantId, domain: options.domain, displayName: options.domain });
    return store.putMany(options.tenantId, 'recipient', recipients());
  });
}
