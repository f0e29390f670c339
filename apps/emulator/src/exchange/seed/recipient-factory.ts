// Builds a recipient's full property bag (as Get-Recipient/Get-Mailbox return it) and its lookup keys from a short spec.
import type { ObjectWrite } from '../store/tenant-store.js';
import type { ExchangeObject, JsonValue } from '../types.js';
import { formatByteSize } from '../shape/byte-size.js';

export type RecipientTypeDetails =
  | 'UserMailbox'
  | 'SharedMailbox'
  | 'RoomMailbox'
  | 'EquipmentMailbox'
  | 'MailUser'
  | 'MailContact'
  | 'MailUniversalDistributionGroup'
  | 'MailUniversalSecurityGroup'
  | 'GroupMailbox'
  | 'DynamicDistributionGroup'
  | 'User';

/** RecipientTypeDetails -> RecipientType, as Exchange reports them. */
export const recipientTypeOf: Readonly<Record<RecipientTypeDetails, string>> = {
  UserMailbox: 'UserMailbox',
  SharedMailbox: 'UserMailbox',
  RoomMailbox: 'UserMailbox',
  EquipmentMailbox: 'UserMailbox',
  MailUser: 'MailUser',
  MailContact: 'MailContact',
  MailUniversalDistributionGroup: 'MailUniversalDistributionGroup',
  MailUniversalSecurityGroup: 'MailUniversalSecurityGroup',
  GroupMailbox: 'MailUniversalDistributionGroup',
  DynamicDistributionGroup: 'DynamicDistributionGroup',
  User: 'User',
};

export const MAILBOX_TYPES: readonly RecipientTypeDetails[] = [
  'UserMailbox',
  'SharedMailbox',
  'RoomMailbox',
  'EquipmentMailbox',
];
export const GROUP_TYPES: readonly RecipientTypeDetails[] = [
  'MailUniversalDistributionGroup',
  'MailUniversalSecurityGroup',
];

export interface RecipientSpec {
  readonly type: RecipientTypeDetails;
  readonly name: string;
  readonly alias: string;
  readonly displayName: string;
  readonly guid: string;
  readonly exchangeGuid: string;
  readonly externalDirectoryObjectId: string;
  readonly created: number;
  /** Domain of the primary SMTP address (and UPN). */
  readonly domain: string;
  readonly tenantDomain: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly department?: string;
  readonly title?: string;
  readonly city?: string;
  readonly country?: string;
  /** For contacts and mail users: the outside address mail is routed to. */
  readonly externalEmailAddress?: string;
  readonly archive?: boolean;
  readonly archiveGuid?: string;
  readonly litigationHold?: boolean;
  readonly forwardingSmtpAddress?: string;
  readonly hidden?: boolean;
  readonly resourceCapacity?: number;
  readonly accessType?: 'Public' | 'Private';
  readonly managedBy?: readonly string[];
  readonly upn?: string;
}

const GB = 1024 ** 3;

export function distinguishedName(name: string, tenantDomain: string): string {
  return `CN=${name},OU=${tenantDomain},OU=Microsoft Exchange Hosted Organizations,DC=NAMPR01A001,DC=PROD,DC=OUTLOOK,DC=COM`;
}

export function buildRecipient(spec: RecipientSpec): ObjectWrite {
  const recipientType = recipientTypeOf[spec.type];
  const isMailbox = MAILBOX_TYPES.includes(spec.type);
  const isGroup = GROUP_TYPES.includes(spec.type) || spec.type === 'GroupMailbox';
  const isMailEnabled = spec.type !== 'User';
  const primary =
    spec.type === 'MailContact' ? (spec.externalEmailAddress ?? '') : `${spec.alias}@${spec.domain}`;
  const upn = spec.upn ?? (isMailbox || spec.type === 'MailUser' || spec.type === 'User' ? primary : null);
  const emailAddresses: string[] = isMailEnabled ? [`SMTP:${primary}`] : [];
  if (isMailEnabled && spec.type !== 'MailContact' && spec.domain !== spec.tenantDomain)
    emailAddresses.push(`smtp:${spec.alias}@${spec.tenantDomain}`);
  const when = new Date(spec.created).toISOString();
  const changed = new Date(spec.created + 86_400_000 * 3).toISOString();
  const dn = distinguishedName(spec.name, spec.tenantDomain);
  const data: ExchangeObject = {
    Identity: spec.name,
    Id: spec.name,
    Name: spec.name,
    Alias: spec.alias,
    DisplayName: spec.displayName,
    FirstName: spec.firstName ?? '',
    LastName: spec.lastName ?? '',
    PrimarySmtpAddress: isMailEnabled ? primary : '',
    WindowsEmailAddress: isMailEnabled ? primary : '',
    EmailAddresses: emailAddresses,
    ExternalEmailAddress: spec.externalEmailAddress ? `SMTP:${spec.externalEmailAddress}` : null,
    UserPrincipalName: upn,
    RecipientType: recipientType,
    RecipientTypeDetails: spec.type,
    Guid: spec.guid,
    ExchangeGuid: isMailbox ? spec.exchangeGuid : '00000000-0000-0000-0000-000000000000',
    ExchangeObjectId: spec.guid,
    ExternalDirectoryObjectId: spec.externalDirectoryObjectId,
    DistinguishedName: dn,
    OrganizationalUnit: `NAMPR01A001.PROD.OUTLOOK.COM/Microsoft Exchange Hosted Organizations/${spec.tenantDomain}`,
    OrganizationId: `NAMPR01A001.PROD.OUTLOOK.COM/Microsoft Exchange Hosted Organizations/${spec.tenantDomain} - NAMPR01A001.PROD.OUTLOOK.COM/ConfigurationUnits/${spec.tenantDomain}/Configuration`,
    ExchangeVersion: '0.20 (15.0.0.0)',
    Department: spec.department ?? '',
    Title: spec.title ?? '',
    City: spec.city ?? '',
    CountryOrRegion: spec.country ?? '',
    Company: isGroup ? '' : 'Contoso',
    HiddenFromAddressListsEnabled: spec.hidden ?? false,
    CustomAttribute1: '',
    CustomAttribute2: '',
    WhenCreated: when,
    WhenChanged: changed,
    WhenCreatedUTC: when,
    WhenChangedUTC: changed,
    IsValid: true,
    ObjectState: 'Unchanged',
  };
  if (isMailbox) Object.assign(data, mailboxProperties(spec));
  if (isGroup) Object.assign(data, groupProperties(spec));
  return { id: spec.guid, name: spec.name, keys: recipientKeys(data), data };
}

/** Every identity a recipient answers to: name, alias, DN, GUIDs, UPN and each proxy address without its prefix. */
export function recipientKeys(data: ExchangeObject): string[] {
  const keys: string[] = [];
  for (const k of [
    'Name',
    'Alias',
    'DistinguishedName',
    'Guid',
    'ExternalDirectoryObjectId',
    'UserPrincipalName',
    'LegacyExchangeDN',
  ])
    if (typeof data[k] === 'string' && data[k] !== '') keys.push(data[k] as string);
  if (typeof data.ExchangeGuid === 'string' && !data.ExchangeGuid.startsWith('00000000'))
    keys.push(data.ExchangeGuid);
  if (Array.isArray(data.EmailAddresses))
    for (const a of data.EmailAddresses) if (typeof a === 'string') keys.push(stripPrefix(a));
  return keys;
}

function mailboxProperties(spec: RecipientSpec): Record<string, JsonValue> {
  const shared = spec.type !== 'UserMailbox';
  const archive = spec.archive ?? false;
  return {
    Database: 'NAMPR01DG001-db042',
    ServerName: 'emu01pr01mb1234',
    ProhibitSendQuota: formatByteSize(shared ? 49 * GB : 99 * GB),
    ProhibitSendReceiveQuota: formatByteSize(shared ? 50 * GB : 100 * GB),
    IssueWarningQuota: formatByteSize(shared ? 48 * GB : 98 * GB),
    RecoverableItemsQuota: formatByteSize(30 * GB),
    MaxSendSize: '35 MB (36,700,160 bytes)',
    MaxReceiveSize: '36 MB (37,748,736 bytes)',
    UseDatabaseQuotaDefaults: false,
    ArchiveStatus: archive ? 'Active' : 'None',
    ArchiveGuid: archive
      ? (spec.archiveGuid ?? '00000000-0000-0000-0000-000000000000')
      : '00000000-0000-0000-0000-000000000000',
    ArchiveName: archive ? [`In-Place Archive -${spec.displayName}`] : [],
    ArchiveQuota: formatByteSize(100 * GB),
    AutoExpandingArchiveEnabled: false,
    LitigationHoldEnabled: spec.litigationHold ?? false,
    LitigationHoldDuration: 'Unlimited',
    LitigationHoldDate: spec.litigationHold ? new Date(spec.created + 86_400_000 * 30).toISOString() : null,
    LitigationHoldOwner: spec.litigationHold ? 'admin@contoso.onmicrosoft.com' : '',
    InPlaceHolds: [],
    RetentionHoldEnabled: false,
    RetentionPolicy: 'Default MRM Policy',
    ForwardingAddress: null,
    ForwardingSmtpAddress: spec.forwardingSmtpAddress ? `smtp:${spec.forwardingSmtpAddress}` : null,
    DeliverToMailboxAndForward: false,
    GrantSendOnBehalfTo: [],
    MessageCopyForSentAsEnabled: false,
    MessageCopyForSendOnBehalfEnabled: false,
    AuditEnabled: true,
    AuditLogAgeLimit: '90.00:00:00',
    IsMailboxEnabled: true,
    IsShared: spec.type === 'SharedMailbox',
    IsResource: spec.type === 'RoomMailbox' || spec.type === 'EquipmentMailbox',
    IsInactiveMailbox: false,
    IsSoftDeletedByRemove: false,
    AccountDisabled: shared,
    ResourceType:
      spec.type === 'RoomMailbox' ? 'Room' : spec.type === 'EquipmentMailbox' ? 'Equipment' : null,
    ResourceCapacity: spec.resourceCapacity ?? null,
    UsageLocation: spec.country === 'United Kingdom' ? 'GB' : 'US',
    RecipientLimits: '500',
    EmailAddressPolicyEnabled: false,
    SingleItemRecoveryEnabled: true,
    RetainDeletedItemsFor: '14.00:00:00',
    MailboxPlan: shared ? null : 'ExchangeProtectedMailbox',
    SKUAssigned: !shared,
    PersistedCapabilities: shared ? [] : ['BPOS_S_Enterprise'],
    LegacyExchangeDN: `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=${spec.guid.replace(/-/g, '')}-${spec.alias}`,
    ExtensionCustomAttribute1: [],
  };
}

function groupProperties(spec: RecipientSpec): Record<string, JsonValue> {
  const unified = spec.type === 'GroupMailbox';
  const props: Record<string, JsonValue> = {
    ManagedBy: [...(spec.managedBy ?? [])],
    GroupType: spec.type === 'MailUniversalSecurityGroup' ? 'Universal, SecurityEnabled' : 'Universal',
    MemberJoinRestriction: unified ? 'Open' : 'Closed',
    MemberDepartRestriction: unified ? 'Open' : 'Closed',
    RequireSenderAuthenticationEnabled: true,
    AcceptMessagesOnlyFrom: [],
    AcceptMessagesOnlyFromSendersOrMembers: [],
    ModerationEnabled: false,
    ReportToOriginatorEnabled: true,
    SendOofMessageToOriginatorEnabled: false,
  };
  if (unified)
    Object.assign(props, {
      AccessType: spec.accessType ?? 'Private',
      SharePointSiteUrl: `https://contoso.sharepoint.com/sites/${spec.alias}`,
      SharePointDocumentsUrl: `https://contoso.sharepoint.com/sites/${spec.alias}/Shared Documents`,
      AutoSubscribeNewMembers: false,
      AlwaysSubscribeMembersToCalendarEvents: false,
      WelcomeMessageEnabled: true,
      HiddenFromExchangeClientsEnabled: false,
      ResourceProvisioningOptions: [],
      GroupSKU: 'E3',
      Language: 'en-US',
    });
  return props;
}

function stripPrefix(address: string): string {
  const i = address.indexOf(':');
  return i >= 0 ? address.slice(i + 1) : address;
}
