// Mailbox permissions (FullAccess etc., with the implicit NT AUTHORITY\SELF entry) and recipient SendAs permissions.
import { warningText } from '../errors/messages.js';
import { mailboxPermissionWrite, recipientPermissionWrite } from '../seed/relations.js';
import { MAILBOX_TYPES } from '../seed/recipient-factory.js';
import type { StoredObject } from '../store/tenant-store.js';
import type { ExchangeObject } from '../types.js';
import type { CmdletHandler, HandlerContext, ResultItem } from './handler.js';
import { resolveOne } from './identity.js';
import { typeIs } from './recipient-query.js';

const SELF = 'NT AUTHORITY\\SELF';
const isMailbox = typeIs(...MAILBOX_TYPES);
const identityParameters = [
  'Identity',
  'ExternalDirectoryObjectId',
  'UserPrincipalName',
  'PrimarySmtpAddress',
];

function selfEntry(mailbox: StoredObject): ExchangeObject {
  return {
    Identity: String(mailbox.data.Identity),
    User: SELF,
    AccessRights: ['FullAccess', 'ReadPermission'],
    IsInherited: false,
    Deny: false,
    InheritanceType: 'All',
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}

/** The name permissions are recorded under: the trustee's UPN, or the literal well-known principal. */
function principalName(ctx: HandlerContext, identity: string): string {
  if (identity.includes('\\')) return identity;
  const r = resolveOne(ctx, 'recipient', identity);
  return String(r.data.UserPrincipalName ?? r.data.PrimarySmtpAddress ?? r.data.Name);
}

function userMatches(ctx: HandlerContext, entryUser: string, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  return entryUser.toLowerCase() === principalName(ctx, wanted).toLowerCase();
}

function* mailboxPermissions(ctx: HandlerContext): Generator<ResultItem> {
  const param = identityParameters.find((n) => ctx.params.has(n));
  const mailboxes = param
    ? [resolveOne(ctx, 'recipient', ctx.params.string(param) ?? '', isMailbox)]
    : ctx.store.scan(ctx.tenantId, 'recipient');
  const user = ctx.params.string('User');
  for (const mailbox of mailboxes) {
    if (!isMailbox(mailbox.data)) continue;
    if (ctx.params.switch('Owner')) {
      yield {
        object: {
          Identity: String(mailbox.data.Identity),
          Owner: SELF,
          IsValid: true,
          ObjectState: 'Unchanged',
        },
      };
      continue;
    }
    const entries = [
      selfEntry(mailbox),
      ...ctx.store.list(ctx.tenantId, 'mailboxPermission', mailbox.id).map((o) => o.data),
    ];
    for (const e of entries) if (userMatches(ctx, String(e.User), user)) yield { object: e };
  }
}

function addMailboxPermission(ctx: HandlerContext): ResultItem[] {
  const mailbox = resolveOne(ctx, 'recipient', ctx.params.string('Identity') ?? '', isMailbox);
  if (ctx.params.has('Owner')) return [];
  const user = principalName(ctx, ctx.params.string('User') ?? '');
  const deny = ctx.params.switch('Deny');
  const write = mailboxPermissionWrite(
    { id: mailbox.id, data: mailbox.data },
    user,
    [...(ctx.params.strings('AccessRights') ?? [])],
    deny,
  );
  const existing = ctx.store.get(ctx.tenantId, 'mailboxPermission', write.id);
  const rights = new Set([
    ...((existing?.data.AccessRights as string[] | undefined) ?? []),
    ...(write.data.AccessRights as string[]),
  ]);
  const data: ExchangeObject = {
    ...write.data,
    AccessRights: [...rights],
    InheritanceType: ctx.params.string('InheritanceType') ?? 'All',
  };
  ctx.store.put(ctx.tenantId, 'mailboxPermission', { ...write, data });
  return [{ object: data }];
}

function removeMailboxPermission(ctx: HandlerContext): [] {
  const identity = ctx.params.string('Identity') ?? '';
  const mailbox = resolveOne(ctx, 'recipient', identity, isMailbox);
  const userParam = ctx.params.string('User') ?? '';
  const user = principalName(ctx, userParam);
  const id = mailboxPermissionWrite(
    { id: mailbox.id, data: mailbox.data },
    user,
    [],
    ctx.params.switch('Deny'),
  ).id;
  const existing = ctx.store.get(ctx.tenantId, 'mailboxPermission', id);
  const removing = (ctx.params.strings('AccessRights') ?? []).map((r) => r.toLowerCase());
  const current = (existing?.data.AccessRights as string[] | undefined) ?? [];
  if (!existing || !current.some((r) => removing.includes(r.toLowerCase()))) {
    ctx.warn(warningText('AceNotFound', String(mailbox.data.Identity), userParam));
    return [];
  }
  const left = current.filter((r) => !removing.includes(r.toLowerCase()));
  if (left.length === 0) ctx.store.delete(ctx.tenantId, 'mailboxPermission', id);
  else
    ctx.store.put(ctx.tenantId, 'mailboxPermission', {
      id,
      parent: mailbox.id,
      name: user,
      data: { ...existing.data, AccessRights: left },
    });
  return [];
}

function* recipientPermissions(ctx: HandlerContext): Generator<ResultItem> {
  const param = identityParameters.find((n) => ctx.params.has(n));
  const identity = param ? ctx.params.string(param) : undefined;
  const trustee = ctx.params.string('Trustee');
  if (identity === undefined) {
    for (const o of ctx.store.scan(ctx.tenantId, 'recipientPermission'))
      if (userMatches(ctx, String(o.data.Trustee), trustee)) yield { seq: o.seq, object: o.data };
    return;
  }
  const recipient = resolveOne(ctx, 'recipient', identity);
  const self: ExchangeObject = {
    Identity: String(recipient.data.Identity),
    Trustee: SELF,
    AccessControlType: 'Allow',
    AccessRights: ['SendAs'],
    IsInherited: false,
    InheritanceType: 'None',
    IsValid: true,
    ObjectState: 'Unchanged',
  };
  for (const e of [
    self,
    ...ctx.store.list(ctx.tenantId, 'recipientPermission', recipient.id).map((o) => o.data),
  ])
    if (userMatches(ctx, String(e.Trustee), trustee)) yield { object: e };
}

function addRecipientPermission(ctx: HandlerContext): ResultItem[] {
  const recipient = resolveOne(ctx, 'recipient', ctx.params.string('Identity') ?? '');
  const trustee = principalName(ctx, ctx.params.string('Trustee') ?? '');
  const write = recipientPermissionWrite({ id: recipient.id, data: recipient.data }, trustee);
  ctx.store.put(ctx.tenantId, 'recipientPermission', write);
  return [{ object: write.data }];
}

function removeRecipientPermission(ctx: HandlerContext): [] {
  const identity = ctx.params.string('Identity') ?? '';
  const recipient = resolveOne(ctx, 'recipient', identity);
  const trusteeParam = ctx.params.string('Trustee') ?? '';
  const trustee = principalName(ctx, trusteeParam);
  const id = recipientPermissionWrite({ id: recipient.id, data: recipient.data }, trustee).id;
  if (!ctx.store.delete(ctx.tenantId, 'recipientPermission', id))
    ctx.warn(warningText('AceNotFound', String(recipient.data.Identity), trusteeParam));
  return [];
}

export const permissionHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Get-MailboxPermission': mailboxPermissions,
  'Get-EXOMailboxPermission': mailboxPermissions,
  'Add-MailboxPermission': addMailboxPermission,
  'Remove-MailboxPermission': removeMailboxPermission,
  'Get-RecipientPermission': recipientPermissions,
  'Add-RecipientPermission': addRecipientPermission,
  'Remove-RecipientPermission': removeRecipientPermission,
  'Get-EXORecipientPermission': recipientPermissions,
};
