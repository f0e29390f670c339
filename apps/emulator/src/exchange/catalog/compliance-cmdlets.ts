// Declarations of the Security & Compliance cmdlets, served only on the compliance endpoint (data only).
import { identity, param, resultSize } from './builders.js';
import type { CmdletDeclaration } from './types.js';

export const complianceCmdlets: readonly CmdletDeclaration[] = [
  {
    name: 'Get-ComplianceSearch',
    endpoint: 'compliance',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [identity(['__AllParameterSets'], false), param('Case', 'String'), resultSize],
  },
  {
    name: 'New-ComplianceSearch',
    endpoint: 'compliance',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Creating compliance search "{Name}".',
    parameters: [
      param('Name', 'String', { sets: [{ set: '__AllParameterSets', mandatory: true, position: 0 }] }),
      param('ContentMatchQuery', 'String'),
      param('ExchangeLocation', 'MultiValuedProperty'),
      param('SharePointLocation', 'MultiValuedProperty'),
      param('PublicFolderLocation', 'MultiValuedProperty'),
      param('Description', 'String'),
      param('Case', 'String'),
      param('AllowNotFoundExchangeLocationsEnabled', 'Boolean'),
    ],
  },
  {
    name: 'Get-RetentionCompliancePolicy',
    endpoint: 'compliance',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      identity(['__AllParameterSets'], false),
      param('DistributionDetail', 'SwitchParameter'),
      param('RetentionRuleTypes', 'SwitchParameter'),
      param('ExcludeTeamsPolicy', 'SwitchParameter'),
    ],
  },
  {
    name: 'Get-Label',
    endpoint: 'compliance',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      identity(['__AllParameterSets'], false),
      param('IncludeDetailedLabelActions', 'SwitchParameter'),
      param('SkipValidations', 'SwitchParameter'),
    ],
  },
  {
    name: 'Start-ComplianceSearch',
    endpoint: 'compliance',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Starting compliance search "{Identity}".',
    parameters: [identity(['__AllParameterSets'], true), param('Force', 'SwitchParameter')],
  },
  {
    name: 'Remove-ComplianceSearch',
    endpoint: 'compliance',
    supportsShouldProcess: true,
    confirmImpact: 'High',
    confirmationMessage: 'Removing compliance search "{Identity}".',
    parameters: [identity(['__AllParameterSets'], true)],
  },
];
