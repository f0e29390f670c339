// The shared Get-* recipient pipeline: identity (all its parameter forms), -Anr, -Filter, type filters, -SortBy.
import { compileFilter } from '../opath/compile.js';
import { buildRecipient, recipientKeys } from '../seed/recipient-factory.js';
import type { StoredObject } from '../store/tenant-store.js';
import type { ExchangeObject } from '../types.js';
import { lookup } from '../opath/evaluate.js';
import type { HandlerContext, ResultItem } from './handler.js';
import { resolveOne, selectObjects, type ObjectTest } from './identity.js';

/** Every property a stored recipient can carry: the set -Filter accepts on recipient cmdlets. */
export const recipientFilterable: readonly string[] = (() => {
  const keys = new Set<string>();
  for (const type of ['UserMailbox', 'GroupMailbox'] as const)
    for (const k of Object.keys(
      buildRecipient({
        type,
        name: 'x',
        alias: 'x',
        displayName: 'x',
        guid: 'g',
        exchangeGuid: 'e',
        externalDirectoryObjectId: 'o',
        created: 0,
        domain: 'd',
        tenantDomain: 't',
      }).data,
    ))
      keys.add(k);
  return [...keys];
})();

const identityParameters = [
  'Identity',
  'ExternalDirectoryObjectId',
  'UserPrincipalName',
  'PrimarySmtpAddress',
  'ExchangeGuid',
];

export function typeIs(...types: string[]): ObjectTest {
  return (o) => types.includes(String(o.RecipientTypeDetails));
}

export function* recipientQuery(
  ctx: HandlerContext,
  accept: ObjectTest,
  view: (o: ExchangeObject) => ExchangeObject,
): Generator<ResultItem> {
  const p = ctx.params;
  const identityParam = identityParameters.find((n) => p.has(n));
  const identity = identityParam ? p.string(identityParam) : undefined;
  let test = accept;
  const filter = p.string('Filter');
  if (filter !== undefined) {
    const predicate = compileFilter(filter, recipientFilterable);
    const prev = test;
    test = (o) => prev(o) && predicate(o);
  }
  const anr = p.string('Anr');
  if (anr !== undefined) {
    const prefix = anr.toLowerCase();
    const prev = test;
    test = (o) =>
      prev(o) &&
      ['Name', 'Alias', 'DisplayName', 'FirstName', 'LastName', 'PrimarySmtpAddress'].some((k) =>
        String(o[k] ?? '')
          .toLowerCase()
          .startsWith(prefix),
      );
  }
  for (const [param, prop] of [
    ['RecipientTypeDetails', 'RecipientTypeDetails'],
    ['RecipientType', 'RecipientType'],
  ] as const) {
    const wanted = p.strings(param)?.map((s) => s.toLowerCase());
    if (wanted) {
      const prev = test;
      test = (o) => prev(o) && wanted.includes(String(o[prop]).toLowerCase());
    }
  }
  if (p.switch('Archive')) {
    const prev = test;
    test = (o) => prev(o) && o.ArchiveStatus === 'Active';
  }
  if (p.switch('SoftDeletedMailbox') || p.switch('InactiveMailboxOnly') || p.switch('PublicFolder')) return;
  const sortBy = p.string('SortBy');
  const selected =
    identity !== undefined && identityParam !== 'Identity'
      ? [resolveOne(ctx, 'recipient', identity, test)]
      : selectObjects(ctx, 'recipient', identity, test);
  if (sortBy === undefined) {
    for (const o of selected) yield { seq: o.seq, object: view(o.data) };
    return;
  }
  const all = [...selected].map((o) => view(o.data));
  all.sort((a, b) => String(lookup(a, sortBy) ?? '').localeCompare(String(lookup(b, sortBy) ?? '')));
  for (const object of all) yield { object };
}

/** Writes a changed recipient back with its lookup keys recomputed. */
export function saveRecipient(ctx: HandlerContext, stored: StoredObject, data: ExchangeObject): void {
  const when = new Date(ctx.now()).toISOString();
  data.WhenChanged = when;
  data.WhenChangedUTC = when;
  ctx.store.put(ctx.tenantId, 'recipient', {
    id: stored.id,
    name: String(data.Name),
    keys: recipientKeys(data),
    data,
  });
}
