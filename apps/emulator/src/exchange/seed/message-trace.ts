// Seeds message trace entries over the 10 days before the epoch: internal, inbound, outbound, spam and failed mail.
import type { ObjectWrite, TenantStore } from '../store/tenant-store.js';
import type { Prng } from './prng.js';

export const MESSAGE_TRACE_COUNT = 300;

const subjects = [
  'Quarterly report',
  'Lunch on Friday?',
  'Invoice 4471',
  'Project Falcon status',
  'Re: contract',
  'Your order has shipped',
  'Team offsite',
  'Password expiry notice',
];
const outsiders = [
  'partner@fabrikam.com',
  'sales@northwindtraders.com',
  'noreply@contoso-shop.example',
  'billing@adatum.com',
];
const statuses: readonly [string, number][] = [
  ['Delivered', 80],
  ['FilteredAsSpam', 8],
  ['Failed', 5],
  ['Quarantined', 4],
  ['Expanded', 3],
];

function pickStatus(rng: Prng): string {
  let n = rng.int(1, 100);
  for (const [status, weight] of statuses) if ((n -= weight) <= 0) return status;
  return 'Delivered';
}

export function seedMessageTrace(
  store: TenantStore,
  tenantId: string,
  users: readonly ObjectWrite[],
  rng: Prng,
  epoch: number,
): void {
  const rows: ObjectWrite[] = [];
  for (let i = 0; i < MESSAGE_TRACE_COUNT; i++) {
    const from = rng.chance(0.3) ? rng.pick(outsiders) : String(rng.pick(users).data.PrimarySmtpAddress);
    const to = rng.chance(0.2) ? rng.pick(outsiders) : String(rng.pick(users).data.PrimarySmtpAddress);
    const received = new Date(epoch - Math.floor(rng.next() * 10 * 86_400_000));
    received.setUTCMilliseconds(0);
    const id = rng.guid();
    rows.push({
      id,
      name: received.toISOString(),
      data: {
        Received: received.toISOString(),
        SenderAddress: from,
        RecipientAddress: to,
        Subject: rng.pick(subjects),
        Status: pickStatus(rng),
        ToIP: from.endsWith('@contoso.com') ? `203.0.113.${rng.int(1, 254)}` : null,
        FromIP: from.endsWith('@contoso.com') ? null : `198.51.100.${rng.int(1, 254)}`,
        Size: rng.int(2_000, 4_000_000),
        MessageId: `<${id.slice(0, 18)}@${from.slice(from.indexOf('@') + 1)}>`,
        MessageTraceId: id,
        Index: i,
      },
    });
  }
  rows.sort((a, b) => String(b.name).localeCompare(String(a.name)));
  store.putMany(tenantId, 'messageTrace', rows);
}
