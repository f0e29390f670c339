// Inbox rules (Get-InboxRule) and mailbox folder permissions (Get/Add/Set/Remove-MailboxFolderPermission).
import { ExchangeError } from '../errors/exchange-error.js';
import { MAILBOX_TYPES } from '../seed/recipient-factory.js';
import type { StoredObject } from '../store/tenant-store.js';
import type { ExchangeObject } from '../types.js';
import type { CmdletHandler, HandlerContext, ResultItem } from './handler.js';
import { notFound, resolveOne } from './identity.js';
import { typeIs } from './recipient-query.js';
import { folders } from './statistics-handlers.js';

const isMailbox = typeIs(...MAILBOX_TYPES);

function* inboxRules(ctx: HandlerContext): Generator<ResultItem> {
  const mailboxIdentity = ctx.params.string('Mailbox') ?? ctx.caller.upn;
  // App-only callers have no mailbox of their own: without -Mailbox there is nothing to read.
  if (mailboxIdentity === undefined) throw notFound(ctx, 'OAuthUser');
  const mailbox = resolveOne(ctx, 'recipient', mailboxIdentity, isMailbox);
  const wanted = ctx.params.string('Identity')?.toLowerCase();
  const includeHidden = ctx.params.switch('IncludeHidden');
  let found = false;
  for (const rule of ctx.store.scan(ctx.tenantId, 'inboxRule', { parent: mailbox.id })) {
    const d = rule.data;
    if (d.Hidden === true && !includeHidden) continue;
    if (
      wanted !== undefined &&
      ![d.Name, d.RuleIdentity, d.Identity].some((v) => String(v).toLowerCase() === wanted)
    )
      continue;
    found = true;
    yield { seq: rule.seq, object: d };
  }
  if (wanted !== undefined && !found) throw notFound(ctx, ctx.params.string('Identity') ?? '');
}

interface FolderRef {
  readonly mailbox: StoredObject;
  /** Display name of the folder, e.g. "Calendar"; "Top of Information Store" for the mailbox itself. */
  readonly folder: string;
  readonly identity: string;
}

/** Parses `mailbox:\Folder` (or just `mailbox` for its root) and checks that the folder exists. */
function resolveFolder(ctx: HandlerContext, identity: string): FolderRef {
  const i = identity.indexOf(':\\');
  const mailboxPart = i >= 0 ? identity.slice(0, i) : identity;
  const folderPart = i >= 0 ? identity.slice(i + 2).replace(/\\+$/, '') : '';
  const mailbox = resolveOne(ctx, 'recipient', mailboxPart, isMailbox);
  const known = folders.find(
    ([name]) => name.toLowerCase() === (folderPart || 'top of information store').toLowerCase(),
  );
  if (!known) throw new ExchangeError('ManagementObjectNotFound', [identity, ctx.server], identity);
  return {
    mailbox,
    folder: known[0],
    identity: `${String(mailbox.data.Name)}:\\${folderPart ? known[0] : ''}`,
  };
}

function principal(ctx: HandlerContext, user: string): { key: string; display: string } {
  if (/^(default|anonymous)$/i.test(user)) {
    const display = user.toLowerCase() === 'default' ? 'Default' : 'Anonymous';
    return { key: display.toLowerCase(), display };
  }
  const r = resolveOne(ctx, 'recipient', user);
  return { key: r.id, display: String(r.data.DisplayName) };
}

function entryId(ref: FolderRef, key: string): string {
  return `${ref.mailbox.id}:${ref.folder.toLowerCase()}:${key}`;
}

function entry(ref: FolderRef, display: string, rights: readonly string[]): ExchangeObject {
  return {
    Identity: ref.identity,
    FolderName: ref.folder,
    User: display,
    AccessRights: [...rights],
    SharingPermissionFlags: null,
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}

/** The built-in entries every folder has until someone changes them. */
function defaults(ref: FolderRef): ExchangeObject[] {
  return [
    entry(ref, 'Default', [ref.folder === 'Calendar' ? 'AvailabilityOnly' : 'None']),
    entry(ref, 'Anonymous', ['None']),
  ];
}

function* folderPermissions(ctx: HandlerContext): Generator<ResultItem> {
  const ref = resolveFolder(ctx, ctx.params.string('Identity') ?? '');
  const stored = ctx.store
    .list(ctx.tenantId, 'folderPermission', ref.mailbox.id)
    .filter((o) => o.data.FolderName === ref.folder);
  const overridden = new Set(stored.map((o) => String(o.data.User)));
  const all = [...defaults(ref).filter((d) => !overridden.has(String(d.User))), ...stored.map((o) => o.data)];
  const user = ctx.params.string('User');
  const wanted = user === undefined ? undefined : principal(ctx, user).display;
  for (const e of all) if (wanted === undefined || e.User === wanted) yield { object: e };
}

function writeFolderPermission(ctx: HandlerContext, mode: 'add' | 'set' | 'remove'): ResultItem[] {
  const ref = resolveFolder(ctx, ctx.params.string('Identity') ?? '');
  const userParam = ctx.params.string('User') ?? '';
  const who = principal(ctx, userParam);
  const id = entryId(ref, who.key);
  const builtIn = who.key === 'default' || who.key === 'anonymous';
  const exists = builtIn || ctx.store.get(ctx.tenantId, 'folderPermission', id) !== undefined;
  if (mode === 'add' && exists) throw new ExchangeError('FolderPermissionExists', [who.display], userParam);
  if (mode !== 'add' && !exists)
    throw new ExchangeError('FolderPermissionNotFound', [who.display], userParam);
  if (mode === 'remove') {
    if (builtIn)
      ctx.store.put(ctx.tenantId, 'folderPermission', {
        id,
        parent: ref.mailbox.id,
        data: entry(ref, who.display, ['None']),
      });
    else ctx.store.delete(ctx.tenantId, 'folderPermission', id);
    return [];
  }
  const data = entry(ref, who.display, ctx.params.strings('AccessRights') ?? ['None']);
  ctx.store.put(ctx.tenantId, 'folderPermission', { id, parent: ref.mailbox.id, data });
  return mode === 'add' ? [{ object: data }] : [];
}

export const mailboxContentHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Get-InboxRule': inboxRules,
  'Get-MailboxFolderPermission': folderPermissions,
  'Get-EXOMailboxFolderPermission': folderPermissions,
  'Add-MailboxFolderPermission': (ctx) => writeFolderPermission(ctx, 'add'),
  'Set-MailboxFolderPermission': (ctx) => writeFolderPermission(ctx, 'set'),
  'Remove-MailboxFolderPermission': (ctx) => writeFolderPermission(ctx, 'remove'),
};
