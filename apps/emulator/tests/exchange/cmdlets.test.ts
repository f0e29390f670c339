// Every cmdlet: a happy path (table: parameters -> count and properties of the output) and its not-found error.
import { describe, expect, it } from 'vitest';
import { TenantStore, createExchangeService, seedContoso, type JsonValue } from '../../src/exchange/index.js';
import { context, createHarness, invoke } from './support.js';

interface HappyCase {
  readonly cmdlet: string;
  readonly params: Record<string, JsonValue>;
  readonly count: number;
  /** Properties the first output object must have, with these values. */
  readonly first?: Record<string, JsonValue>;
  readonly compliance?: boolean;
}

const window = { StartDate: '2025-12-01T00:00:00Z', EndDate: '2026-01-06T00:00:00Z' };

const happy: HappyCase[] = [
  {
    cmdlet: 'Get-Mailbox',
    params: { Identity: 'AdeleV@contoso.com' },
    count: 1,
    first: { DisplayName: 'Adele Vance', RecipientTypeDetails: 'UserMailbox' },
  },
  {
    cmdlet: 'Get-Mailbox',
    params: { Identity: 'adele.vance@contoso.onmicrosoft.com' },
    count: 1,
    first: { Alias: 'AdeleV' },
  },
  {
    cmdlet: 'Get-Mailbox',
    params: { RecipientTypeDetails: ['SharedMailbox'], ResultSize: 'Unlimited' },
    count: 5,
    first: { IsShared: true },
  },
  {
    cmdlet: 'Get-Mailbox',
    params: { Anr: 'Conf' },
    count: 4,
    first: { RecipientTypeDetails: 'RoomMailbox' },
  },
  { cmdlet: 'Get-Mailbox', params: { Identity: 'Conf*' }, count: 4 },
  { cmdlet: 'Get-Mailbox', params: { ResultSize: 3 }, count: 3 },
  {
    cmdlet: 'Get-EXOMailbox',
    params: { Identity: 'AdeleV' },
    count: 1,
    first: { Alias: 'AdeleV', ExchangeVersion: '0.20 (15.0.0.0)' },
  },
  {
    cmdlet: 'Get-EXOMailbox',
    params: { UserPrincipalName: 'lee.gu@contoso.onmicrosoft.com' },
    count: 1,
    first: { DisplayName: 'Lee Gu' },
  },
  {
    cmdlet: 'Get-EXOMailbox',
    params: { Identity: 'Info', PropertySets: ['Quota'] },
    count: 1,
    first: { ProhibitSendQuota: '49 GB (52,613,349,376 bytes)' },
  },
  {
    cmdlet: 'Get-EXOMailbox',
    params: { Identity: 'Info', Properties: ['IsShared'] },
    count: 1,
    first: { IsShared: true },
  },
  {
    cmdlet: 'Get-Recipient',
    params: { RecipientTypeDetails: ['MailUser'] },
    count: 4,
    first: { RecipientType: 'MailUser' },
  },
  {
    cmdlet: 'Get-Recipient',
    params: { Identity: 'support@fabrikam.com' },
    count: 1,
    first: { RecipientTypeDetails: 'MailContact' },
  },
  {
    cmdlet: 'Get-EXORecipient',
    params: { Identity: 'All Company' },
    count: 1,
    first: { RecipientTypeDetails: 'MailUniversalDistributionGroup' },
  },
  {
    cmdlet: 'Get-User',
    params: { Identity: 'SyncService' },
    count: 1,
    first: { RecipientTypeDetails: 'User' },
  },
  {
    cmdlet: 'Get-User',
    params: { Filter: "Department -eq 'HR'" },
    count: 1,
    first: { DisplayName: 'Diego Siciliani' },
  },
  {
    cmdlet: 'Get-MailboxStatistics',
    params: { Identity: 'AdeleV' },
    count: 1,
    first: { DisplayName: 'Adele Vance', IsArchiveMailbox: false },
  },
  { cmdlet: 'Get-EXOMailboxStatistics', params: { Identity: 'AdeleV' }, count: 1 },
  {
    cmdlet: 'Get-MailboxFolderStatistics',
    params: { Identity: 'AdeleV' },
    count: 19,
    first: { FolderType: 'Root' },
  },
  {
    cmdlet: 'Get-MailboxFolderStatistics',
    params: { Identity: 'AdeleV', FolderScope: 'RecoverableItems' },
    count: 4,
  },
  {
    cmdlet: 'Get-EXOMailboxFolderStatistics',
    params: { Identity: 'AdeleV', FolderScope: 'Inbox' },
    count: 1,
    first: { Name: 'Inbox' },
  },
  {
    cmdlet: 'Get-MailboxPermission',
    params: { Identity: 'AdeleV' },
    count: 1,
    first: { User: 'NT AUTHORITY\\SELF' },
  },
  {
    cmdlet: 'Get-EXOMailboxPermission',
    params: { Identity: 'AdeleV' },
    count: 1,
    first: { AccessRights: ['FullAccess', 'ReadPermission'] },
  },
  {
    cmdlet: 'Add-MailboxPermission',
    params: { Identity: 'Info', User: 'AdeleV', AccessRights: ['FullAccess'] },
    count: 1,
    first: { User: 'adele.vance@contoso.onmicrosoft.com', AccessRights: ['FullAccess'] },
  },
  {
    cmdlet: 'Remove-MailboxPermission',
    params: { Identity: 'Info', User: 'AdeleV', AccessRights: ['FullAccess'], Confirm: false },
    count: 0,
  },
  {
    cmdlet: 'Get-RecipientPermission',
    params: { Identity: 'AdeleV' },
    count: 1,
    first: { Trustee: 'NT AUTHORITY\\SELF', AccessRights: ['SendAs'] },
  },
  {
    cmdlet: 'Add-RecipientPermission',
    params: { Identity: 'Info', Trustee: 'LeeG', AccessRights: ['SendAs'], Confirm: false },
    count: 1,
    first: { Trustee: 'lee.gu@contoso.onmicrosoft.com' },
  },
  {
    cmdlet: 'Remove-RecipientPermission',
    params: { Identity: 'Info', Trustee: 'LeeG', AccessRights: ['SendAs'], Confirm: false },
    count: 0,
  },
  { cmdlet: 'Get-DistributionGroup', params: {}, count: 6 },
  {
    cmdlet: 'Get-DistributionGroup',
    params: { RecipientTypeDetails: ['MailUniversalSecurityGroup'] },
    count: 2,
  },
  {
    cmdlet: 'New-DistributionGroup',
    params: { Name: 'Project Falcon', Members: ['AdeleV', 'LeeG'] },
    count: 1,
    first: { Name: 'Project Falcon', PrimarySmtpAddress: 'ProjectFalcon@contoso.com', ManagedBy: ['admin'] },
  },
  {
    cmdlet: 'Set-DistributionGroup',
    params: { Identity: 'Marketing News', DisplayName: 'Marketing Weekly' },
    count: 0,
  },
  { cmdlet: 'Remove-DistributionGroup', params: { Identity: 'Finance Reports', Confirm: false }, count: 0 },
  {
    cmdlet: 'Get-DistributionGroupMember',
    params: { Identity: 'IT Admins' },
    count: 3,
    first: { Alias: 'admin' },
  },
  { cmdlet: 'Add-DistributionGroupMember', params: { Identity: 'IT Admins', Member: 'AdeleV' }, count: 0 },
  {
    cmdlet: 'Remove-DistributionGroupMember',
    params: { Identity: 'IT Admins', Member: 'AllanD', Confirm: false },
    count: 0,
  },
  {
    cmdlet: 'Get-UnifiedGroup',
    params: { Identity: 'Retail' },
    count: 1,
    first: { AccessType: 'Private', RecipientTypeDetails: 'GroupMailbox' },
  },
  {
    cmdlet: 'Get-AcceptedDomain',
    params: {},
    count: 4,
    first: { DomainName: 'contoso.onmicrosoft.com', InitialDomain: true },
  },
  {
    cmdlet: 'Get-OrganizationConfig',
    params: {},
    count: 1,
    first: { DisplayName: 'Contoso', AuditDisabled: false },
  },
  { cmdlet: 'Get-InboundConnector', params: {}, count: 2, first: { ConnectorType: 'OnPremises' } },
  {
    cmdlet: 'New-InboundConnector',
    params: { Name: 'From Litware', SenderDomains: ['litwareinc.com'], RequireTls: true },
    count: 1,
    first: { SenderDomains: ['litwareinc.com'], RequireTls: true, Enabled: true },
  },
  { cmdlet: 'Set-InboundConnector', params: { Identity: 'Partner Fabrikam TLS', Enabled: false }, count: 0 },
  {
    cmdlet: 'Remove-InboundConnector',
    params: { Identity: 'Partner Fabrikam TLS', Confirm: false },
    count: 0,
  },
  { cmdlet: 'Get-OutboundConnector', params: {}, count: 2, first: { ConnectorType: 'OnPremises' } },
  { cmdlet: 'Get-TransportRule', params: {}, count: 4, first: { Priority: 0 } },
  {
    cmdlet: 'Get-TransportRule',
    params: { State: 'Disabled' },
    count: 1,
    first: { Name: 'Copy legal mail to archive' },
  },
  {
    cmdlet: 'New-TransportRule',
    params: { Name: 'Tag external', FromScope: 'NotInOrganization', PrependSubject: '[EXT] ' },
    count: 1,
    first: { Priority: 4, State: 'Enabled' },
  },
  {
    cmdlet: 'Remove-TransportRule',
    params: { Identity: 'Block executable attachments', Confirm: false },
    count: 0,
  },
  {
    cmdlet: 'Get-CASMailbox',
    params: { Identity: 'AdeleV' },
    count: 1,
    first: { OWAEnabled: true, MAPIEnabled: true },
  },
  {
    cmdlet: 'Set-CASMailbox',
    params: { Identity: 'AdeleV', PopEnabled: false, ImapEnabled: false },
    count: 0,
  },
  { cmdlet: 'Set-Mailbox', params: { Identity: 'AdeleV', ProhibitSendQuota: '40GB' }, count: 0 },
  {
    cmdlet: 'Search-UnifiedAuditLog',
    params: { ...window, ResultSize: 10 },
    count: 10,
    first: { ResultIndex: 1, ResultCount: 240 },
  },
  {
    cmdlet: 'Search-UnifiedAuditLog',
    params: { ...window, Operations: ['Set-Mailbox'], RecordType: 'ExchangeAdmin', ResultSize: 5000 },
    count: 27,
    first: { Operations: 'Set-Mailbox' },
  },
  {
    cmdlet: 'Get-DynamicDistributionGroup',
    params: {},
    count: 2,
    first: { Name: 'All Sales Users', RecipientType: 'DynamicDistributionGroup' },
  },
  {
    cmdlet: 'Get-DynamicDistributionGroupMember',
    params: { Identity: 'All Sales Users' },
    count: 4,
    first: { Department: 'Sales' },
  },
  { cmdlet: 'Get-DynamicDistributionGroupMember', params: { Identity: 'All Managers' }, count: 5 },
  {
    cmdlet: 'Set-TransportRule',
    params: { Identity: 'Block executable attachments', Comments: 'Reviewed' },
    count: 0,
  },
  { cmdlet: 'Enable-TransportRule', params: { Identity: 'Copy legal mail to archive' }, count: 0 },
  {
    cmdlet: 'Disable-TransportRule',
    params: { Identity: 'Block executable attachments', Confirm: false },
    count: 0,
  },
  {
    cmdlet: 'Get-EXOMailboxFolderPermission',
    params: { Identity: 'AdeleV:\\Inbox' },
    count: 2,
    first: { User: 'Default', AccessRights: ['None'] },
  },
  {
    cmdlet: 'Get-RoleGroup',
    params: {},
    count: 5,
    first: { Name: 'Organization Management', Members: ['admin'] },
  },
  { cmdlet: 'Get-RoleGroup', params: { Filter: "Name -like '*Management'" }, count: 4 },
  {
    cmdlet: 'Get-RoleGroupMember',
    params: { Identity: 'Recipient Management' },
    count: 2,
    first: { Alias: 'AllanD' },
  },
  {
    cmdlet: 'Get-RoleGroupMember',
    params: { Identity: 'View-Only Organization Management' },
    count: 1,
    first: { Alias: 'auditor' },
  },
  {
    cmdlet: 'Get-CalendarProcessing',
    params: { Identity: 'ConfRoomAdams' },
    count: 1,
    first: { AutomateProcessing: 'AutoAccept', BookingWindowInDays: 180 },
  },
  {
    cmdlet: 'Get-CalendarProcessing',
    params: { Identity: 'AdeleV' },
    count: 1,
    first: { AutomateProcessing: 'AutoUpdate' },
  },
  {
    cmdlet: 'Set-CalendarProcessing',
    params: { Identity: 'ConfRoomAdams', AllowConflicts: true, ResourceDelegates: ['AdeleV'] },
    count: 0,
  },
  { cmdlet: 'Get-UnifiedGroupLinks', params: { Identity: 'Retail', LinkType: 'Members' }, count: 2 },
  {
    cmdlet: 'Get-UnifiedGroupLinks',
    params: { Identity: 'Retail', LinkType: 'Owners' },
    count: 1,
    first: { Alias: 'admin' },
  },
  {
    cmdlet: 'Add-UnifiedGroupLinks',
    params: { Identity: 'Retail', LinkType: 'Members', Links: ['LeeG'] },
    count: 0,
  },
  {
    cmdlet: 'Remove-UnifiedGroupLinks',
    params: { Identity: 'Retail', LinkType: 'Members', Links: ['AdeleV'], Confirm: false },
    count: 0,
  },
  { cmdlet: 'Set-UnifiedGroup', params: { Identity: 'Retail', AccessType: 'Public' }, count: 0 },
  {
    cmdlet: 'Get-InboxRule',
    params: { Mailbox: 'AdeleV' },
    count: 1,
    first: { Name: 'Newsletters', MailboxOwnerId: 'AdeleV' },
  },
  { cmdlet: 'Get-InboxRule', params: { Mailbox: 'ChristieC' }, count: 2, first: { Name: 'Newsletters' } },
  {
    cmdlet: 'Get-MailboxFolderPermission',
    params: { Identity: 'AdeleV:\\Calendar' },
    count: 2,
    first: { User: 'Default', AccessRights: ['AvailabilityOnly'] },
  },
  {
    cmdlet: 'Add-MailboxFolderPermission',
    params: { Identity: 'AdeleV:\\Calendar', User: 'LeeG', AccessRights: ['Reviewer'] },
    count: 1,
    first: { FolderName: 'Calendar', User: 'Lee Gu', AccessRights: ['Reviewer'] },
  },
  {
    cmdlet: 'Set-MailboxFolderPermission',
    params: { Identity: 'AdeleV:\\Calendar', User: 'Default', AccessRights: ['LimitedDetails'] },
    count: 0,
  },
  { cmdlet: 'Set-OrganizationConfig', params: { FocusedInboxOn: false }, count: 0 },
  {
    cmdlet: 'Get-EXORecipientPermission',
    params: { Identity: 'HelpDesk' },
    count: 3,
    first: { Trustee: 'NT AUTHORITY\\SELF' },
  },
  { cmdlet: 'Start-ComplianceSearch', params: { Identity: 'HR investigation' }, count: 0, compliance: true },
  {
    cmdlet: 'Remove-ComplianceSearch',
    params: { Identity: 'HR investigation', Confirm: false },
    count: 0,
    compliance: true,
  },
  { cmdlet: 'Get-ComplianceSearch', params: {}, count: 3, compliance: true, first: { Status: 'Completed' } },
  {
    cmdlet: 'New-ComplianceSearch',
    params: { Name: 'Contoso search', ExchangeLocation: ['All'], ContentMatchQuery: 'subject:"Q3"' },
    count: 1,
    compliance: true,
    first: { Status: 'NotStarted', ExchangeLocation: ['All'] },
  },
  {
    cmdlet: 'Get-RetentionCompliancePolicy',
    params: {},
    count: 3,
    compliance: true,
    first: { Enabled: true },
  },
  {
    cmdlet: 'Get-Label',
    params: {},
    count: 4,
    compliance: true,
    first: { DisplayName: 'Public', Priority: 0 },
  },
];

describe('cmdlets: happy path', () => {
  it.each(happy.map((c) => [`${c.cmdlet} ${JSON.stringify(c.params)}`, c] as const))('%s', (_name, c) => {
    const h = createHarness();
    const r = invoke(
      h,
      c.cmdlet,
      c.params,
      c.compliance ? { ctx: context(['Global Administrator'], 'compliance') } : {},
    );
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(200);
    expect(r.value).toHaveLength(c.count);
    if (c.first) expect(r.value[0]).toMatchObject(c.first);
  });
});

// [cmdlet, identity parameters] for which the identity does not exist
const missing: [string, Record<string, JsonValue>, boolean?][] = [
  ['Get-Mailbox', { Identity: 'ghost@contoso.com' }],
  ['Set-Mailbox', { Identity: 'ghost', DisplayName: 'x' }],
  ['Get-Mailbox', { Identity: 'FabrikamSupport' }],
  ['Get-EXOMailbox', { PrimarySmtpAddress: 'ghost@contoso.com' }],
  ['Get-Recipient', { Identity: 'ghost' }],
  ['Get-EXORecipient', { Identity: 'ghost' }],
  ['Get-User', { Identity: '00000000-1111-2222-3333-444444444444' }],
  ['Get-MailboxStatistics', { Identity: 'ghost' }],
  ['Get-EXOMailboxStatistics', { Identity: 'ghost' }],
  ['Get-MailboxFolderStatistics', { Identity: 'ghost' }],
  ['Get-EXOMailboxFolderStatistics', { Identity: 'ghost' }],
  ['Get-MailboxPermission', { Identity: 'ghost' }],
  ['Get-EXOMailboxPermission', { Identity: 'ghost' }],
  ['Add-MailboxPermission', { Identity: 'Info', User: 'ghost', AccessRights: ['FullAccess'] }],
  ['Remove-MailboxPermission', { Identity: 'ghost', User: 'AdeleV', AccessRights: ['FullAccess'] }],
  ['Get-RecipientPermission', { Identity: 'ghost' }],
  ['Add-RecipientPermission', { Identity: 'ghost', Trustee: 'AdeleV', AccessRights: ['SendAs'] }],
  ['Remove-RecipientPermission', { Identity: 'Info', Trustee: 'ghost', AccessRights: ['SendAs'] }],
  ['Get-DistributionGroup', { Identity: 'ghost' }],
  ['Set-DistributionGroup', { Identity: 'ghost', DisplayName: 'x' }],
  ['Remove-DistributionGroup', { Identity: 'ghost' }],
  ['Get-DistributionGroupMember', { Identity: 'ghost' }],
  ['Add-DistributionGroupMember', { Identity: 'IT Admins', Member: 'ghost' }],
  ['Remove-DistributionGroupMember', { Identity: 'ghost', Member: 'AdeleV' }],
  ['Get-UnifiedGroup', { Identity: 'ghost' }],
  ['Get-AcceptedDomain', { Identity: 'ghost.com' }],
  ['Get-OrganizationConfig', { Identity: 'ghost' }],
  ['Get-InboundConnector', { Identity: 'ghost' }],
  ['Set-InboundConnector', { Identity: 'ghost', Enabled: false }],
  ['Remove-InboundConnector', { Identity: 'ghost' }],
  ['Get-OutboundConnector', { Identity: 'ghost' }],
  ['Get-TransportRule', { Identity: 'ghost' }],
  ['Remove-TransportRule', { Identity: 'ghost' }],
  ['Get-CASMailbox', { Identity: 'ghost' }],
  ['Set-CASMailbox', { Identity: 'ghost', PopEnabled: false }],
  ['Get-UnifiedGroupLinks', { Identity: 'ghost', LinkType: 'Members' }],
  ['Get-CalendarProcessing', { Identity: 'ghost' }],
  ['Get-RoleGroup', { Identity: 'ghost' }],
  ['Get-RoleGroupMember', { Identity: 'ghost' }],
  ['Get-EXOMailboxFolderPermission', { Identity: 'ghost:\\Inbox' }],
  ['Set-TransportRule', { Identity: 'ghost', Comments: 'x' }],
  ['Enable-TransportRule', { Identity: 'ghost' }],
  ['Disable-TransportRule', { Identity: 'ghost' }],
  ['Get-DynamicDistributionGroup', { Identity: 'ghost' }],
  ['Get-DynamicDistributionGroupMember', { Identity: 'ghost' }],
  ['Set-CalendarProcessing', { Identity: 'ConfRoomAdams', ResourceDelegates: ['ghost'] }],
  ['Add-UnifiedGroupLinks', { Identity: 'Retail', LinkType: 'Members', Links: ['ghost'] }],
  ['Set-UnifiedGroup', { Identity: 'ghost', AccessType: 'Public' }],
  ['Get-InboxRule', { Mailbox: 'ghost' }],
  ['Get-InboxRule', { Mailbox: 'AdeleV', Identity: 'No such rule' }],
  ['Get-MailboxFolderPermission', { Identity: 'AdeleV:\\NoSuchFolder' }],
  ['Get-MailboxFolderPermission', { Identity: 'ghost:\\Calendar' }],
  [
    'Add-MailboxFolderPermission',
    { Identity: 'AdeleV:\\Calendar', User: 'ghost', AccessRights: ['Reviewer'] },
  ],
  ['Get-EXORecipientPermission', { Identity: 'ghost' }],
  ['Start-ComplianceSearch', { Identity: 'ghost' }, true],
  ['Remove-ComplianceSearch', { Identity: 'ghost' }, true],
  ['Get-ComplianceSearch', { Identity: 'ghost' }, true],
  ['Get-RetentionCompliancePolicy', { Identity: 'ghost' }, true],
  ['Get-Label', { Identity: 'ghost' }, true],
];

describe('cmdlets: not found', () => {
  it.each(missing)('%s %j', (cmdlet, params, compliance) => {
    const h = createHarness();
    const r = invoke(
      h,
      cmdlet,
      params,
      compliance ? { ctx: context(['Global Administrator'], 'compliance') } : {},
    );
    expect(r.status).toBe(404);
    expect(r.headers['x-ExceptionType']).toBe('ManagementObjectNotFoundException');
    const detail = r.error?.details[0];
    expect(detail?.code).toBe('Client');
    expect(detail?.message).toMatch(
      /^Ex6F9304\|Microsoft\.Exchange\.Configuration\.Tasks\.ManagementObjectNotFoundException\|The operation couldn't be performed because object '[^']+' couldn't be found on '[A-Z0-9.]+'\.$/,
    );
  });
});

describe('cmdlets: effects are visible to later calls', () => {
  it('Set-Mailbox changes what Get-Mailbox returns, and says when nothing changed', () => {
    const h = createHarness();
    const set = {
      Identity: 'AdeleV',
      ProhibitSendQuota: '40GB',
      ForwardingSmtpAddress: 'adele@outlook.com',
      LitigationHoldEnabled: true,
    };
    expect(invoke(h, 'Set-Mailbox', set).warnings).toEqual([]);
    const [mbx] = invoke(h, 'Get-Mailbox', { Identity: 'AdeleV' }).value;
    expect(mbx).toMatchObject({
      ProhibitSendQuota: '40 GB (42,949,672,960 bytes)',
      ForwardingSmtpAddress: 'smtp:adele@outlook.com',
      LitigationHoldEnabled: true,
      LitigationHoldOwner: 'admin@contoso.onmicrosoft.com',
    });
    expect(invoke(h, 'Set-Mailbox', set).warnings).toEqual([
      "The command completed successfully but no settings of 'AdeleV' have been modified.",
    ]);
  });

  it('Set-Mailbox -EmailAddresses @{Add=..} adds a proxy address that then resolves the mailbox', () => {
    const h = createHarness();
    invoke(h, 'Set-Mailbox', {
      Identity: 'LeeG',
      EmailAddresses: { '@odata.type': '#Exchange.GenericHashTable', Add: ['lee@contoso.com'] },
    });
    expect(invoke(h, 'Get-Mailbox', { Identity: 'lee@contoso.com' }).value[0]?.Alias).toBe('LeeG');
  });

  it('Set-Mailbox -Type Shared converts the mailbox', () => {
    const h = createHarness();
    invoke(h, 'Set-Mailbox', { Identity: 'LeeG', Type: 'Shared' });
    expect(invoke(h, 'Get-Mailbox', { Identity: 'LeeG' }).value[0]).toMatchObject({
      RecipientTypeDetails: 'SharedMailbox',
      IsShared: true,
    });
  });

  it('group membership round-trips, with Exchange errors for duplicates and non-members', () => {
    const h = createHarness();
    const members = (): unknown[] =>
      invoke(h, 'Get-DistributionGroupMember', { Identity: 'IT Admins' }).value.map((o) => o.Alias);
    expect(members()).toEqual(['admin', 'AllanD', 'SanjayP']);
    invoke(h, 'Add-DistributionGroupMember', { Identity: 'IT Admins', Member: 'AdeleV' });
    expect(members()).toEqual(['admin', 'AllanD', 'SanjayP', 'AdeleV']);
    const dup = invoke(h, 'Add-DistributionGroupMember', { Identity: 'IT Admins', Member: 'AdeleV' });
    expect(dup.status).toBe(400);
    expect(dup.error?.details[0]?.message).toContain(
      'The recipient "AdeleV" is already a member of the group "IT Admins".',
    );
    invoke(h, 'Remove-DistributionGroupMember', { Identity: 'IT Admins', Member: 'AllanD' });
    expect(members()).toEqual(['admin', 'SanjayP', 'AdeleV']);
    const gone = invoke(h, 'Remove-DistributionGroupMember', { Identity: 'IT Admins', Member: 'AllanD' });
    expect(gone.error?.details[0]?.message).toContain(
      'The recipient "AllanD" isn\'t a member of the group "IT Admins".',
    );
  });

  it('New-DistributionGroup reports unknown members as non-terminating errors and refuses a taken name', () => {
    const h = createHarness();
    const r = invoke(h, 'New-DistributionGroup', { Name: 'Mixed', Members: ['AdeleV', 'nobody'] });
    expect(r.status).toBe(200);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain("object 'nobody' couldn't be found");
    expect(invoke(h, 'Get-DistributionGroupMember', { Identity: 'Mixed' }).value.map((o) => o.Alias)).toEqual(
      ['AdeleV'],
    );
    const again = invoke(h, 'New-DistributionGroup', { Name: 'Mixed' });
    expect(again.status).toBe(400);
    expect(again.headers['x-ExceptionType']).toBe('ADObjectAlreadyExistsException');
  });

  it('removing a group removes it and its memberships', () => {
    const h = createHarness();
    invoke(h, 'Remove-DistributionGroup', { Identity: 'Sales Team DL' });
    expect(invoke(h, 'Get-DistributionGroup', { Identity: 'Sales Team DL' }).status).toBe(404);
  });

  it('mailbox permissions: add, list, remove, and the warning for an ACE that is not there', () => {
    const h = createHarness();
    invoke(h, 'Add-MailboxPermission', { Identity: 'Reception', User: 'LeeG', AccessRights: ['FullAccess'] });
    const users = (): unknown[] =>
      invoke(h, 'Get-MailboxPermission', { Identity: 'Reception' }).value.map((o) => o.User);
    expect(users()).toContain('lee.gu@contoso.onmicrosoft.com');
    expect(invoke(h, 'Get-MailboxPermission', { Identity: 'Reception', User: 'LeeG' }).value).toHaveLength(1);
    invoke(h, 'Remove-MailboxPermission', {
      Identity: 'Reception',
      User: 'LeeG',
      AccessRights: ['FullAccess'],
    });
    expect(users()).not.toContain('lee.gu@contoso.onmicrosoft.com');
    const again = invoke(h, 'Remove-MailboxPermission', {
      Identity: 'Reception',
      User: 'LeeG',
      AccessRights: ['FullAccess'],
    });
    expect(again.warnings[0]).toBe(
      'Can\'t remove the access control entry on the object "Reception" for account "LeeG" because the ACE doesn\'t exist on the object.',
    );
  });

  it('transport rules keep a dense priority order', () => {
    const h = createHarness();
    invoke(h, 'New-TransportRule', { Name: 'First', Priority: 0 });
    const order = (): unknown[] =>
      invoke(h, 'Get-TransportRule').value.map((o) => `${String(o.Priority)}:${String(o.Name)}`);
    expect(order()[0]).toBe('0:First');
    invoke(h, 'Remove-TransportRule', { Identity: 'First' });
    expect(order()).toEqual([
      '0:External sender disclaimer',
      '1:Block executable attachments',
      '2:Bypass spam filtering for partners',
      '3:Copy legal mail to archive',
    ]);
  });

  it('Set-CASMailbox changes the protocol switches', () => {
    const h = createHarness();
    invoke(h, 'Set-CASMailbox', { Identity: 'AdeleV', OWAEnabled: false });
    expect(invoke(h, 'Get-CASMailbox', { Identity: 'AdeleV' }).value[0]?.OWAEnabled).toBe(false);
  });
});

describe('Search-UnifiedAuditLog sessions', () => {
  it('ReturnLargeSet pages through the whole result once, then returns nothing', () => {
    const h = createHarness();
    const params = { ...window, SessionId: 's1', SessionCommand: 'ReturnLargeSet', ResultSize: 100 };
    const seen: unknown[] = [];
    for (let i = 0; i < 4; i++)
      seen.push(...invoke(h, 'Search-UnifiedAuditLog', params).value.map((o) => o.ResultIndex));
    expect(seen).toEqual(Array.from({ length: 240 }, (_, i) => i + 1));
  });

  it('refuses an empty date window and an out-of-range ResultSize', () => {
    const h = createHarness();
    const backwards = invoke(h, 'Search-UnifiedAuditLog', {
      StartDate: window.EndDate,
      EndDate: window.StartDate,
    });
    expect(backwards.error?.details[0]?.message).toContain(
      'The start date should be earlier than the end date.',
    );
    expect(invoke(h, 'Search-UnifiedAuditLog', { ...window, ResultSize: 5001 }).status).toBe(400);
  });
});

describe('cmdlets: mailbox content and groups', () => {
  it('folder permissions: add, then add again is refused, set, remove', () => {
    const h = createHarness();
    const folder = 'LeeG:\\Calendar';
    invoke(h, 'Add-MailboxFolderPermission', { Identity: folder, User: 'AdeleV', AccessRights: ['Editor'] });
    const again = invoke(h, 'Add-MailboxFolderPermission', {
      Identity: folder,
      User: 'AdeleV',
      AccessRights: ['Editor'],
    });
    expect(again.error?.details[0]?.message).toContain(
      'An existing permission entry was found for user: Adele Vance.',
    );
    invoke(h, 'Set-MailboxFolderPermission', {
      Identity: folder,
      User: 'AdeleV',
      AccessRights: ['Reviewer'],
    });
    expect(
      invoke(h, 'Get-MailboxFolderPermission', { Identity: folder, User: 'AdeleV' }).value[0]?.AccessRights,
    ).toEqual(['Reviewer']);
    invoke(h, 'Remove-MailboxFolderPermission', { Identity: folder, User: 'AdeleV' });
    expect(invoke(h, 'Get-MailboxFolderPermission', { Identity: folder }).value.map((o) => o.User)).toEqual([
      'Default',
      'Anonymous',
    ]);
    const missing = invoke(h, 'Set-MailboxFolderPermission', {
      Identity: folder,
      User: 'AdeleV',
      AccessRights: ['Reviewer'],
    });
    expect(missing.error?.details[0]?.message).toContain(
      'There is no existing permission entry found for user: Adele Vance.',
    );
  });

  it('external forwarding rules are seeded where security scripts look for them', () => {
    const h = createHarness();
    const forwarding = invoke(h, 'Get-Mailbox', { ResultSize: 'Unlimited' })
      .value.flatMap((m) => invoke(h, 'Get-InboxRule', { Mailbox: String(m.Alias) }).value)
      .filter((r) => Array.isArray(r.ForwardTo) && r.ForwardTo.length > 0);
    expect(forwarding.map((r) => r.MailboxOwnerId)).toEqual(['AlexW', 'EmilyB']);
  });

  it('an owner of a Microsoft 365 group must be a member first', () => {
    const h = createHarness();
    const r = invoke(h, 'Add-UnifiedGroupLinks', { Identity: 'Retail', LinkType: 'Owners', Links: ['LeeG'] });
    expect(r.error?.details[0]?.message).toContain(
      "Only Members can be Owners of a group. Please add 'LeeG' first as members",
    );
    invoke(h, 'Add-UnifiedGroupLinks', { Identity: 'Retail', LinkType: 'Members', Links: ['LeeG'] });
    invoke(h, 'Add-UnifiedGroupLinks', { Identity: 'Retail', LinkType: 'Owners', Links: ['LeeG'] });
    expect(
      invoke(h, 'Get-UnifiedGroupLinks', { Identity: 'Retail', LinkType: 'Owners' }).value.map(
        (o) => o.Alias,
      ),
    ).toEqual(['admin', 'LeeG']);
  });

  it('Start-ComplianceSearch completes the search', () => {
    const h = createHarness();
    const ctx = context(['Global Administrator'], 'compliance');
    invoke(h, 'New-ComplianceSearch', { Name: 'Fresh', ContentMatchQuery: 'budget' }, { ctx });
    invoke(h, 'Start-ComplianceSearch', { Identity: 'Fresh' }, { ctx });
    expect(invoke(h, 'Get-ComplianceSearch', { Identity: 'Fresh' }, { ctx }).value[0]).toMatchObject({
      Status: 'Completed',
      RunBy: 'admin@contoso.onmicrosoft.com',
    });
  });

  it('dates without a zone are read as UTC', () => {
    const h = createHarness();
    const all = invoke(h, 'Search-UnifiedAuditLog', { ...window, ResultSize: 5000 }).value;
    const inHour = all.filter((r) => String(r.CreationDate).startsWith('2026-01-03T1'));
    const r = invoke(h, 'Search-UnifiedAuditLog', {
      StartDate: '2026-01-03T10:00:00',
      EndDate: '2026-01-03T19:59:59',
      ResultSize: 5000,
    });
    expect(r.value.map((o) => o.Identity).sort()).toEqual(inHour.map((o) => o.Identity).sort());
  });
});

describe('message trace', () => {
  const tenDays = { StartDate: '2025-12-26T09:00:00Z', EndDate: '2026-01-05T09:00:00Z' };

  it('Get-MessageTraceV2 returns the window newest first, filtered by status and sender', () => {
    const h = createHarness();
    const all = invoke(h, 'Get-MessageTraceV2', { ...tenDays, ResultSize: 5000 }).value;
    expect(all).toHaveLength(300);
    const received = all.map((o) => Date.parse(String(o.Received)));
    expect([...received].sort((a, b) => b - a)).toEqual(received);
    const failed = invoke(h, 'Get-MessageTraceV2', { ...tenDays, Status: ['Failed'] }).value;
    expect(failed.length).toBe(all.filter((o) => o.Status === 'Failed').length);
    expect(failed.length).toBeGreaterThan(0);
    const sender = String(all[0]?.SenderAddress);
    expect(
      invoke(h, 'Get-MessageTraceV2', { ...tenDays, SenderAddress: [sender] }).value.every(
        (o) => o.SenderAddress === sender,
      ),
    ).toBe(true);
  });

  it('defaults to the last 48 hours', () => {
    const h = createHarness();
    const all = invoke(h, 'Get-MessageTraceV2', { ...tenDays, ResultSize: 5000 }).value;
    const since = h.clock.now - 48 * 3_600_000;
    expect(invoke(h, 'Get-MessageTraceV2').value).toHaveLength(
      all.filter((o) => Date.parse(String(o.Received)) >= since).length,
    );
  });

  it('Get-MessageTrace pages with Page/PageSize', () => {
    const h = createHarness();
    const all = invoke(h, 'Get-MessageTrace', { ...tenDays, PageSize: 5000 }).value.map(
      (o) => o.MessageTraceId,
    );
    const pages = [1, 2, 3, 4].flatMap((Page) =>
      invoke(h, 'Get-MessageTrace', { ...tenDays, PageSize: 100, Page }).value.map((o) => o.MessageTraceId),
    );
    expect(pages).toEqual(all);
    expect(invoke(h, 'Get-MessageTrace', { PageSize: 0 }).status).toBe(400);
  });
});

describe('activity is relative to the tenant epoch', () => {
  it('logons, audit records and mail follow a seed made "now"', () => {
    const store = TenantStore.open({ path: ':memory:' });
    const epoch = Date.UTC(2030, 5, 1);
    seedContoso(store, { auditEpoch: epoch });
    const h = { store, service: createExchangeService({ store, now: () => epoch }), clock: { now: epoch } };
    const logon = Date.parse(
      String(invoke(h, 'Get-MailboxStatistics', { Identity: 'AdeleV' }).value[0]?.LastLogonTime),
    );
    expect(logon).toBeLessThanOrEqual(epoch);
    expect(logon).toBeGreaterThan(epoch - 61 * 86_400_000);
    const week = {
      StartDate: new Date(epoch - 7 * 86_400_000).toISOString(),
      EndDate: new Date(epoch).toISOString(),
    };
    expect(invoke(h, 'Search-UnifiedAuditLog', week).value.length).toBeGreaterThan(0);
    expect(invoke(h, 'Get-MessageTraceV2').value.length).toBeGreaterThan(0);
  });
});

describe('calendar processing', () => {
  it('Set-CalendarProcessing changes what Get-CalendarProcessing returns', () => {
    const h = createHarness();
    invoke(h, 'Set-CalendarProcessing', {
      Identity: 'ConfRoomBaker',
      BookingWindowInDays: 365,
      ResourceDelegates: ['LeeG'],
    });
    expect(invoke(h, 'Get-CalendarProcessing', { Identity: 'ConfRoomBaker' }).value[0]).toMatchObject({
      BookingWindowInDays: 365,
      ResourceDelegates: ['LeeG'],
      AutomateProcessing: 'AutoAccept',
    });
    expect(
      invoke(h, 'Set-CalendarProcessing', { Identity: 'ConfRoomBaker', BookingWindowInDays: 365 }).warnings,
    ).toHaveLength(1);
  });
});

describe('ambiguous identities', () => {
  it("are reported when two recipients answer to the same name, unless the cmdlet's type tells them apart", () => {
    const h = createHarness();
    h.store.put('6f1e4c2a-8b3d-4e5f-9a7b-1c2d3e4f5a6b', 'recipient', {
      id: 'dup-contact',
      keys: ['AdeleV'],
      data: { Name: 'AdeleV-contact', RecipientTypeDetails: 'MailContact', RecipientType: 'MailContact' },
    });
    const r = invoke(h, 'Get-Recipient', { Identity: 'AdeleV' });
    expect(r.status).toBe(404);
    expect(r.error?.details[0]?.message).toBe(
      "Ex9E65A2|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object: 'AdeleV' matches multiple entries.",
    );
    expect(invoke(h, 'Get-Mailbox', { Identity: 'AdeleV' }).value[0]?.Alias).toBe('AdeleV');
  });
});

describe('transport rule state', () => {
  it('Disable/Enable-TransportRule and Set-TransportRule show up in Get-TransportRule', () => {
    const h = createHarness();
    invoke(h, 'Disable-TransportRule', { Identity: 'Block executable attachments' });
    invoke(h, 'Set-TransportRule', {
      Identity: 'Block executable attachments',
      Comments: 'Paused for review',
    });
    expect(invoke(h, 'Get-TransportRule', { State: 'Disabled' }).value.map((o) => o.Name)).toEqual([
      'Block executable attachments',
      'Copy legal mail to archive',
    ]);
    invoke(h, 'Enable-TransportRule', { Identity: 'Copy legal mail to archive', Mode: 'Audit' });
    expect(invoke(h, 'Get-TransportRule', { Identity: 'Copy legal mail to archive' }).value[0]).toMatchObject(
      { State: 'Enabled', Mode: 'Audit' },
    );
    expect(
      invoke(h, 'Get-TransportRule', { Identity: 'Block executable attachments' }).value[0]?.Comments,
    ).toBe('Paused for review');
  });
});

describe('mobile devices', () => {
  it('are listed per mailbox and for the whole tenant, consistently', () => {
    const h = createHarness();
    const all = invoke(h, 'Get-MobileDevice', { ResultSize: 'Unlimited' }).value;
    expect(all.length).toBeGreaterThan(5);
    const owners = [...new Set(all.map((d) => String(d.UserDisplayName)))];
    const perMailbox = owners.flatMap((o) => invoke(h, 'Get-MobileDevice', { Mailbox: o }).value);
    expect(perMailbox.map((d) => d.DeviceId)).toEqual(all.map((d) => d.DeviceId));
    expect(all[0]).not.toHaveProperty('LastSuccessSync');
    const one = invoke(h, 'Get-MobileDevice', { Identity: String(all[0]?.DeviceId) }).value;
    expect(one.map((d) => d.Identity)).toEqual([all[0]?.Identity]);
    expect(String(all[0]?.Identity)).toMatch(/^\w+\\ExchangeActiveSyncDevices\\\w+§[0-9A-F]{32}$/);
    const stats = invoke(h, 'Get-EXOMobileDeviceStatistics', { Mailbox: owners[0] ?? '' }).value;
    expect(stats[0]).toMatchObject({ Status: 'DeviceOk' });
    expect(
      invoke(h, 'Get-MobileDevice', { ActiveSync: true }).value.every((d) => d.ClientType === 'EAS'),
    ).toBe(true);
  });

  it('an unknown device or mailbox is not found', () => {
    const h = createHarness();
    expect(invoke(h, 'Get-MobileDevice', { Identity: 'nope' }).status).toBe(404);
    expect(invoke(h, 'Get-MobileDevice', { Mailbox: 'ghost' }).status).toBe(404);
    expect(invoke(h, 'Get-EXOMobileDeviceStatistics', { Mailbox: 'ghost' }).status).toBe(404);
  });
});

describe('proxy addresses are unique', () => {
  it('Set-Mailbox refuses an address another recipient has, and changes nothing', () => {
    const h = createHarness();
    const r = invoke(h, 'Set-Mailbox', { Identity: 'LeeG', EmailAddresses: { Add: ['AdeleV@contoso.com'] } });
    expect(r.status).toBe(400);
    expect(r.headers['x-ExceptionType']).toBe('ProxyAddressExistsException');
    expect(r.error?.details[0]?.message).toContain(
      'The proxy address "smtp:AdeleV@contoso.com" is already being used by the proxy addresses or LegacyExchangeDN of "AdeleV". Please choose another proxy address.',
    );
    expect(invoke(h, 'Get-Mailbox', { Identity: 'LeeG' }).value[0]?.EmailAddresses).toEqual([
      'SMTP:LeeG@contoso.com',
      'smtp:LeeG@contoso.onmicrosoft.com',
    ]);
  });

  it('Set-DistributionGroup refuses a primary address another recipient has', () => {
    const h = createHarness();
    expect(
      invoke(h, 'Set-DistributionGroup', { Identity: 'IT Admins', PrimarySmtpAddress: 'Info@contoso.com' })
        .status,
    ).toBe(400);
  });
});
