// Seeds dynamic distribution groups, whose members are whoever matches their OPATH RecipientFilter.
import type { TenantStore } from '../store/tenant-store.js';
import { createPrng } from './prng.js';
import { buildRecipient } from './recipient-factory.js';
import { CONTOSO_VANITY_DOMAIN, SEED_EPOCH } from './tenant-constants.js';

const groups: readonly [string, string][] = [
  ['All Sales Users', "(RecipientTypeDetails -eq 'UserMailbox') -and (Department -like 'Sales*')"],
  ['All Managers', "(RecipientTypeDetails -eq 'UserMailbox') -and (Title -like '*Manager')"],
];

/** Uses its own PRNG stream so adding these groups leaves every other seeded value unchanged. */
export function seedDynamicGroups(store: TenantStore, tenantId: string, domain: string, seed: number): void {
  const rng = createPrng(seed + 7);
  for (const [name, filter] of groups) {
    const write = buildRecipient({
      type: 'DynamicDistributionGroup',
      name,
      alias: name.replace(/[^A-Za-z0-9]/g, ''),
      displayName: name,
      guid: rng.guid(),
      exchangeGuid: rng.guid(),
      externalDirectoryObjectId: rng.guid(),
      created: SEED_EPOCH - 200 * 86_400_000,
      domain: CONTOSO_VANITY_DOMAIN,
      tenantDomain: domain,
    });
    store.put(tenantId, 'recipient', {
      ...write,
      data: {
        ...write.data,
        RecipientFilter: filter,
        LdapRecipientFilter: '',
        IncludedRecipients: null,
        RecipientContainer: domain,
        ManagedBy: ['admin'],
        RecipientFilterType: 'Custom',
      },
    });
  }
}
