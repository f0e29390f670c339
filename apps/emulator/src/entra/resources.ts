// Maps requested scopes to the one resource a token is for (its `aud`), as Entra ID does for v2 scopes.
export type ResourceKind = 'exchange' | 'compliance' | 'graph';

export interface Resource {
  readonly kind: ResourceKind;
  /** The `aud` claim of tokens issued for it. */
  readonly audience: string;
  /** Delegated permissions granted for `/.default` (claim `scp`). */
  readonly defaultScopes: readonly string[];
}

export const OidcScopes: ReadonlySet<string> = new Set(['openid', 'profile', 'offline_access', 'email']);

export const ExchangeOnlineAudience = 'https://outlook.office365.com';
export const ComplianceAudience = 'https://ps.compliance.protection.outlook.com';
const GraphAudience = 'https://graph.microsoft.com';

/**
 * Known resources. The emulator's own URL is the Exchange REST base, so `<url>/.default` is the scope a
 * client asks for to call the emulator's Exchange API; `<url>/compliance/.default` is Security & Compliance.
 */
export function knownResources(baseUrl: string): readonly (Resource & { aliases: readonly string[] })[] {
  return [
    { kind: 'exchange', audience: baseUrl, defaultScopes: ['Exchange.Manage'], aliases: [baseUrl] },
    {
      kind: 'exchange',
      audience: ExchangeOnlineAudience,
      defaultScopes: ['Exchange.Manage'],
      aliases: [ExchangeOnlineAudience, '00000002-0000-0ff1-ce00-000000000000'],
    },
    {
      kind: 'compliance',
      audience: `${baseUrl}/compliance`,
      defaultScopes: ['Exchange.Manage'],
      aliases: [`${baseUrl}/compliance`],
    },
    {
      kind: 'compliance',
      audience: ComplianceAudience,
      defaultScopes: ['Exchange.Manage'],
      aliases: [ComplianceAudience],
    },
    {
      kind: 'graph',
      audience: GraphAudience,
      defaultScopes: ['User.Read'],
      aliases: [GraphAudience, '00000003-0000-0000-c000-000000000000'],
    },
  ];
}

export type ScopeResolution =
  | { ok: true; resource: Resource; scp: readonly string[]; oidc: readonly string[]; isDefault: boolean }
  | { ok: false; reason: 'empty' | 'unknown-resource' | 'mixed-resources'; detail: string };

function split(scope: string): { resource: string; permission: string } {
  const i = scope.lastIndexOf('/');
  return i < 0
    ? { resource: '', permission: scope }
    : { resource: scope.slice(0, i), permission: scope.slice(i + 1) };
}

/** `resourceOnly`: managed identity passes `resource` (no permission segment). */
export function resolveScopes(scopes: readonly string[], baseUrl: string): ScopeResolution {
  const resources = knownResources(baseUrl);
  const oidc = scopes.filter((s) => OidcScopes.has(s.toLowerCase()));
  const rest = scopes.filter((s) => !OidcScopes.has(s.toLowerCase()));
  if (rest.length === 0) {
    if (oidc.length === 0) return { ok: false, reason: 'empty', detail: '' };
    const graph = resources.find((r) => r.kind === 'graph') as Resource;
    return { ok: true, resource: graph, scp: graph.defaultScopes, oidc, isDefault: false };
  }
  let found: Resource | undefined;
  const scp: string[] = [];
  let isDefault = false;
  for (const scope of rest) {
    const { resource: raw, permission } = split(scope);
    // `https://outlook.office365.com//.default` (a v1 resource with its trailing slash) is common; bare
    // permissions such as `User.Read` mean Microsoft Graph, as in Entra ID.
    const resource = raw === '' ? 'https://graph.microsoft.com' : raw.replace(/\/+$/, '');
    const match = resources.find((r) => r.aliases.some((a) => a.toLowerCase() === resource.toLowerCase()));
    if (!match) return { ok: false, reason: 'unknown-resource', detail: resource || scope };
    if (found && found.audience !== match.audience)
      return { ok: false, reason: 'mixed-resources', detail: scope };
    found = match;
    if (permission.toLowerCase() === '.default') {
      isDefault = true;
      scp.push(...match.defaultScopes);
    } else if (permission !== '') scp.push(permission);
  }
  const resource = found as Resource;
  return { ok: true, resource, scp: [...new Set(scp)], oidc, isDefault };
}

export function resolveResourceUri(resource: string, baseUrl: string): Resource | undefined {
  const bare = resource.replace(/\/\.default$/i, '').replace(/\/$/, '');
  return knownResources(baseUrl).find((r) => r.aliases.some((a) => a.toLowerCase() === bare.toLowerCase()));
}
