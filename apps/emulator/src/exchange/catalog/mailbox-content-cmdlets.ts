// Declarations of the cmdlets about what is inside a mailbox: inbox rules and folder permissions (data only).
import { identity, inSets, param, resultSize, useCustomRouting } from './builders.js';
import type { CmdletDeclaration } from './types.js';

const folderRights = [
  'None',
  'CreateItems',
  'CreateSubfolders',
  'DeleteAllItems',
  'DeleteOwnedItems',
  'EditAllItems',
  'EditOwnedItems',
  'FolderContact',
  'FolderOwner',
  'FolderVisible',
  'ReadItems',
  'Author',
  'Contributor',
  'Editor',
  'NonEditingAuthor',
  'Owner',
  'PublishingAuthor',
  'PublishingEditor',
  'Reviewer',
  'AvailabilityOnly',
  'LimitedDetails',
];

const folderIdentity = param('Identity', 'String', {
  sets: [
    {
      set: '__AllParameterSets',
      mandatory: true,
      position: 0,
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
    },
  ],
});
const user = param('User', 'String', { sets: inSets(['__AllParameterSets'], true) });
const accessRights = param('AccessRights', 'String[]', {
  sets: inSets(['__AllParameterSets'], true),
  validateSet: folderRights,
});

export const mailboxContentCmdlets: readonly CmdletDeclaration[] = [
  {
    name: 'Get-InboxRule',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [
      identity(['__AllParameterSets'], false),
      param('Mailbox', 'String'),
      param('IncludeHidden', 'SwitchParameter'),
      param('BypassScopeCheck', 'SwitchParameter'),
      resultSize,
      useCustomRouting,
    ],
  },
  {
    name: 'Get-MailboxFolderPermission',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [folderIdentity, param('User', 'String'), useCustomRouting],
  },
  {
    name: 'Get-EXOMailboxFolderPermission',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    builtIn: true,
    parameters: [folderIdentity, param('User', 'String')],
  },
  {
    name: 'Add-MailboxFolderPermission',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage:
      'Adding folder permission "{AccessRights}" for user "{User}" on folder "{Identity}".',
    parameters: [folderIdentity, user, accessRights, param('SendNotificationToUser', 'Boolean')],
  },
  {
    name: 'Set-MailboxFolderPermission',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage:
      'Setting folder permission "{AccessRights}" for user "{User}" on folder "{Identity}".',
    parameters: [folderIdentity, user, accessRights, param('SendNotificationToUser', 'Boolean')],
  },
  {
    name: 'Remove-MailboxFolderPermission',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'High',
    confirmationMessage: 'Removing folder permission for user "{User}" on folder "{Identity}".',
    parameters: [folderIdentity, user, param('Force', 'SwitchParameter')],
  },
  {
    name: 'Get-CalendarProcessing',
    endpoint: 'exchange',
    supportsShouldProcess: false,
    confirmImpact: 'Medium',
    parameters: [identity(['__AllParameterSets'], true)],
  },
  {
    name: 'Set-CalendarProcessing',
    endpoint: 'exchange',
    supportsShouldProcess: true,
    confirmImpact: 'Medium',
    confirmationMessage: 'Setting calendar processing for "{Identity}".',
    parameters: [
      identity(['__AllParameterSets'], true),
      param('AutomateProcessing', 'String', { validateSet: ['None', 'AutoUpdate', 'AutoAccept'] }),
      param('AllowConflicts', 'Boolean'),
      param('AllowRecurringMeetings', 'Boolean'),
      param('BookingWindowInDays', 'Int32'),
      param('MaximumDurationInMinutes', 'Int32'),
      param('AddOrganizerToSubject', 'Boolean'),
      param('DeleteComments', 'Boolean'),
      param('DeleteSubject', 'Boolean'),
      param('ProcessExternalMeetingMessages', 'Boolean'),
      param('AllBookInPolicy', 'Boolean'),
      param('AllRequestInPolicy', 'Boolean'),
      param('ResourceDelegates', 'MultiValuedProperty'),
      param('BookInPolicy', 'MultiValuedProperty'),
    ],
  },
];
