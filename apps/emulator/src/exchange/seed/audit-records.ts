// Seeds unified audit log records over the 30 days before the seed epoch, deterministically.
import type { ObjectWrite, TenantStore } from '../store/tenant-store.js';
import type { Prng } from './prng.js';

const operations: readonly [string, string, number][] = [
  ['ExchangeItem', 'MailItemsAccessed', 2],
  ['ExchangeItem', 'Send', 50],
  ['ExchangeAdmin', 'Set-Mailbox', 1],
  ['ExchangeAdmin', 'Add-MailboxPermission', 1],
  ['AzureActiveDirectoryStsLogon', 'UserLoggedIn', 15],
  ['SharePointFileOperation', 'FileAccessed', 6],
  ['SharePointFileOperation', 'FileDownloaded', 6],
  ['ExchangeItemGroup', 'HardDelete', 2],
];

export const AUDIT_RECORD_COUNT = 240;

/** Records fall in the 30 days before epoch: the seed's fixed date in tests, the store's creation time when served. */
export function seedAuditRecords(
  store: TenantStore,
  tenantId: string,
  users: readonly ObjectWrite[],
  rng: Prng,
  epoch: number,
): void {
  const records: ObjectWrite[] = [];
  for (let i = 0; i < AUDIT_RECORD_COUNT; i++) {
    const user = rng.pick(users);
    const [recordType, operation, workloadCode] = rng.pick(operations);
    const created = new Date(epoch - 30 * 86_400_000 + Math.floor(rng.next() * 30 * 86_400_000));
    created.setUTCMilliseconds(0);
    const id = rng.guid();
    const upn = String(user.data.UserPrincipalName);
    const auditData = {
      CreationTime: created.toISOString().slice(0, 19),
      Id: id,
      Operation: operation,
      OrganizationId: tenantId,
      RecordType: workloadCode,
      ResultStatus: 'Succeeded',
      UserKey: String(user.data.ExternalDirectoryObjectId),
      UserType: 0,
      Workload: recordType.startsWith('SharePoint')
        ? 'SharePoint'
        : recordType.startsWith('Azure')
          ? 'AzureActiveDirectory'
          : 'Exchange',
      ClientIP: `198.51.100.${rng.int(1, 254)}`,
      UserId: upn,
      ObjectId: recordType.startsWith('SharePoint')
        ? `https://contoso.sharepoint.com/sites/Retail/Shared Documents/report-${i}.xlsx`
        : upn,
    };
    records.push({
      id,
      name: created.toISOString(),
      data: {
        RecordType: recordType,
        CreationDate: created.toISOString(),
        UserIds: upn,
        Operations: operation,
        AuditData: JSON.stringify(auditData),
        ResultIndex: 0,
        ResultCount: 0,
        Identity: id,
        IsValid: true,
        ObjectState: 'Unchanged',
      },
    });
  }
  records.sort((a, b) => String(a.name).localeCompare(String(b.name)));
  store.putMany(tenantId, 'auditRecord', records);
}
