// The large-tenant generator (10,000 mailboxes here; 100,000 in large-tenant.bench.ts) and paging across it.
import { describe, expect, it } from 'vitest';
import {
  TenantStore,
  addGeneratedMailboxes,
  createExchangeService,
  generateLargeTenant,
  seedContoso,
} from '../../src/exchange/index.js';
import { invokeAll, parse, body, type Harness } from './support.js';

const TENANT = '0a1b2c3d-0000-4000-8000-00000000c0de';
const DOMAIN = 'large.onmicrosoft.com';

describe('large tenant', () => {
  const store = TenantStore.open({ path: ':memory:' });
  const written = generateLargeTenant(store, { tenantId: TENANT, domain: DOMAIN, mailboxes: 10_000 });
  const clock = { now: Date.UTC(2026, 0, 5) };
  const h: Harness = { store, service: createExchangeService({ store, now: () => clock.now }), clock };
  const ctx = {
    tenantId: TENANT,
    tenantDomain: DOMAIN,
    endpoint: 'exchange' as const,
    baseUrl: 'https://127.0.0.1:8443',
    caller: { appId: 'app', roles: ['Exchange Administrator'] },
  };

  it('writes every mailbox', () => {
    expect(written).toBe(10_000);
    expect(store.count(TENANT, 'recipient')).toBe(10_000);
  });

  it('pages through all 10,000 with ResultSize Unlimited, each exactly once', () => {
    const pages = invokeAll(
      h,
      'Get-Mailbox',
      { ResultSize: 'Unlimited' },
      { ctx, headers: { prefer: 'odata.maxpagesize=1000' } },
    );
    expect(pages).toHaveLength(10);
    const guids = pages.flatMap((p) => p.value.map((o) => String(o.Guid)));
    expect(new Set(guids).size).toBe(10_000);
    expect(pages.flatMap((p) => p.warnings)).toEqual([]);
  });

  it('without ResultSize returns a first page of 1000, warns, and still offers the next page', () => {
    // The module never sends ResultSize (only Prefer: odata.maxpagesize); -ResultSize Unlimited follows nextLink.
    const r = parse(h.service.invokeCommand(ctx, body('Get-Mailbox'), {}, {}));
    expect(r.value).toHaveLength(1000);
    expect(r.nextLink).toBeDefined();
    expect(r.warnings).toHaveLength(1);
  });

  it('resolves identities and filters at this size', () => {
    const one = parse(
      h.service.invokeCommand(
        ctx,
        body('Get-Mailbox', { Identity: 'user09999@large.onmicrosoft.com' }),
        {},
        {},
      ),
    );
    expect(one.value[0]?.Alias).toBe('user09999');
    const shared = parse(
      h.service.invokeCommand(
        ctx,
        body('Get-Mailbox', { Filter: "RecipientTypeDetails -eq 'SharedMailbox'", ResultSize: 'Unlimited' }),
        {},
        {},
      ),
    );
    expect(shared.value).toHaveLength(500);
  });
});

describe('generated mailboxes in the seeded tenant (exosh-emulator --mailboxes)', () => {
  it('adds them beside the seeded recipients once per state folder', () => {
    const store = TenantStore.open({ path: ':memory:' });
    const tenantId = '6f1e4c2a-8b3d-4e5f-9a7b-1c2d3e4f5a6b';
    const domain = 'contoso.onmicrosoft.com';
    seedContoso(store, { tenantId, domain });
    const seeded = store.count(tenantId, 'recipient');
    expect(addGeneratedMailboxes(store, { tenantId, domain, mailboxes: 500 })).toBe(500);
    expect(store.count(tenantId, 'recipient')).toBe(seeded + 500);
    expect(addGeneratedMailboxes(store, { tenantId, domain, mailboxes: 500 })).toBe(0);
    expect(store.count(tenantId, 'recipient')).toBe(seeded + 500);
    expect(store.findTenant(tenantId)?.domain).toBe(domain);
  });
});
