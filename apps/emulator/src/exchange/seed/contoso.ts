// Seeds the contoso tenant: about 60 recipients of every common type, memberships, permissions and configuration.
import type { TenantStore, ObjectWrite } from '../store/tenant-store.js';
import type { ExchangeObject } from '../types.js';
import { createPrng, type Prng } from './prng.js';
import { buildRecipient, type RecipientSpec, type RecipientTypeDetails } from './recipient-factory.js';
import {
  contosoPeople,
  distributionGroups,
  equipment,
  mailContacts,
  mailUsers,
  plainUsers,
  rooms,
  securityGroups,
  sharedMailboxes,
  unifiedGroups,
} from './contoso-people.js';
import {
  CONTOSO_DISPLAY_NAME,
  CONTOSO_DOMAIN,
  CONTOSO_TENANT_ID,
  CONTOSO_VANITY_DOMAIN,
  SEED_EPOCH,
} from './tenant-constants.js';
import { seedConfiguration } from './contoso-config.js';
import { seedAuditRecords } from './audit-records.js';
import { seedMessageTrace } from './message-trace.js';
import { seedDynamicGroups } from './dynamic-groups.js';
import { seedRoleGroups } from './role-groups.js';
import { membershipWrite, mailboxPermissionWrite, recipientPermissionWrite } from './relations.js';

/** Meta key of the moment a tenant's recent activity (logons, audit, mail) is relative to. */
export function activityEpochKey(tenantId: string): string {
  return `activityEpoch:${tenantId}`;
}

export interface SeedOptions {
  readonly tenantId?: string;
  readonly domain?: string;
  readonly seed?: number;
  /** End of the 30-day audit log window; default SEED_EPOCH (fixed, for tests). */
  readonly auditEpoch?: number;
}

/** Writes the whole contoso tenant in one transaction; does nothing if the tenant already exists. */
export function seedContoso(store: TenantStore, options: SeedOptions = {}): void {
  const tenantId = options.tenantId ?? CONTOSO_TENANT_ID;
  const domain = options.domain ?? CONTOSO_DOMAIN;
  if (store.findTenant(tenantId)) return;
  const rng = createPrng(options.seed ?? 20260105);
  store.transaction(() => {
    store.addTenant({ tenantId, domain, displayName: CONTOSO_DISPLAY_NAME });
    store.setMeta(activityEpochKey(tenantId), String(options.auditEpoch ?? SEED_EPOCH));
    const recipients = seedRecipients(store, tenantId, domain, rng);
    seedRelations(store, tenantId, recipients, rng);
    seedConfiguration(store, tenantId, domain, rng);
    seedAuditRecords(
      store,
      tenantId,
      recipients.filter((r) => r.data.RecipientTypeDetails === 'UserMailbox'),
      rng,
      options.auditEpoch ?? SEED_EPOCH,
    );
    seedMessageTrace(
      store,
      tenantId,
      recipients.filter((r) => r.data.RecipientTypeDetails === 'UserMailbox'),
      rng,
      options.auditEpoch ?? SEED_EPOCH,
    );
    seedDynamicGroups(store, tenantId, domain, options.seed ?? 20260105);
    seedRoleGroups(store, tenantId, options.seed ?? 20260105);
  });
}

function seedRecipients(store: TenantStore, tenantId: string, domain: string, rng: Prng): ObjectWrite[] {
  const out: ObjectWrite[] = [];
  let day = 0;
  const add = (
    type: RecipientTypeDetails,
    name: string,
    alias: string,
    extra: Partial<RecipientSpec> = {},
  ): void => {
    day += rng.int(1, 9);
    const spec: RecipientSpec = {
      type,
      name,
      alias,
      displayName: name,
      guid: rng.guid(),
      exchangeGuid: rng.guid(),
      externalDirectoryObjectId: rng.guid(),
      created: SEED_EPOCH - 400 * 86_400_000 + day * 86_400_000 + rng.int(0, 86_399) * 1000,
      domain: CONTOSO_VANITY_DOMAIN,
      tenantDomain: domain,
      ...extra,
    };
    const write = buildRecipient(spec);
    store.put(tenantId, 'recipient', write);
    out.push(write);
  };
  add('UserMailbox', 'admin', 'admin', {
    displayName: 'MOD Administrator',
    domain,
    firstName: 'MOD',
    lastName: 'Administrator',
    department: 'IT',
    title: 'Global Administrator',
  });
  add('UserMailbox', 'auditor', 'auditor', {
    displayName: 'Contoso Auditor',
    domain,
    firstName: 'Contoso',
    lastName: 'Auditor',
    department: 'Compliance',
    title: 'Auditor',
  });
  for (const p of contosoPeople)
    add('UserMailbox', p.alias, p.alias, {
      displayName: `${p.first} ${p.last}`,
      // Sign-in names follow the directory seed (first.last@tenant), mail addresses the vanity domain.
      upn: `${p.first}.${p.last}@${domain}`.toLowerCase(),
      firstName: p.first,
      lastName: p.last,
      department: p.department,
      title: p.title,
      city: p.city,
      country: p.country,
      archive: rng.chance(0.4),
      archiveGuid: rng.guid(),
      litigationHold: rng.chance(0.2),
      ...(rng.chance(0.1) ? { forwardingSmtpAddress: `${p.alias.toLowerCase()}@outlook.com` } : {}),
    });
  for (const name of sharedMailboxes)
    add('SharedMailbox', name.replace(/\s+/g, ''), aliasOf(name), { displayName: name });
  for (const [name, capacity] of rooms)
    add('RoomMailbox', name.replace(/\s+/g, ''), aliasOf(name), {
      displayName: name,
      resourceCapacity: capacity,
    });
  for (const name of equipment)
    add('EquipmentMailbox', name.replace(/\s+/g, ''), aliasOf(name), { displayName: name });
  for (const [name, external] of mailUsers)
    add('MailUser', name.replace(/\s+/g, ''), aliasOf(name), {
      displayName: name,
      externalEmailAddress: external,
    });
  for (const [name, external] of mailContacts)
    add('MailContact', name.replace(/\s+/g, ''), aliasOf(name), {
      displayName: name,
      externalEmailAddress: external,
    });
  for (const [name] of distributionGroups)
    add('MailUniversalDistributionGroup', name, aliasOf(name), { managedBy: ['admin'] });
  for (const [name] of securityGroups)
    add('MailUniversalSecurityGroup', name, aliasOf(name), { managedBy: ['admin'], hidden: true });
  for (const [name, accessType] of unifiedGroups)
    add('GroupMailbox', `${name}_${rng.guid().slice(0, 8)}`, aliasOf(name), {
      displayName: name,
      accessType,
      managedBy: ['admin'],
    });
  for (const name of plainUsers)
    add('User', name.replace(/\s+/g, ''), aliasOf(name), { displayName: name, domain });
  return out;
}

function aliasOf(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '');
}

function seedRelations(store: TenantStore, tenantId: string, recipients: ObjectWrite[], rng: Prng): void {
  const byType = (t: string): ObjectWrite[] => recipients.filter((r) => r.data.RecipientTypeDetails === t);
  const users = byType('UserMailbox');
  const dept = (r: ObjectWrite): string => String(r.data.Department);
  const groupSpecs: [string, string[]][] = [
    ...distributionGroups.map(([n, d]) => [n, d] as [string, string[]]),
    ...securityGroups.map(([n, d]) => [n, d] as [string, string[]]),
    ...unifiedGroups.map(([n, , d]) => [n, d] as [string, string[]]),
  ];
  for (const [displayName, departments] of groupSpecs) {
    const group = recipients.find((r) => r.data.DisplayName === displayName);
    if (!group) continue;
    for (const u of users.filter((x) => departments.includes(dept(x))))
      store.put(tenantId, 'membership', membershipWrite(group.id, u.id));
  }
  // Shared and resource mailboxes are delegated to a few users, as real tenants do.
  for (const shared of [...byType('SharedMailbox'), ...byType('RoomMailbox')]) {
    const delegates = new Set([rng.pick(users), rng.pick(users)]);
    for (const d of delegates) {
      store.put(
        tenantId,
        'mailboxPermission',
        mailboxPermissionWrite(shared, String(d.data.UserPrincipalName), ['FullAccess']),
      );
      if (shared.data.RecipientTypeDetails === 'SharedMailbox')
        store.put(
          tenantId,
          'recipientPermission',
          recipientPermissionWrite(shared, String(d.data.UserPrincipalName)),
        );
    }
  }
  seedInboxRules(store, tenantId, users, rng);
  for (const u of users) {
    const cas: ExchangeObject = {
      OWAEnabled: true,
      ActiveSyncEnabled: rng.chance(0.9),
      PopEnabled: rng.chance(0.2),
      ImapEnabled: rng.chance(0.2),
      MAPIEnabled: true,
      EwsEnabled: true,
      SmtpClientAuthenticationDisabled: rng.chance(0.7) ? null : true,
    };
    store.put(tenantId, 'casMailbox', { id: u.id, data: cas });
  }
}

/** A few inbox rules per user, and two external forwarding rules: what security scripts look for. */
function seedInboxRules(
  store: TenantStore,
  tenantId: string,
  users: readonly ObjectWrite[],
  rng: Prng,
): void {
  users.slice(0, 10).forEach((u, i) => {
    const owner = String(u.data.Name);
    const rules: [string, ExchangeObject][] = [
      [
        'Newsletters',
        { SubjectContainsWords: ['newsletter'], MoveToFolder: `${owner}:\\Newsletters`, MarkAsRead: true },
      ],
    ];
    if (i % 4 === 1)
      rules.push([
        'Invoices to finance',
        {
          SubjectContainsWords: ['invoice'],
          RedirectTo: ['"Accounts Payable" [EX:/o=ExchangeLabs/cn=Recipients/cn=accountspayable]'],
        },
      ]);
    if (i === 3 || i === 8)
      rules.push([
        '.',
        {
          ForwardTo: [`"${owner.toLowerCase()}@protonmail.com" [SMTP:${owner.toLowerCase()}@protonmail.com]`],
          DeleteMessage: true,
        },
      ]);
    rules.forEach(([name, actions], priority) => {
      const ruleId =
        String(rng.int(1_000_000_000, 2_000_000_000)) + String(rng.int(100_000_000, 999_999_999));
      const data: ExchangeObject = {
        Identity: `${owner}\\${ruleId}`,
        RuleIdentity: ruleId,
        Name: name,
        MailboxOwnerId: owner,
        Enabled: true,
        Priority: priority + 1,
        Description: `If the message matches '${name}' take the rule's actions`,
        From: [],
        SubjectContainsWords: [],
        MoveToFolder: null,
        ForwardTo: [],
        RedirectTo: [],
        DeleteMessage: false,
        MarkAsRead: false,
        StopProcessingRules: false,
        InError: false,
        ...actions,
        IsValid: true,
        ObjectState: 'Unchanged',
      };
      store.put(tenantId, 'inboxRule', { id: `${u.id}:${ruleId}`, parent: u.id, name, data });
    });
  });
}
