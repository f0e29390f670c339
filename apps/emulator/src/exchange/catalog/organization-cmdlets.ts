// Declarations of organization-wide cmdlets: accepted domains, org config, connectors, transport rules, audit log.
import { identity, param, resultSize } from './builders.js';
import type { CmdletDeclaration, ParameterDeclaration } from './types.js';

const inboundSettings: readonly ParameterDeclaration[] = [
  param('ConnectorType', 'String', { validateSet: ['OnPremises', 'Partner'] }),
  param('Enabled', 'Boolean'),
  param('Comment', 'String'),
  param('SenderIPAddresses', 'MultiValuedProperty'),
  param('RequireTls', 'Boolean'),
  param('RestrictDomainsToIPAddresses', 'Boolean'),
  param('RestrictDomainsToCertificate', 'Boolean'),
  param('TlsSenderCertificateName', 'String'),
  param('CloudServicesMailEnabled', 'Boolean'),
  param('TreatMessagesAsInternal', 'Boolean'),
];

const nameAt0 = param('Name', 'String', {
  sets: [{ set: '__AllParameterSets', mandatory: true, position: 0 }],
});
const getById = (name: string, extra: ParameterDeclaration[] = []): CmdletDeclaration => ({
  name,
  endpoint: 'exchange',
  supportsShouldProcess: false,
  confirmImpact: 'Medium',
  parameters: [identity(['__AllParameterSets'], false), ...extra],
});

export const organizationCmdlets: readonly CmdletDeclaration[] = [
  getById('Get-AcceptedDomain', [resultSize]),
  getById('Get-OrganizationConfig'),
  getById('Get-InboundConnector', [resultSize]),
  {
    name: 'New-InboundConnector',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Creating inbound connector "{Name}".',
    parameters: [
      nameAt0,
      param('SenderDomains', 'MultiValuedProperty', {
        sets: [{ set: '__AllParameterSets', mandatory: true }],
      }),
      ...inboundSettings,
    ],
  },
  {
    name: 'Set-InboundConnector',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Setting inbound connector "{Identity}".',
    parameters: [
      identity(['__AllParameterSets'], true),
      param('Name', 'String'),
      param('SenderDomains', 'MultiValuedProperty'),
      ...inboundSettings,
    ],
  },
  {
    name: 'Remove-InboundConnector',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'High',
    confirmationMessage: 'Removing inbound connector "{Identity}".',
    parameters: [identity(['__AllParameterSets'], true)],
  },
  getById('Get-OutboundConnector', [
    param('IncludeTestModeConnectors', 'Boolean'),
    param('IsTransportRuleScoped', 'Boolean'),
  ]),
  getById('Get-TransportRule', [
    param('State', 'String', { validateSet: ['Enabled', 'Disabled'] }),
    param('Filter', 'String'),
    param('DlpPolicy', 'String'),
    param('ExcludeConditionActionDetails', 'Boolean'),
    resultSize,
  ]),
  {
    name: 'New-TransportRule',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Creating transport rule "{Name}".',
    parameters: [
      nameAt0,
      param('Priority', 'Int32'),
      param('Mode', 'String', { validateSet: ['Audit', 'AuditAndNotify', 'Enforce'] }),
      param('Enabled', 'Boolean'),
      param('Comments', 'String'),
      param('FromScope', 'String', { validateSet: ['InOrganization', 'NotInOrganization'] }),
      param('SentToScope', 'String', {
        validateSet: ['InOrganization', 'NotInOrganization', 'ExternalPartner', 'ExternalNonPartner'],
      }),
      param('From', 'MultiValuedProperty'),
      param('SentTo', 'MultiValuedProperty'),
      param('SubjectContainsWords', 'MultiValuedProperty'),
      param('SenderDomainIs', 'MultiValuedProperty'),
      param('AttachmentExtensionMatchesWords', 'MultiValuedProperty'),
      param('BlindCopyTo', 'MultiValuedProperty'),
      param('ApplyHtmlDisclaimerText', 'String'),
      param('ApplyHtmlDisclaimerLocation', 'String', { validateSet: ['Append', 'Prepend'] }),
      param('ApplyHtmlDisclaimerFallbackAction', 'String', { validateSet: ['Wrap', 'Ignore', 'Reject'] }),
      param('RejectMessageReasonText', 'String'),
      param('PrependSubject', 'String'),
      param('SetSCL', 'Int32'),
      param('DeleteMessage', 'Boolean'),
      param('StopRuleProcessing', 'Boolean'),
    ],
  },
  {
    name: 'Remove-TransportRule',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'High',
    confirmationMessage: 'Removing transport rule "{Identity}".',
    parameters: [identity(['__AllParameterSets'], true)],
  },
  {
    name: 'Search-UnifiedAuditLog',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      param('StartDate', 'DateTime', { sets: [{ set: '__AllParameterSets', mandatory: true }] }),
      param('EndDate', 'DateTime', { sets: [{ set: '__AllParameterSets', mandatory: true }] }),
      param('UserIds', 'String[]'),
      param('Operations', 'String[]'),
      param('RecordType', 'String'),
      param('ObjectIds', 'String[]'),
      param('IPAddresses', 'String[]'),
      param('FreeText', 'String'),
      param('ResultSize', 'Int32'),
      param('SessionId', 'String'),
      param('SessionCommand', 'String', { validateSet: ['ReturnLargeSet', 'ReturnNextPreviewPage'] }),
      param('Formatted', 'SwitchParameter'),
      param('HighCompleteness', 'SwitchParameter'),
    ],
  },
];
