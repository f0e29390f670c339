// Declarations of the distribution group, membership and Microsoft 365 group cmdlets (data only).
import { filter, identity, inSets, param, resultSize } from './builders.js';
import type { CmdletDeclaration, ParameterDeclaration } from './types.js';

const joinRestriction = ['Open', 'Closed', 'ApprovalRequired'];
const departRestriction = ['Open', 'Closed'];
const bypass = param('BypassSecurityGroupManagerCheck', 'SwitchParameter');
const anr = param('Anr', 'String', { sets: inSets(['AnrSet'], true) });

const groupSettings: readonly ParameterDeclaration[] = [
  param('DisplayName', 'String'),
  param('Alias', 'String'),
  param('PrimarySmtpAddress', 'String'),
  param('ManagedBy', 'MultiValuedProperty'),
  param('MemberJoinRestriction', 'String', { validateSet: joinRestriction }),
  param('MemberDepartRestriction', 'String', { validateSet: departRestriction }),
  param('RequireSenderAuthenticationEnabled', 'Boolean'),
];

const linkTypes = ['Members', 'Owners', 'Subscribers', 'Aggregators', 'EventSubscribers'];
const linkType = param('LinkType', 'String', {
  sets: [{ set: '__AllParameterSets', mandatory: true }],
  validateSet: linkTypes,
});
const links = param('Links', 'MultiValuedProperty', {
  sets: [{ set: '__AllParameterSets', mandatory: true }],
});

export const groupCmdlets: readonly CmdletDeclaration[] = [
  {
    name: 'Get-DistributionGroup',
    endpoint: 'exchange',
    defaultParameterSet: 'Identity',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      identity(['Identity'], false),
      anr,
      filter,
      resultSize,
      param('SortBy', 'String'),
      param('ManagedBy', 'String'),
      param('RecipientTypeDetails', 'String[]', {
        validateSet: [
          'MailNonUniversalGroup',
          'MailUniversalDistributionGroup',
          'MailUniversalSecurityGroup',
          'RoomList',
        ],
      }),
    ],
  },
  {
    name: 'New-DistributionGroup',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Creating distribution group "{Name}".',
    parameters: [
      param('Name', 'String', { sets: [{ set: '__AllParameterSets', mandatory: true, position: 0 }] }),
      ...groupSettings,
      param('Type', 'String', { validateSet: ['Distribution', 'Security'] }),
      param('Members', 'MultiValuedProperty'),
      param('Notes', 'String'),
      param('CopyOwnerToMember', 'SwitchParameter'),
      param('HiddenGroupMembershipEnabled', 'SwitchParameter'),
    ],
  },
  {
    name: 'Set-DistributionGroup',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Setting distribution group "{Identity}".',
    parameters: [
      identity(['__AllParameterSets'], true),
      param('Name', 'String'),
      ...groupSettings,
      param('EmailAddresses', 'MultiValuedProperty'),
      param('HiddenFromAddressListsEnabled', 'Boolean'),
      param('CustomAttribute1', 'String'),
      bypass,
    ],
  },
  {
    name: 'Remove-DistributionGroup',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'High',
    confirmationMessage: 'Removing distribution group "{Identity}".',
    parameters: [identity(['__AllParameterSets'], true), bypass],
  },
  {
    name: 'Get-DistributionGroupMember',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      identity(['__AllParameterSets'], true),
      resultSize,
      param('IncludeSoftDeletedObjects', 'SwitchParameter'),
    ],
  },
  {
    name: 'Add-DistributionGroupMember',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Adding recipient "{Member}" to distribution group "{Identity}".',
    parameters: [
      identity(['__AllParameterSets'], true),
      param('Member', 'String', { sets: inSets(['__AllParameterSets'], true) }),
      bypass,
    ],
  },
  {
    name: 'Remove-DistributionGroupMember',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'High',
    confirmationMessage: 'Removing recipient "{Member}" from distribution group "{Identity}".',
    parameters: [
      identity(['__AllParameterSets'], true),
      param('Member', 'String', { sets: inSets(['__AllParameterSets'], true) }),
      bypass,
    ],
  },
  {
    name: 'Get-UnifiedGroup',
    endpoint: 'exchange',
    defaultParameterSet: 'Identity',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      identity(['Identity'], false),
      anr,
      filter,
      resultSize,
      param('SortBy', 'String'),
      param('IncludeAllProperties', 'SwitchParameter'),
      param('IncludeSoftDeletedGroups', 'SwitchParameter'),
    ],
  },
  {
    name: 'Set-UnifiedGroup',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Setting Microsoft 365 group "{Identity}".',
    parameters: [
      identity(['__AllParameterSets'], true),
      param('DisplayName', 'String'),
      param('Alias', 'String'),
      param('PrimarySmtpAddress', 'String'),
      param('AccessType', 'String', { validateSet: ['Public', 'Private'] }),
      param('HiddenFromAddressListsEnabled', 'Boolean'),
      param('HiddenFromExchangeClientsEnabled', 'SwitchParameter'),
      param('AutoSubscribeNewMembers', 'SwitchParameter'),
      param('Language', 'String'),
      param('Notes', 'String'),
      param('CustomAttribute1', 'String'),
    ],
  },
  {
    name: 'Get-UnifiedGroupLinks',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [identity(['__AllParameterSets'], true), linkType, resultSize],
  },
  {
    name: 'Add-UnifiedGroupLinks',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Adding {LinkType} "{Links}" to Microsoft 365 group "{Identity}".',
    parameters: [identity(['__AllParameterSets'], true), linkType, links],
  },
  {
    name: 'Remove-UnifiedGroupLinks',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'High',
    confirmationMessage: 'Removing {LinkType} "{Links}" from Microsoft 365 group "{Identity}".',
    parameters: [identity(['__AllParameterSets'], true), linkType, links],
  },
  {
    name: 'Get-DynamicDistributionGroup',
    endpoint: 'exchange',
    defaultParameterSet: 'Identity',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      identity(['Identity'], false),
      anr,
      filter,
      resultSize,
      param('SortBy', 'String'),
      param('ManagedBy', 'String'),
    ],
  },
  {
    name: 'Get-DynamicDistributionGroupMember',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [identity(['__AllParameterSets'], true), resultSize],
  },
];
