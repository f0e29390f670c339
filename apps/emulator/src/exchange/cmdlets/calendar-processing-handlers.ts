// Get/Set-CalendarProcessing: how a mailbox (typically a room or equipment) answers meeting requests.
import { warningText } from '../errors/messages.js';
import { MAILBOX_TYPES } from '../seed/recipient-factory.js';
import type { ExchangeObject, JsonValue } from '../types.js';
import type { CmdletHandler, HandlerContext } from './handler.js';
import { resolveOne } from './identity.js';
import { recipientNames } from './multi-valued.js';
import { typeIs } from './recipient-query.js';
import type { StoredObject } from '../store/tenant-store.js';

const isMailbox = typeIs(...MAILBOX_TYPES);
const settings = [
  'AutomateProcessing',
  'AllowConflicts',
  'AllowRecurringMeetings',
  'BookingWindowInDays',
  'MaximumDurationInMinutes',
  'AddOrganizerToSubject',
  'DeleteComments',
  'DeleteSubject',
  'ProcessExternalMeetingMessages',
  'AllBookInPolicy',
  'AllRequestInPolicy',
];

/** Exchange's defaults: resources accept automatically, user mailboxes only update their calendar. */
function current(ctx: HandlerContext, mailbox: StoredObject): ExchangeObject {
  const resource = mailbox.data.IsResource === true;
  return {
    Identity: String(mailbox.data.Identity),
    AutomateProcessing: resource ? 'AutoAccept' : 'AutoUpdate',
    AllowConflicts: false,
    AllowRecurringMeetings: true,
    BookingWindowInDays: 180,
    MaximumDurationInMinutes: 1440,
    AddOrganizerToSubject: true,
    DeleteComments: true,
    DeleteSubject: true,
    RemovePrivateProperty: true,
    ProcessExternalMeetingMessages: false,
    AllBookInPolicy: true,
    AllRequestInPolicy: false,
    ResourceDelegates: [],
    BookInPolicy: [],
    IsValid: true,
    ObjectState: 'Unchanged',
    ...(ctx.store.get(ctx.tenantId, 'calendarProcessing', mailbox.id)?.data ?? {}),
  };
}

function setCalendarProcessing(ctx: HandlerContext): [] {
  const identity = ctx.params.string('Identity') ?? '';
  const mailbox = resolveOne(ctx, 'recipient', identity, isMailbox);
  const data = current(ctx, mailbox);
  const before = JSON.stringify(data);
  for (const name of settings)
    if (ctx.params.has(name)) data[name] = (ctx.params.raw(name) ?? null) as JsonValue;
  for (const name of ['ResourceDelegates', 'BookInPolicy']) {
    const edit = ctx.params.multiValued(name);
    if (edit) data[name] = recipientNames(ctx, edit.replace ?? edit.add ?? []);
  }
  if (JSON.stringify(data) === before) ctx.warn(warningText('NoSettingsModified', identity));
  else ctx.store.put(ctx.tenantId, 'calendarProcessing', { id: mailbox.id, parent: mailbox.id, data });
  return [];
}

export const calendarProcessingHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Get-CalendarProcessing': (ctx) => [
    { object: current(ctx, resolveOne(ctx, 'recipient', ctx.params.string('Identity') ?? '', isMailbox)) },
  ],
  'Set-CalendarProcessing': setCalendarProcessing,
};
