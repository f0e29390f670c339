// Set-UnifiedGroup and the links (Members, Owners, Subscribers) of Microsoft 365 groups.
import { ExchangeError } from '../errors/exchange-error.js';
import { warningText } from '../errors/messages.js';
import { membershipWrite } from '../seed/relations.js';
import { project, recipientView } from '../shape/views.js';
import type { ExchangeObject, JsonValue } from '../types.js';
import type { CmdletHandler, HandlerContext, ResultItem } from './handler.js';
import { resolveOne } from './identity.js';
import { saveRecipient, typeIs } from './recipient-query.js';

const isUnified = typeIs('GroupMailbox');

function* groupLinks(ctx: HandlerContext): Generator<ResultItem> {
  const group = resolveOne(ctx, 'recipient', ctx.params.string('Identity') ?? '', isUnified);
  const type = ctx.params.string('LinkType');
  if (type === 'Owners') {
    for (const name of (group.data.ManagedBy as string[] | undefined) ?? []) {
      const owner = ctx.store.findByKey(ctx.tenantId, 'recipient', name)[0];
      if (owner) yield { object: project(owner.data, recipientView) };
    }
    return;
  }
  if (type !== 'Members' && type !== 'Subscribers') return;
  const options =
    ctx.afterSeq === undefined ? { parent: group.id } : { parent: group.id, afterSeq: ctx.afterSeq };
  for (const m of ctx.store.scan(ctx.tenantId, 'membership', options)) {
    const member = ctx.store.get(ctx.tenantId, 'recipient', String(m.data.Member));
    if (member) yield { seq: m.seq, object: project(member.data, recipientView) };
  }
}

function changeLinks(ctx: HandlerContext, add: boolean): [] {
  const group = resolveOne(ctx, 'recipient', ctx.params.string('Identity') ?? '', isUnified);
  const type = ctx.params.string('LinkType');
  const links = ctx.params.multiValued('Links');
  const identities = [...(links?.replace ?? links?.add ?? [])];
  const owners = new Set(((group.data.ManagedBy as string[] | undefined) ?? []).map((n) => n.toLowerCase()));
  const data: ExchangeObject = {
    ...group.data,
    ManagedBy: [...((group.data.ManagedBy as JsonValue[]) ?? [])],
  };
  for (const identity of identities) {
    const r = resolveOne(ctx, 'recipient', identity);
    const membership = membershipWrite(group.id, r.id);
    const isMember = ctx.store.get(ctx.tenantId, 'membership', membership.id) !== undefined;
    const name = String(r.data.Name);
    if (type === 'Owners') {
      if (add && !isMember) throw new ExchangeError('OwnerMustBeMember', [identity], identity);
      const list = data.ManagedBy as string[];
      if (add && !owners.has(name.toLowerCase())) list.push(name);
      if (!add) data.ManagedBy = list.filter((n) => n.toLowerCase() !== name.toLowerCase());
    } else if (add && !isMember) ctx.store.put(ctx.tenantId, 'membership', membership);
    else if (!add && isMember) ctx.store.delete(ctx.tenantId, 'membership', membership.id);
  }
  if (type === 'Owners') saveRecipient(ctx, group, data);
  return [];
}

function setUnifiedGroup(ctx: HandlerContext): [] {
  const p = ctx.params;
  const identity = p.string('Identity') ?? '';
  const group = resolveOne(ctx, 'recipient', identity, isUnified);
  const data: ExchangeObject = { ...group.data };
  const before = JSON.stringify(data);
  for (const name of [
    'DisplayName',
    'Alias',
    'AccessType',
    'HiddenFromAddressListsEnabled',
    'HiddenFromExchangeClientsEnabled',
    'AutoSubscribeNewMembers',
    'Language',
    'Notes',
    'CustomAttribute1',
  ])
    if (p.has(name)) data[name] = (p.raw(name) ?? null) as JsonValue;
  const primary = p.string('PrimarySmtpAddress');
  if (primary) {
    const others = ((data.EmailAddresses as string[]) ?? [])
      .filter((a) => a.toLowerCase() !== `smtp:${primary.toLowerCase()}`)
      .map((a) => a.replace(/^SMTP:/, 'smtp:'));
    Object.assign(data, {
      EmailAddresses: [`SMTP:${primary}`, ...others],
      PrimarySmtpAddress: primary,
      WindowsEmailAddress: primary,
    });
  }
  if (JSON.stringify(data) === before) ctx.warn(warningText('NoSettingsModified', identity));
  else saveRecipient(ctx, group, data);
  return [];
}

export const unifiedGroupHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Set-UnifiedGroup': setUnifiedGroup,
  'Get-UnifiedGroupLinks': groupLinks,
  'Add-UnifiedGroupLinks': (ctx) => changeLinks(ctx, true),
  'Remove-UnifiedGroupLinks': (ctx) => changeLinks(ctx, false),
};
