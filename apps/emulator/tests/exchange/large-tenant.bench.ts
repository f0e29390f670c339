// Benchmark (not run by `test`): generate 100,000 mailboxes, then page through them all with maxpagesize=1000.
// Run: npx vitest bench --run --project emulator tests/exchange/large-tenant.bench.ts
import { bench, describe } from 'vitest';
import { TenantStore, createExchangeService, generateLargeTenant } from '../../src/exchange/index.js';

const TENANT = '0a1b2c3d-0000-4000-8000-0000000b0000';
const DOMAIN = 'bench.onmicrosoft.com';
const ctx = {
  tenantId: TENANT,
  tenantDomain: DOMAIN,
  endpoint: 'exchange' as const,
  baseUrl: 'https://127.0.0.1:8443',
  caller: { appId: 'app', roles: ['Exchange Administrator'] },
};

describe('100,000-mailbox tenant', () => {
  bench(
    'generate 100,000 mailboxes and page through all of them',
    () => {
      const store = TenantStore.open({ path: ':memory:' });
      generateLargeTenant(store, { tenantId: TENANT, domain: DOMAIN, mailboxes: 100_000 });
      const service = createExchangeService({ store });
      const request = { CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 'Unlimited' } } };
      let query: Record<string, string> = {};
      let seen = 0;
      for (;;) {
        const r = service.invokeCommand(ctx, request, query, { prefer: 'odata.maxpagesize=1000' });
        const b = r.body as { value: unknown[]; '@odata.nextLink'?: string };
        seen += b.value.length;
        if (!b['@odata.nextLink']) break;
        query = Object.fromEntries(new URL(b['@odata.nextLink']).searchParams);
      }
      if (seen !== 100_000) throw new Error(`paged ${seen} mailboxes`);
      store.close();
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
