// Mobile devices, derived from each mailbox's GUID (0-2 per user mailbox) so tenants of any size have them.
import { createPrng, seedFrom } from '../seed/prng.js';
import { SEED_EPOCH } from '../seed/tenant-constants.js';
import type { StoredObject } from '../store/tenant-store.js';
import type { ExchangeObject } from '../types.js';
import type { CmdletHandler, HandlerContext, ResultItem } from './handler.js';
import { notFound, resolveOne } from './identity.js';
import { typeIs } from './recipient-query.js';

const isUserMailbox = typeIs('UserMailbox');
const models: readonly [string, string, string, string][] = [
  ['iPhone', 'iPhone15,2', 'iOS 17.5.1 21F90', 'EAS'],
  ['Android', 'Pixel 8', 'Android 14.0.0', 'EAS'],
  ['Outlook', 'Outlook for iOS and Android', 'iOS 17.5.1', 'Outlook'],
];

function devicesOf(mailbox: StoredObject): ExchangeObject[] {
  const rng = createPrng(seedFrom(`${String(mailbox.data.ExchangeGuid)}:devices`));
  const count = rng.int(0, 2);
  const out: ExchangeObject[] = [];
  for (let i = 0; i < count; i++) {
    const [type, model, os, client] = rng.pick(models);
    const deviceId = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16))
      .join('')
      .toUpperCase();
    const firstSync = new Date(SEED_EPOCH - rng.int(30, 400) * 86_400_000).toISOString();
    const owner = String(mailbox.data.Name);
    out.push({
      Identity: `${owner}\\ExchangeActiveSyncDevices\\${type}§${deviceId}`,
      Name: `${type}§${deviceId}`,
      DeviceId: deviceId,
      DeviceType: type,
      DeviceModel: model,
      DeviceOS: os,
      FriendlyName: `${String(mailbox.data.FirstName)}'s ${type}`,
      UserDisplayName: `${owner}`,
      DeviceAccessState: 'Allowed',
      DeviceAccessStateReason: 'Global',
      ClientType: client,
      FirstSyncTime: firstSync,
      WhenCreated: firstSync,
      WhenChanged: firstSync,
      Guid: rng.guid(),
      IsValid: true,
      ObjectState: 'Unchanged',
      LastSuccessSync: new Date(SEED_EPOCH - rng.int(0, 20) * 3_600_000).toISOString(),
      Status: 'DeviceOk',
    });
  }
  return out;
}

const statisticsOnly = new Set(['LastSuccessSync', 'Status']);

function* devices(ctx: HandlerContext, statistics: boolean): Generator<ResultItem> {
  const mailboxIdentity = ctx.params.string('Mailbox');
  const mailboxes =
    mailboxIdentity === undefined
      ? ctx.store.scan(ctx.tenantId, 'recipient')
      : [resolveOne(ctx, 'recipient', mailboxIdentity)];
  const wanted = ctx.params.string('Identity')?.toLowerCase();
  const clientType = ctx.params.switch('ActiveSync')
    ? 'EAS'
    : ctx.params.switch('OWAforDevices')
      ? 'Outlook'
      : undefined;
  let found = false;
  for (const mailbox of mailboxes) {
    if (!isUserMailbox(mailbox.data)) continue;
    for (const d of devicesOf(mailbox)) {
      if (clientType && d.ClientType !== clientType) continue;
      if (
        wanted !== undefined &&
        ![d.Identity, d.DeviceId, d.Guid].some((v) => String(v).toLowerCase() === wanted)
      )
        continue;
      found = true;
      yield {
        object: statistics
          ? d
          : Object.fromEntries(Object.entries(d).filter(([k]) => !statisticsOnly.has(k))),
      };
    }
  }
  if (wanted !== undefined && !found) throw notFound(ctx, ctx.params.string('Identity') ?? '');
}

export const deviceHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Get-MobileDevice': (ctx) => devices(ctx, false),
  'Get-EXOMobileDeviceStatistics': (ctx) => devices(ctx, true),
};
