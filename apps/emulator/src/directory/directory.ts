// Lookups over the directory: tenant by GUID/domain/organizations/common (case-insensitive), apps and users.
import type { AppRegistration, DirectoryUser, Tenant } from './model.js';

export type TenantLookup =
  | { kind: 'tenant'; tenant: Tenant }
  /** `organizations` / `common`: the tenant is decided by the credential, the default tenant otherwise. */
  | { kind: 'multi'; segment: 'organizations' | 'common'; tenant: Tenant }
  | { kind: 'not-found'; segment: string }
  | { kind: 'invalid'; segment: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export class Directory {
  readonly tenants: readonly Tenant[];

  constructor(tenants: readonly Tenant[]) {
    if (tenants.length === 0) throw new Error('A directory needs at least one tenant.');
    this.tenants = tenants;
  }

  get defaultTenant(): Tenant {
    return this.tenants[0] as Tenant;
  }

  resolveTenant(segment: string): TenantLookup {
    const s = segment.toLowerCase();
    if (s === 'organizations' || s === 'common')
      return { kind: 'multi', segment: s, tenant: this.defaultTenant };
    if (GUID.test(s)) {
      const t = this.tenants.find((x) => x.tenantId.toLowerCase() === s);
      return t ? { kind: 'tenant', tenant: t } : { kind: 'not-found', segment };
    }
    if (!DOMAIN.test(s)) return { kind: 'invalid', segment };
    const t = this.tenants.find((x) => x.domains.some((d) => d.toLowerCase() === s));
    return t ? { kind: 'tenant', tenant: t } : { kind: 'not-found', segment };
  }

  tenantById(tenantId: string): Tenant | undefined {
    return this.tenants.find((t) => t.tenantId.toLowerCase() === tenantId.toLowerCase());
  }

  findApp(tenant: Tenant, appId: string): AppRegistration | undefined {
    const id = appId.toLowerCase();
    return tenant.apps.find((a) => a.appId.toLowerCase() === id);
  }

  /** By UPN (case-insensitive) or object id. */
  findUser(tenant: Tenant, upnOrOid: string): DirectoryUser | undefined {
    const k = upnOrOid.toLowerCase();
    return tenant.users.find(
      (u) => u.userPrincipalName.toLowerCase() === k || u.objectId.toLowerCase() === k,
    );
  }

  /** The user a login hint names, in any tenant (used by `organizations`). */
  findUserAnywhere(upn: string): { tenant: Tenant; user: DirectoryUser } | undefined {
    for (const tenant of this.tenants) {
      const user = this.findUser(tenant, upn);
      if (user) return { tenant, user };
    }
    return undefined;
  }

  defaultUser(tenant: Tenant): DirectoryUser {
    const user = tenant.users[0];
    if (!user) throw new Error(`Tenant ${tenant.tenantId} has no users.`);
    return user;
  }
}
