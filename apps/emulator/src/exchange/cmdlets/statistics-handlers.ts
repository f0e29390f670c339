// Mailbox and folder statistics, derived deterministically from each mailbox's GUID so any tenant size has them.
import { MAILBOX_TYPES } from '../seed/recipient-factory.js';
import { createPrng, seedFrom } from '../seed/prng.js';
import { SEED_EPOCH } from '../seed/tenant-constants.js';
import { activityEpochKey } from '../seed/contoso.js';
import { formatByteSize } from '../shape/byte-size.js';
import { exoStatisticsPropertySets, propertiesFor } from '../shape/property-sets.js';
import { project } from '../shape/views.js';
import type { ExchangeObject } from '../types.js';
import type { CmdletHandler, HandlerContext, ResultItem } from './handler.js';
import { resolveOne } from './identity.js';
import { typeIs } from './recipient-query.js';

const isMailbox = typeIs(...MAILBOX_TYPES);
const identityParameters = [
  'Identity',
  'ExternalDirectoryObjectId',
  'UserPrincipalName',
  'PrimarySmtpAddress',
  'ExchangeGuid',
];

/** [display name, FolderType, FolderScope it belongs to, share of the mailbox's items] */
export const folders: readonly [string, string, string, number][] = [
  ['Top of Information Store', 'Root', 'NonIpmRoot', 0],
  ['Inbox', 'Inbox', 'Inbox', 0.45],
  ['Sent Items', 'SentItems', 'SentItems', 0.2],
  ['Deleted Items', 'DeletedItems', 'DeletedItems', 0.05],
  ['Drafts', 'Drafts', 'Drafts', 0.01],
  ['Junk Email', 'JunkEmail', 'JunkEmail', 0.02],
  ['Archive', 'Archive', 'Archive', 0.12],
  ['Outbox', 'Outbox', 'Outbox', 0],
  ['Calendar', 'Calendar', 'Calendar', 0.08],
  ['Contacts', 'Contacts', 'Contacts', 0.03],
  ['Tasks', 'Tasks', 'Tasks', 0.01],
  ['Notes', 'Notes', 'Notes', 0],
  ['Journal', 'Journal', 'Journal', 0],
  ['Conversation History', 'ConversationHistory', 'ConversationHistory', 0.02],
  ['Sync Issues', 'SyncIssues', 'SyncIssues', 0],
  ['Recoverable Items', 'RecoverableItemsRoot', 'RecoverableItems', 0],
  ['Deletions', 'RecoverableItemsDeletions', 'RecoverableItems', 0.01],
  ['Purges', 'RecoverableItemsPurges', 'RecoverableItems', 0],
  ['Versions', 'RecoverableItemsVersions', 'RecoverableItems', 0],
];

interface MailboxTotals {
  items: number;
  bytes: number;
  deletedItems: number;
  deletedBytes: number;
  lastLogon: number;
}

function totals(mailbox: ExchangeObject, archive: boolean, epoch: number): MailboxTotals {
  const rng = createPrng(seedFrom(`${String(mailbox.ExchangeGuid)}:${archive ? 'archive' : 'primary'}`));
  const items = rng.int(archive ? 100 : 500, archive ? 40_000 : 120_000);
  return {
    items,
    bytes: items * rng.int(20_000, 90_000),
    deletedItems: rng.int(0, Math.floor(items / 20)),
    deletedBytes: rng.int(0, 500_000_000),
    lastLogon: epoch - rng.int(0, 60 * 86_400) * 1000,
  };
}

/** Logons and item dates are relative to the tenant's activity epoch (the seed date, or when the state was created). */
function activityEpoch(ctx: HandlerContext): number {
  const stored = Number(ctx.store.getMeta(activityEpochKey(ctx.tenantId)));
  return Number.isFinite(stored) && stored > 0 ? stored : SEED_EPOCH;
}

function mailboxStatistics(mailbox: ExchangeObject, archive: boolean, epoch: number): ExchangeObject {
  const t = totals(mailbox, archive, epoch);
  return {
    Identity: String(mailbox.ExchangeGuid),
    DisplayName: archive ? `In-Place Archive -${String(mailbox.DisplayName)}` : String(mailbox.DisplayName),
    MailboxGuid: archive ? String(mailbox.ArchiveGuid) : String(mailbox.ExchangeGuid),
    ItemCount: t.items,
    DeletedItemCount: t.deletedItems,
    AssociatedItemCount: Math.floor(t.items / 50),
    TotalItemSize: formatByteSize(t.bytes),
    TotalDeletedItemSize: formatByteSize(t.deletedBytes),
    MessageTableTotalSize: formatByteSize(Math.floor(t.bytes * 0.8)),
    AttachmentTableTotalSize: formatByteSize(Math.floor(t.bytes * 0.15)),
    SystemMessageCount: 120,
    SystemMessageSize: formatByteSize(1_048_576),
    LastLogonTime: new Date(t.lastLogon).toISOString(),
    LastLogoffTime: new Date(t.lastLogon + 3_600_000).toISOString(),
    LastUserActionTime: new Date(t.lastLogon + 600_000).toISOString(),
    LastInteractionTime: new Date(t.lastLogon + 600_000).toISOString(),
    MailboxTypeDetail: String(mailbox.RecipientTypeDetails),
    IsArchiveMailbox: archive,
    IsQuarantined: false,
    Database: String(mailbox.Database ?? ''),
    ServerName: String(mailbox.ServerName ?? ''),
    DatabaseIssueWarningQuota: String(mailbox.IssueWarningQuota ?? ''),
    DatabaseProhibitSendQuota: String(mailbox.ProhibitSendQuota ?? ''),
    DatabaseProhibitSendReceiveQuota: String(mailbox.ProhibitSendReceiveQuota ?? ''),
    OwnerADGuid: String(mailbox.Guid),
    ExternalDirectoryOrganizationId: '',
    StorageLimitStatus: null,
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}

function targetMailbox(ctx: HandlerContext): ExchangeObject {
  const param = identityParameters.find((n) => ctx.params.has(n)) ?? 'Identity';
  return resolveOne(ctx, 'recipient', ctx.params.string(param) ?? '', isMailbox).data;
}

function* statistics(
  ctx: HandlerContext,
  view?: (o: ExchangeObject) => ExchangeObject,
): Generator<ResultItem> {
  const mailbox = targetMailbox(ctx);
  const archive = ctx.params.switch('Archive');
  if (archive && mailbox.ArchiveStatus !== 'Active') return;
  const stats = mailboxStatistics(mailbox, archive, activityEpoch(ctx));
  yield { object: view ? view(stats) : stats };
}

function* folderStatistics(ctx: HandlerContext): Generator<ResultItem> {
  const mailbox = targetMailbox(ctx);
  const archive = ctx.params.switch('Archive');
  if (archive && mailbox.ArchiveStatus !== 'Active') return;
  const epoch = activityEpoch(ctx);
  const t = totals(mailbox, archive, epoch);
  const scope = ctx.params.string('FolderScope') ?? 'All';
  const withDates = ctx.params.switch('IncludeOldestAndNewestItems');
  for (const [index, [name, type, folderScope, share]] of folders.entries()) {
    if (scope !== 'All' && scope !== folderScope) continue;
    const items = Math.floor(t.items * share);
    const bytes = Math.floor(t.bytes * share);
    const path =
      type === 'Root'
        ? '/'
        : type.startsWith('RecoverableItems') && type !== 'RecoverableItemsRoot'
          ? `/Recoverable Items/${name}`
          : `/${name}`;
    const object: ExchangeObject = {
      Identity: `${String(mailbox.Name)}\\${path === '/' ? 'Top of Information Store' : path.slice(1).replace(/\//g, '\\')}`,
      Name: name,
      FolderPath: path,
      FolderType: type,
      FolderId: `LgAAAA${String(mailbox.ExchangeGuid).replace(/-/g, '').slice(0, 20)}${String(index).padStart(4, '0')}`,
      ItemsInFolder: items,
      FolderSize: formatByteSize(bytes),
      ItemsInFolderAndSubfolders: type === 'Root' ? t.items : items,
      FolderAndSubfolderSize: formatByteSize(type === 'Root' ? t.bytes : bytes),
      DeletedItemsInFolder: 0,
      VisibleItemsInFolder: items,
      HiddenItemsInFolder: 0,
      ContentFolder: !type.startsWith('RecoverableItems') && type !== 'Root' && type !== 'SyncIssues',
      Date: new Date(epoch - 300 * 86_400_000).toISOString(),
      CreationTime: new Date(epoch - 300 * 86_400_000).toISOString(),
    };
    if (withDates) {
      object.OldestItemReceivedDate = items ? new Date(epoch - 290 * 86_400_000).toISOString() : null;
      object.NewestItemReceivedDate = items ? new Date(t.lastLogon).toISOString() : null;
    }
    yield { object };
  }
}

export const statisticsHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Get-MailboxStatistics': (ctx) => statistics(ctx),
  'Get-EXOMailboxStatistics': (ctx) => {
    const props = propertiesFor(
      exoStatisticsPropertySets,
      ctx.params.strings('PropertySets'),
      ctx.params.strings('Properties'),
    );
    return statistics(ctx, props ? (o) => project(o, props) : undefined);
  },
  'Get-MailboxFolderStatistics': folderStatistics,
  'Get-EXOMailboxFolderStatistics': folderStatistics,
};
