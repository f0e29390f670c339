// Get-EXO* property sets (-PropertySets) and their Minimum defaults, as the Exchange Online module documents them (data).

export const exoMailboxPropertySets: Readonly<Record<string, readonly string[]>> = {
  Minimum: [
    'ExternalDirectoryObjectId',
    'UserPrincipalName',
    'Alias',
    'DisplayName',
    'EmailAddresses',
    'PrimarySmtpAddress',
    'RecipientType',
    'RecipientTypeDetails',
    'Identity',
    'Id',
    'ExchangeVersion',
    'Name',
    'DistinguishedName',
    'OrganizationId',
    'Guid',
  ],
  AddressList: ['HiddenFromAddressListsEnabled', 'EmailAddressPolicyEnabled', 'LegacyExchangeDN'],
  Archive: ['ArchiveGuid', 'ArchiveName', 'ArchiveQuota', 'ArchiveStatus', 'AutoExpandingArchiveEnabled'],
  Audit: ['AuditEnabled', 'AuditLogAgeLimit'],
  Custom: ['CustomAttribute1', 'CustomAttribute2', 'ExtensionCustomAttribute1'],
  Delivery: [
    'DeliverToMailboxAndForward',
    'ForwardingAddress',
    'ForwardingSmtpAddress',
    'GrantSendOnBehalfTo',
    'MaxReceiveSize',
    'MaxSendSize',
    'MessageCopyForSendOnBehalfEnabled',
    'MessageCopyForSentAsEnabled',
    'RecipientLimits',
  ],
  Hold: [
    'InPlaceHolds',
    'LitigationHoldDate',
    'LitigationHoldDuration',
    'LitigationHoldEnabled',
    'LitigationHoldOwner',
    'RetentionHoldEnabled',
  ],
  Moderation: [],
  Move: ['ExchangeGuid', 'Database'],
  Policy: ['RetentionPolicy', 'SharingPolicy'],
  PublicFolder: [],
  Quota: [
    'IssueWarningQuota',
    'ProhibitSendQuota',
    'ProhibitSendReceiveQuota',
    'RecoverableItemsQuota',
    'UseDatabaseQuotaDefaults',
  ],
  Resource: ['IsResource', 'ResourceCapacity', 'ResourceType'],
  Retention: ['RetainDeletedItemsFor', 'RetentionPolicy', 'SingleItemRecoveryEnabled'],
  SCL: [],
  SoftDelete: ['IsInactiveMailbox', 'IsSoftDeletedByRemove'],
  StatisticsSeed: ['ExchangeGuid', 'Database'],
};

export const exoRecipientPropertySets: Readonly<Record<string, readonly string[]>> = {
  Minimum: [
    'ExternalDirectoryObjectId',
    'Identity',
    'Alias',
    'DisplayName',
    'EmailAddresses',
    'Name',
    'PrimarySmtpAddress',
    'RecipientType',
    'RecipientTypeDetails',
    'ExchangeVersion',
    'DistinguishedName',
    'OrganizationId',
    'Guid',
  ],
  Archive: ['ArchiveGuid', 'ArchiveStatus'],
  Custom: ['CustomAttribute1', 'CustomAttribute2'],
  MailboxMove: ['ExchangeGuid'],
  Policy: ['ManagedBy'],
};

export const exoStatisticsPropertySets: Readonly<Record<string, readonly string[]>> = {
  Minimum: [
    'DeletedItemCount',
    'DisplayName',
    'ItemCount',
    'MailboxGuid',
    'TotalDeletedItemSize',
    'TotalItemSize',
  ],
};

/** Minimum + requested sets + explicit properties; 'All' means every property. Returns undefined for All. */
export function propertiesFor(
  sets: Readonly<Record<string, readonly string[]>>,
  requestedSets: readonly string[] | undefined,
  properties: readonly string[] | undefined,
): string[] | undefined {
  if (requestedSets?.some((s) => s.toLowerCase() === 'all')) return undefined;
  const out = new Set(sets.Minimum ?? []);
  for (const s of requestedSets ?? []) for (const p of sets[s] ?? []) out.add(p);
  for (const p of properties ?? []) out.add(p);
  return [...out];
}
