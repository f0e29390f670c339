// Which cmdlets each role (Entra directory role or Exchange role group) may run, per endpoint, as wildcard patterns (data).
import type { ExchangeEndpoint } from '../types.js';

export type RoleGrant = Readonly<Partial<Record<ExchangeEndpoint, readonly string[]>>>;

const recipientCmdlets = [
  '*-Mailbox',
  'Get-EXO*',
  '*-Recipient',
  '*-User',
  '*-MailboxPermission',
  '*-RecipientPermission',
  '*-DistributionGroup',
  '*-DistributionGroupMember',
  '*-DynamicDistributionGroup',
  '*-DynamicDistributionGroupMember',
  '*-UnifiedGroup',
  '*-UnifiedGroupLinks',
  '*-InboxRule',
  '*-MailboxFolderPermission',
  '*-CalendarProcessing',
  'Get-MobileDevice',
  '*-CASMailbox',
  'Get-MailboxStatistics',
  'Get-MailboxFolderStatistics',
];

export const roleDefinitions: Readonly<Record<string, RoleGrant>> = {
  'Global Administrator': { exchange: ['*'], compliance: ['*'] },
  'Company Administrator': { exchange: ['*'], compliance: ['*'] },
  'Exchange Administrator': { exchange: ['*'] },
  'Organization Management': { exchange: ['*'], compliance: ['*'] },
  'Global Reader': { exchange: ['Get-*', 'Search-UnifiedAuditLog'], compliance: ['Get-*'] },
  'View-Only Organization Management': { exchange: ['Get-*'] },
  'View-Only': { exchange: ['Get-*'] },
  'Recipient Management': { exchange: recipientCmdlets },
  'Exchange Recipient Administrator': { exchange: recipientCmdlets },
  'View-Only Audit Logs': { exchange: ['Search-UnifiedAuditLog'] },
  'Audit Logs': { exchange: ['Search-UnifiedAuditLog'] },
  'Compliance Administrator': { compliance: ['*'], exchange: ['Search-UnifiedAuditLog'] },
  'Compliance Management': { compliance: ['*'] },
  'eDiscovery Manager': { compliance: ['*-ComplianceSearch'] },
  'Security Reader': { compliance: ['Get-*'] },
};
