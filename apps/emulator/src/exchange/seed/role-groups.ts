// Seeds Exchange's built-in RBAC role groups with a few members (the people audit scripts look for).
import type { TenantStore } from '../store/tenant-store.js';
import { configObject } from './contoso-config.js';
import { createPrng } from './prng.js';
import { SEED_EPOCH } from './tenant-constants.js';

/** [name, description, roles, member names] */
const roleGroups: readonly [string, string, string[], string[]][] = [
  [
    'Organization Management',
    'Members of this management role group have permissions to manage Exchange objects and their properties in the Exchange organization.',
    [
      'Mail Recipients',
      'Organization Configuration',
      'Transport Rules',
      'Role Management',
      'View-Only Configuration',
    ],
    ['admin'],
  ],
  [
    'Recipient Management',
    'Members of this management role group have rights to create, manage, and remove Exchange recipient objects in the Exchange organization.',
    ['Mail Recipients', 'Distribution Groups', 'Mail Recipient Creation'],
    ['AllanD', 'SanjayP'],
  ],
  [
    'View-Only Organization Management',
    'Members of this management role group can view recipient and configuration objects and their properties in the Exchange organization.',
    ['View-Only Configuration', 'View-Only Recipients'],
    ['auditor'],
  ],
  [
    'Compliance Management',
    'This role group will allow a specified user, responsible for compliance, to properly configure and manage compliance settings within Exchange in accordance with their policy.',
    ['Audit Logs', 'Retention Management', 'Data Loss Prevention'],
    ['JoniS'],
  ],
  [
    'Help Desk',
    'Members of this management role group can view and manage the configuration for individual recipients and view recipients in an Exchange organization.',
    ['Reset Password', 'User Options', 'View-Only Recipients'],
    [],
  ],
];

export function seedRoleGroups(store: TenantStore, tenantId: string, seed: number): void {
  const rng = createPrng(seed + 11);
  const created = new Date(SEED_EPOCH - 500 * 86_400_000).toISOString();
  for (const [name, description, roles, members] of roleGroups) {
    const guid = rng.guid();
    store.put(tenantId, 'roleGroup', {
      id: guid,
      name,
      keys: [name, guid, name.replace(/[^A-Za-z]/g, '')],
      data: configObject(name, guid, created, {
        ExchangeObjectId: guid,
        Description: description,
        Roles: roles,
        Members: members,
        ManagedBy: ['Organization Management'],
        RoleGroupType: 'Standard',
        Capabilities: [],
      }),
    });
  }
}
