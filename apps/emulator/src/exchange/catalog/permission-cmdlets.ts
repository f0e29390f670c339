// Declarations of the mailbox (FullAccess...) and recipient (SendAs) permission cmdlets (data only).
import { identity, inSets, param, resultSize, useCustomRouting } from './builders.js';
import type { CmdletDeclaration } from './types.js';

const mailboxRights = [
  'ChangeOwner',
  'ChangePermission',
  'DeleteItem',
  'ExternalAccount',
  'FullAccess',
  'ReadPermission',
];
const inheritance = ['None', 'All', 'Children', 'Descendents', 'SelfAndChildren'];

export const permissionCmdlets: readonly CmdletDeclaration[] = [
  {
    name: 'Get-MailboxPermission',
    endpoint: 'exchange',
    defaultParameterSet: 'AccessRights',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      identity(['AccessRights', 'Owner'], true),
      param('User', 'String', { sets: inSets(['AccessRights']) }),
      param('Owner', 'SwitchParameter', { sets: inSets(['Owner'], true) }),
      param('SoftDeletedMailbox', 'SwitchParameter'),
      param('IncludeSoftDeletedUserPermissions', 'SwitchParameter'),
      resultSize,
      useCustomRouting,
    ],
  },
  {
    name: 'Get-EXOMailboxPermission',
    endpoint: 'exchange',
    defaultParameterSet: 'Identity',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    builtIn: true,
    parameters: [
      identity(['Identity'], false),
      param('ExternalDirectoryObjectId', 'String', { sets: inSets(['ExternalDirectoryObjectId'], true) }),
      param('UserPrincipalName', 'String', { sets: inSets(['UserPrincipalName'], true) }),
      param('PrimarySmtpAddress', 'String', { sets: inSets(['PrimarySmtpAddress'], true) }),
      param('User', 'String'),
      param('SoftDeletedMailbox', 'SwitchParameter'),
      resultSize,
    ],
  },
  {
    name: 'Add-MailboxPermission',
    endpoint: 'exchange',
    defaultParameterSet: 'AccessRights',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage:
      'Adding mailbox permission "{AccessRights}" for user "{User}" on mailbox "{Identity}".',
    parameters: [
      identity(['AccessRights', 'Owner'], true),
      param('User', 'String', { sets: inSets(['AccessRights'], true) }),
      param('AccessRights', 'String[]', { sets: inSets(['AccessRights'], true), validateSet: mailboxRights }),
      param('Owner', 'String', { sets: inSets(['Owner'], true) }),
      param('InheritanceType', 'String', { sets: inSets(['AccessRights']), validateSet: inheritance }),
      param('AutoMapping', 'Boolean', { sets: inSets(['AccessRights']) }),
      param('Deny', 'SwitchParameter', { sets: inSets(['AccessRights']) }),
    ],
  },
  {
    name: 'Remove-MailboxPermission',
    endpoint: 'exchange',
    defaultParameterSet: 'AccessRights',
    supportsShouldProcess: true,
    confirmImpact: 'High',
    confirmationMessage:
      'Removing mailbox permission "{AccessRights}" for user "{User}" on mailbox "{Identity}".',
    parameters: [
      identity(['AccessRights'], true),
      param('User', 'String', { sets: inSets(['AccessRights'], true) }),
      param('AccessRights', 'String[]', { sets: inSets(['AccessRights'], true), validateSet: mailboxRights }),
      param('InheritanceType', 'String', { validateSet: inheritance }),
      param('Deny', 'SwitchParameter'),
      param('BypassMasterAccountSid', 'SwitchParameter'),
    ],
  },
  {
    name: 'Get-RecipientPermission',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      identity(['__AllParameterSets'], false),
      param('Trustee', 'String'),
      param('AccessRights', 'String[]', { validateSet: ['SendAs'] }),
      param('ReadFromDomainController', 'SwitchParameter'),
      resultSize,
    ],
  },
  {
    name: 'Add-RecipientPermission',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'High',
    confirmationMessage:
      'Adding recipient permission "{AccessRights}" for trustee "{Trustee}" on recipient "{Identity}".',
    parameters: [
      identity(['__AllParameterSets'], true),
      param('Trustee', 'String', { sets: inSets(['__AllParameterSets'], true) }),
      param('AccessRights', 'String[]', {
        sets: inSets(['__AllParameterSets'], true),
        validateSet: ['SendAs'],
      }),
    ],
  },
  {
    name: 'Remove-RecipientPermission',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'High',
    confirmationMessage:
      'Removing recipient permission "{AccessRights}" for trustee "{Trustee}" on recipient "{Identity}".',
    parameters: [
      identity(['__AllParameterSets'], true),
      param('Trustee', 'String', { sets: inSets(['__AllParameterSets'], true) }),
      param('AccessRights', 'String[]', {
        sets: inSets(['__AllParameterSets'], true),
        validateSet: ['SendAs'],
      }),
    ],
  },
  {
    name: 'Get-EXORecipientPermission',
    endpoint: 'exchange',
    defaultParameterSet: 'Identity',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    builtIn: true,
    parameters: [
      identity(['Identity'], false),
      param('ExternalDirectoryObjectId', 'String', { sets: inSets(['ExternalDirectoryObjectId'], true) }),
      param('UserPrincipalName', 'String', { sets: inSets(['UserPrincipalName'], true) }),
      param('PrimarySmtpAddress', 'String', { sets: inSets(['PrimarySmtpAddress'], true) }),
      param('Trustee', 'String'),
      param('AccessRights', 'String[]', { validateSet: ['SendAs'] }),
      resultSize,
    ],
  },
];
