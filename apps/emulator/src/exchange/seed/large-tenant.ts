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

function* generatedMailboxes(options: LargeTenantOptions): Generator<ObjectWrite> {
  const rng = createPrng(options.seed ?? 424242);
  const width = String(options.mailboxes).length;
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

/** Writes the tenant and its mailboxes; returns how many recipients were written. */
export function generateLargeTenant(store: TenantStore, options: LargeTenantOptions): number {
  return store.transaction(() => {
    store.addTenant({ tenantId: options.tenantId, domain: options.domain, displayName: options.domain });
    return store.putMany(options.tenantId, 'recipient', generatedMailboxes(options));
  });
}

/**
 * Adds `mailboxes` generated mailboxes (user000001...) to an existing tenant, once per state folder (a second start
 * with the same count writes nothing): `exosh-emulator --mailboxes 100000` for memory and paging benchmarks.
 */
export function addGeneratedMailboxes(store: TenantStore, options: LargeTenantOptions): number {
  const marker = `generated-mailboxes:${options.tenantId}`;
  if (store.getMeta(marker) === String(options.mailboxes)) return 0;
  return store.transaction(() => {
    const written = store.putMany(options.tenantId, 'recipient', generatedMailboxes(options));
    store.setMeta(marker, String(options.mailboxes));
    return written;
  });
}
