// Get/Set-Mailbox, Get-EXOMailbox, Get-Recipient, Get-EXORecipient, Get-User, Get/Set-CASMailbox.
import { warningText } from '../errors/messages.js';
import { MAILBOX_TYPES } from '../seed/recipient-factory.js';
import { formatByteSize } from '../shape/byte-size.js';
import { exoMailboxPropertySets, exoRecipientPropertySets, propertiesFor } from '../shape/property-sets.js';
import { mailboxView, project, recipientView, userObject } from '../shape/views.js';
import type { ExchangeObject, JsonValue } from '../types.js';
import type { CmdletHandler, HandlerContext } from './handler.js';
import { resolveOne } from './identity.js';
import { applyEdit, assertAddressesFree, recipientNames } from './multi-valued.js';
import { recipientQuery, saveRecipient, typeIs } from './recipient-query.js';

const isMailbox = typeIs(...MAILBOX_TYPES);
const isRecipient = (o: ExchangeObject): boolean => o.RecipientTypeDetails !== 'User';
const isUser = typeIs(...MAILBOX_TYPES, 'MailUser', 'User');

function exoView(
  ctx: HandlerContext,
  sets: Readonly<Record<string, readonly string[]>>,
  base: (o: ExchangeObject) => ExchangeObject,
) {
  const props = propertiesFor(sets, ctx.params.strings('PropertySets'), ctx.params.strings('Properties'));
  return (o: ExchangeObject): ExchangeObject => (props ? project(o, props) : base(o));
}

const casProperties = [
  'Identity',
  'Name',
  'DisplayName',
  'PrimarySmtpAddress',
  'EmailAddresses',
  'ExternalDirectoryObjectId',
  'Guid',
  'DistinguishedName',
  'ServerName',
];

const casDefaults: ExchangeObject = {
  OWAEnabled: true,
  ActiveSyncEnabled: true,
  PopEnabled: true,
  ImapEnabled: true,
  MAPIEnabled: true,
  EwsEnabled: true,
  SmtpClientAuthenticationDisabled: null,
  ECPEnabled: true,
  OwaMailboxPolicy: 'OwaMailboxPolicy-Default',
};

function casView(ctx: HandlerContext) {
  return (o: ExchangeObject): ExchangeObject => ({
    ...project(o, casProperties),
    ...casDefaults,
    ...(ctx.store.get(ctx.tenantId, 'casMailbox', String(o.Guid))?.data ?? {}),
  });
}

const typeChanges: Readonly<Record<string, string>> = {
  Regular: 'UserMailbox',
  Shared: 'SharedMailbox',
  Room: 'RoomMailbox',
  Equipment: 'EquipmentMailbox',
  Workspace: 'RoomMailbox',
};

const plainSettings = [
  'DisplayName',
  'CustomAttribute1',
  'CustomAttribute2',
  'RetentionPolicy',
  'LitigationHoldDuration',
  'DeliverToMailboxAndForward',
  'HiddenFromAddressListsEnabled',
  'AuditEnabled',
  'MessageCopyForSentAsEnabled',
  'MessageCopyForSendOnBehalfEnabled',
  'UseDatabaseQuotaDefaults',
  'SingleItemRecoveryEnabled',
];

function setMailbox(ctx: HandlerContext): [] {
  const p = ctx.params;
  const identity = p.string('Identity') ?? '';
  const stored = resolveOne(ctx, 'recipient', identity, isMailbox);
  const data: ExchangeObject = { ...stored.data };
  const before = JSON.stringify(data);
  for (const name of plainSettings) if (p.has(name)) data[name] = (p.raw(name) ?? null) as JsonValue;
  if (p.has('Alias')) data.Alias = p.string('Alias') ?? data.Alias ?? null;
  if (p.has('Name')) {
    const name = p.string('Name') ?? String(data.Name);
    data.Name = name;
    data.Identity = name;
    data.Id = name;
  }
  for (const quota of ['ProhibitSendQuota', 'ProhibitSendReceiveQuota', 'IssueWarningQuota']) {
    const v = p.raw(quota);
    if (v !== undefined) data[quota] = typeof v === 'number' ? formatByteSize(v) : 'Unlimited';
  }
  if (p.has('ForwardingSmtpAddress')) {
    const v = p.string('ForwardingSmtpAddress');
    data.ForwardingSmtpAddress = v ? `smtp:${v.replace(/^smtp:/i, '')}` : null;
  }
  if (p.has('ForwardingAddress')) {
    const v = p.string('ForwardingAddress');
    data.ForwardingAddress = v ? String(resolveOne(ctx, 'recipient', v).data.Name) : null;
  }
  if (p.has('LitigationHoldEnabled')) {
    const on = p.boolean('LitigationHoldEnabled') === true;
    if (on && data.LitigationHoldEnabled !== true) {
      data.LitigationHoldDate = new Date(ctx.now()).toISOString();
      data.LitigationHoldOwner = ctx.caller.upn ?? 'OAuthUser';
    }
    data.LitigationHoldEnabled = on;
  }
  const type = p.string('Type');
  if (type) {
    const details = typeChanges[type] ?? 'UserMailbox';
    data.RecipientTypeDetails = details;
    data.IsShared = details === 'SharedMailbox';
    data.IsResource = details === 'RoomMailbox' || details === 'EquipmentMailbox';
    data.ResourceType =
      details === 'RoomMailbox' ? 'Room' : details === 'EquipmentMailbox' ? 'Equipment' : null;
    data.AccountDisabled = details !== 'UserMailbox';
  }
  const onBehalf = p.multiValued('GrantSendOnBehalfTo');
  if (onBehalf)
    data.GrantSendOnBehalfTo = applyEdit(data.GrantSendOnBehalfTo, onBehalf, (v) => recipientNames(ctx, v));
  const addresses = p.multiValued('EmailAddresses');
  if (addresses) {
    const withPrefix = (list: readonly string[]): string[] =>
      list.map((a) => (a.includes(':') ? a : `smtp:${a}`));
    const next = applyEdit(data.EmailAddresses, addresses, withPrefix);
    assertAddressesFree(ctx, next, stored.id);
    data.EmailAddresses = next;
    const primary = next.find((a) => a.startsWith('SMTP:'));
    if (primary) {
      data.PrimarySmtpAddress = primary.slice(5);
      data.WindowsEmailAddress = primary.slice(5);
    }
  }
  if (JSON.stringify(data) === before) ctx.warn(warningText('NoSettingsModified', identity));
  else saveRecipient(ctx, stored, data);
  return [];
}

function setCasMailbox(ctx: HandlerContext): [] {
  const identity = ctx.params.string('Identity') ?? '';
  const mailbox = resolveOne(ctx, 'recipient', identity, isMailbox);
  const current = { ...casDefaults, ...(ctx.store.get(ctx.tenantId, 'casMailbox', mailbox.id)?.data ?? {}) };
  const before = JSON.stringify(current);
  for (const name of [
    'OWAEnabled',
    'ActiveSyncEnabled',
    'PopEnabled',
    'ImapEnabled',
    'MAPIEnabled',
    'EwsEnabled',
    'SmtpClientAuthenticationDisabled',
  ])
    if (ctx.params.has(name)) current[name] = (ctx.params.raw(name) ?? null) as JsonValue;
  if (JSON.stringify(current) === before) ctx.warn(warningText('NoSettingsModified', identity));
  else ctx.store.put(ctx.tenantId, 'casMailbox', { id: mailbox.id, data: current });
  return [];
}

export const recipientHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Get-Mailbox': (ctx) => recipientQuery(ctx, isMailbox, mailboxView),
  'Set-Mailbox': setMailbox,
  'Get-EXOMailbox': (ctx) =>
    recipientQuery(ctx, isMailbox, exoView(ctx, exoMailboxPropertySets, mailboxView)),
  'Get-Recipient': (ctx) =>
    recipientQuery(ctx, isRecipient, (o) =>
      project(o, [...recipientView, ...(ctx.params.strings('Properties') ?? [])]),
    ),
  'Get-EXORecipient': (ctx) =>
    recipientQuery(
      ctx,
      isRecipient,
      exoView(ctx, exoRecipientPropertySets, (o) => project(o, recipientView)),
    ),
  'Get-User': (ctx) => recipientQuery(ctx, isUser, userObject),
  'Get-CASMailbox': (ctx) => recipientQuery(ctx, isMailbox, casView(ctx)),
  'Set-CASMailbox': setCasMailbox,
};
