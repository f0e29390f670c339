// Distribution groups, mail-enabled security groups, their members, and Microsoft 365 (unified) groups.
import { randomUUID } from 'node:crypto';
import { ExchangeError } from '../errors/exchange-error.js';
import { warningText } from '../errors/messages.js';
import { membershipWrite } from '../seed/relations.js';
import { buildRecipient, distinguishedName, GROUP_TYPES } from '../seed/recipient-factory.js';
import { mailboxView, project, recipientView } from '../shape/views.js';
import type { ExchangeObject, JsonValue } from '../types.js';
import type { CmdletHandler, HandlerContext, ResultItem } from './handler.js';
import { resolveOne } from './identity.js';
import { applyEdit, assertAddressesFree, recipientNames } from './multi-valued.js';
import { recipientFilterable, recipientQuery, saveRecipient, typeIs } from './recipient-query.js';
import { compileFilter } from '../opath/compile.js';

const isGroup = typeIs(...GROUP_TYPES);
const isUnified = typeIs('GroupMailbox');

function memberCount(ctx: HandlerContext, groupId: string): number {
  return ctx.store.list(ctx.tenantId, 'membership', groupId).length;
}

function unifiedView(ctx: HandlerContext) {
  return (o: ExchangeObject): ExchangeObject => ({
    ...mailboxView(o),
    ManagedBy: o.ManagedBy ?? [],
    AccessType: o.AccessType ?? 'Private',
    GroupMemberCount: memberCount(ctx, String(o.Guid)),
    GroupExternalMemberCount: 0,
  });
}

function* getDistributionGroups(ctx: HandlerContext): Generator<ResultItem> {
  const managedBy = ctx.params.string('ManagedBy');
  const owner =
    managedBy === undefined
      ? undefined
      : String(resolveOne(ctx, 'recipient', managedBy).data.Name).toLowerCase();
  for (const item of recipientQuery(ctx, isGroup, (o) => o))
    if (owner === undefined || (item.object.ManagedBy as string[]).some((m) => m.toLowerCase() === owner))
      yield item;
}

function keyTaken(ctx: HandlerContext, key: string): boolean {
  return ctx.store.findByKey(ctx.tenantId, 'recipient', key).length > 0;
}

function newDistributionGroup(ctx: HandlerContext): ResultItem[] {
  const p = ctx.params;
  const name = p.string('Name') ?? '';
  const alias = p.string('Alias') ?? name.replace(/[^A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]/g, '');
  const domain = String(resolveVanityDomain(ctx));
  const primary = p.string('PrimarySmtpAddress') ?? `${alias}@${domain}`;
  for (const key of [name, alias, primary])
    if (keyTaken(ctx, key))
      throw new ExchangeError(
        'ObjectAlreadyExists',
        [distinguishedName(name, ctx.tenantDomain), ctx.server],
        name,
      );
  const managers = p.multiValued('ManagedBy');
  const callerMailbox = ctx.caller.upn
    ? ctx.store.findByKey(ctx.tenantId, 'recipient', ctx.caller.upn)[0]
    : undefined;
  const managedBy = managers?.replace
    ? recipientNames(ctx, managers.replace)
    : callerMailbox
      ? [String(callerMailbox.data.Name)]
      : [];
  const guid = randomUUID();
  const write = buildRecipient({
    type: p.string('Type') === 'Security' ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup',
    name,
    alias,
    displayName: p.string('DisplayName') ?? name,
    guid,
    exchangeGuid: guid,
    externalDirectoryObjectId: randomUUID(),
    created: ctx.now(),
    domain: primary.slice(primary.indexOf('@') + 1),
    tenantDomain: ctx.tenantDomain,
    managedBy,
  });
  const data: ExchangeObject = { ...write.data, PrimarySmtpAddress: primary, WindowsEmailAddress: primary };
  data.EmailAddresses = [
    `SMTP:${primary}`,
    ...(primary.endsWith(ctx.tenantDomain) ? [] : [`smtp:${alias}@${ctx.tenantDomain}`]),
  ];
  for (const setting of [
    'MemberJoinRestriction',
    'MemberDepartRestriction',
    'RequireSenderAuthenticationEnabled',
  ])
    if (p.has(setting)) data[setting] = (p.raw(setting) ?? null) as JsonValue;
  if (p.has('Notes')) data.Notes = p.string('Notes') ?? '';
  saveRecipient(ctx, { seq: 0, id: guid, data }, data);
  const members = [
    ...(p.multiValued('Members')?.replace ?? []),
    ...(p.switch('CopyOwnerToMember') ? managedBy : []),
  ];
  for (const member of members) {
    try {
      const m = resolveOne(ctx, 'recipient', member);
      ctx.store.put(ctx.tenantId, 'membership', membershipWrite(guid, m.id));
    } catch (e) {
      // An unknown member does not stop the group from being created: a non-terminating error, as Exchange reports.
      if (e instanceof ExchangeError) ctx.writeError(e);
      else throw e;
    }
  }
  return [{ object: data }];
}

function resolveVanityDomain(ctx: HandlerContext): string {
  const domains = ctx.store.list(ctx.tenantId, 'acceptedDomain');
  return String(domains.find((d) => d.data.Default === true)?.data.DomainName ?? ctx.tenantDomain);
}

function setDistributionGroup(ctx: HandlerContext): [] {
  const p = ctx.params;
  const identity = p.string('Identity') ?? '';
  const stored = resolveOne(ctx, 'recipient', identity, isGroup);
  const data: ExchangeObject = { ...stored.data };
  const before = JSON.stringify(data);
  for (const s of [
    'DisplayName',
    'Alias',
    'MemberJoinRestriction',
    'MemberDepartRestriction',
    'RequireSenderAuthenticationEnabled',
    'HiddenFromAddressListsEnabled',
    'CustomAttribute1',
  ])
    if (p.has(s)) data[s] = (p.raw(s) ?? null) as JsonValue;
  if (p.has('Name')) {
    const name = p.string('Name') ?? String(data.Name);
    Object.assign(data, {
      Name: name,
      Identity: name,
      Id: name,
      DistinguishedName: distinguishedName(name, ctx.tenantDomain),
    });
  }
  const managers = p.multiValued('ManagedBy');
  if (managers) data.ManagedBy = applyEdit(data.ManagedBy, managers, (v) => recipientNames(ctx, v));
  const addresses = p.multiValued('EmailAddresses');
  if (addresses)
    data.EmailAddresses = applyEdit(data.EmailAddresses, addresses, (l) =>
      l.map((a) => (a.includes(':') ? a : `smtp:${a}`)),
    );
  const primary = p.string('PrimarySmtpAddress');
  if (primary) {
    const others = (data.EmailAddresses as string[])
      .filter((a) => a.toLowerCase() !== `smtp:${primary.toLowerCase()}`)
      .map((a) => a.replace(/^SMTP:/, 'smtp:'));
    data.EmailAddresses = [`SMTP:${primary}`, ...others];
    data.PrimarySmtpAddress = primary;
    data.WindowsEmailAddress = primary;
  }
  assertAddressesFree(ctx, (data.EmailAddresses as string[] | undefined) ?? [], stored.id);
  if (JSON.stringify(data) === before) ctx.warn(warningText('NoSettingsModified', identity));
  else saveRecipient(ctx, stored, data);
  return [];
}

function removeDistributionGroup(ctx: HandlerContext): [] {
  const group = resolveOne(ctx, 'recipient', ctx.params.string('Identity') ?? '', isGroup);
  for (const m of ctx.store.list(ctx.tenantId, 'membership', group.id))
    ctx.store.delete(ctx.tenantId, 'membership', m.id);
  ctx.store.delete(ctx.tenantId, 'recipient', group.id);
  return [];
}

function* groupMembers(ctx: HandlerContext): Generator<ResultItem> {
  const group = resolveOne(
    ctx,
    'recipient',
    ctx.params.string('Identity') ?? '',
    (o) => isGroup(o) || isUnified(o),
  );
  const options =
    ctx.afterSeq === undefined ? { parent: group.id } : { parent: group.id, afterSeq: ctx.afterSeq };
  for (const m of ctx.store.scan(ctx.tenantId, 'membership', options)) {
    const member = ctx.store.get(ctx.tenantId, 'recipient', String(m.data.Member));
    if (member) yield { seq: m.seq, object: project(member.data, recipientView) };
  }
}

function changeMembership(ctx: HandlerContext, add: boolean): [] {
  const groupIdentity = ctx.params.string('Identity') ?? '';
  const memberIdentity = ctx.params.string('Member') ?? '';
  const group = resolveOne(ctx, 'recipient', groupIdentity, isGroup);
  const member = resolveOne(ctx, 'recipient', memberIdentity);
  const write = membershipWrite(group.id, member.id);
  const exists = ctx.store.get(ctx.tenantId, 'membership', write.id) !== undefined;
  if (add && exists)
    throw new ExchangeError('MemberAlreadyExists', [memberIdentity, groupIdentity], memberIdentity);
  if (!add && !exists)
    throw new ExchangeError('MemberNotFound', [memberIdentity, groupIdentity], memberIdentity);
  if (add) ctx.store.put(ctx.tenantId, 'membership', write);
  else ctx.store.delete(ctx.tenantId, 'membership', write.id);
  return [];
}

const isDynamic = typeIs('DynamicDistributionGroup');

/** Members of a dynamic group: every recipient its stored RecipientFilter selects, evaluated now. */
function* dynamicGroupMembers(ctx: HandlerContext): Generator<ResultItem> {
  const group = resolveOne(ctx, 'recipient', ctx.params.string('Identity') ?? '', isDynamic);
  const matches = compileFilter(String(group.data.RecipientFilter ?? ''), recipientFilterable);
  const options = ctx.afterSeq === undefined ? {} : { afterSeq: ctx.afterSeq };
  for (const r of ctx.store.scan(ctx.tenantId, 'recipient', options))
    if (r.data.RecipientTypeDetails !== 'User' && matches(r.data))
      yield { seq: r.seq, object: project(r.data, recipientView) };
}

export const groupHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Get-DistributionGroup': getDistributionGroups,
  'New-DistributionGroup': newDistributionGroup,
  'Set-DistributionGroup': setDistributionGroup,
  'Remove-DistributionGroup': removeDistributionGroup,
  'Get-DistributionGroupMember': groupMembers,
  'Add-DistributionGroupMember': (ctx) => changeMembership(ctx, true),
  'Remove-DistributionGroupMember': (ctx) => changeMembership(ctx, false),
  'Get-UnifiedGroup': (ctx) => recipientQuery(ctx, isUnified, unifiedView(ctx)),
  'Get-DynamicDistributionGroup': (ctx) => recipientQuery(ctx, isDynamic, (o) => o),
  'Get-DynamicDistributionGroupMember': dynamicGroupMembers,
};
