// Paging: Prefer odata.maxpagesize, nextLink continuation by POST of the same body, ResultSize and its warning, expiry.
import { describe, expect, it } from 'vitest';
import { createHarness, invoke, invokeAll } from './support.js';

const MORE =
  'There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.';
const page = (n: number): Record<string, string> => ({ prefer: `odata.maxpagesize=${n}` });

describe('paging', () => {
  const h = createHarness();
  const all = invoke(h, 'Get-Recipient', { ResultSize: 'Unlimited' }).value.map((o) => String(o.Guid));

  it.each([1, 5, 7, 54, 1000])('maxpagesize=%i yields every object exactly once, in order', (size) => {
    const pages = invokeAll(h, 'Get-Recipient', { ResultSize: 'Unlimited' }, { headers: page(size) });
    const guids = pages.flatMap((p) => p.value.map((o) => String(o.Guid)));
    expect(guids).toEqual(all);
    expect(pages.every((p) => p.value.length <= size)).toBe(true);
    expect(pages).toHaveLength(Math.ceil(all.length / size));
    expect(pages.flatMap((p) => p.warnings)).toEqual([]);
  });

  it('continues through nextLink when the output has no store order (SortBy)', () => {
    const pages = invokeAll(
      h,
      'Get-Recipient',
      { ResultSize: 'Unlimited', SortBy: 'DisplayName' },
      { headers: page(10) },
    );
    const names = pages.flatMap((p) => p.value.map((o) => String(o.DisplayName)));
    expect(names).toHaveLength(all.length);
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
  });

  it('a numeric ResultSize stops paging at that many objects and warns', () => {
    const pages = invokeAll(h, 'Get-Recipient', { ResultSize: 12 }, { headers: page(5) });
    expect(pages.map((p) => p.value.length)).toEqual([5, 5, 2]);
    expect(pages[2]?.nextLink).toBeUndefined();
    expect(pages[2]?.warnings).toEqual([MORE]);
  });

  it('ResultSize equal to the total gives no warning', () => {
    const r = invoke(h, 'Get-Recipient', { ResultSize: all.length });
    expect(r.value).toHaveLength(all.length);
    expect(r.warnings).toEqual([]);
  });

  it('without ResultSize the first page carries the "more results" warning', () => {
    const r = invoke(h, 'Get-Recipient', {}, { headers: page(10) });
    expect(r.value).toHaveLength(10);
    expect(r.warnings).toEqual([MORE]);
    expect(r.nextLink).toMatch(
      /^https:\/\/127\.0\.0\.1:8443\/adminapi\/beta\/[^/]+\/InvokeCommand\?\$skiptoken=/,
    );
  });

  it('keeps $select on the nextLink and applies it to every page', () => {
    const pages = invokeAll(
      h,
      'Get-Recipient',
      { ResultSize: 'Unlimited' },
      { headers: page(20), query: { $select: 'Name,Alias' } },
    );
    expect(pages[0]?.nextLink).toContain('$select=Name%2CAlias');
    expect(pages.flatMap((p) => p.value).every((o) => Object.keys(o).join() === 'Name,Alias')).toBe(true);
  });

  it('a nextLink expires after 30 minutes', () => {
    const h2 = createHarness();
    const first = invoke(h2, 'Get-Recipient', { ResultSize: 'Unlimited' }, { headers: page(5) });
    h2.clock.now += 31 * 60_000;
    const next = invoke(
      h2,
      'Get-Recipient',
      { ResultSize: 'Unlimited' },
      { query: Object.fromEntries(new URL(first.nextLink ?? '').searchParams) },
    );
    expect(next.status).toBe(400);
    expect(next.error?.details[0]?.message).toBe(
      'Expired or Invalid pagination request. Default Expiry time is 00:30:00',
    );
  });

  it('a nextLink posted with a different body is refused', () => {
    const first = invoke(h, 'Get-Recipient', { ResultSize: 'Unlimited' }, { headers: page(5) });
    const query = Object.fromEntries(new URL(first.nextLink ?? '').searchParams);
    expect(invoke(h, 'Get-Mailbox', { ResultSize: 'Unlimited' }, { query }).status).toBe(400);
    expect(
      invoke(h, 'Get-Recipient', { ResultSize: 'Unlimited' }, { query: { $skiptoken: 'garbage' } }).status,
    ).toBe(400);
  });

  it('the fault hook can expire a continuation', () => {
    const first = invoke(h, 'Get-Recipient', { ResultSize: 'Unlimited' }, { headers: page(5) });
    const query = Object.fromEntries(new URL(first.nextLink ?? '').searchParams);
    const r = h.service.invokeCommand(
      {
        tenantId: '6f1e4c2a-8b3d-4e5f-9a7b-1c2d3e4f5a6b',
        tenantDomain: 'contoso.onmicrosoft.com',
        endpoint: 'exchange',
        baseUrl: 'https://x',
        caller: { appId: 'a', roles: ['Global Administrator'] },
      },
      { CmdletInput: { CmdletName: 'Get-Recipient', Parameters: { ResultSize: 'Unlimited' } } },
      query,
      {},
      { nextLinkExpired: () => true },
    );
    expect(r.status).toBe(400);
  });
});
