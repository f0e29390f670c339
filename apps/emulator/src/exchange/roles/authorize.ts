// Role checks: whether a caller's roles let it run a cmdlet on an endpoint.
import type { CmdletDeclaration } from '../catalog/types.js';
import type { ExchangeCaller, ExchangeEndpoint } from '../types.js';
import { roleDefinitions } from './role-definitions.js';
import { wildcardMatch } from '../shape/wildcard.js';

const rolesByLowerName = new Map(Object.entries(roleDefinitions).map(([k, v]) => [k.toLowerCase(), v]));

export function isAllowed(
  caller: ExchangeCaller,
  endpoint: ExchangeEndpoint,
  cmdlet: CmdletDeclaration,
): boolean {
  if (cmdlet.endpoint !== endpoint) return false;
  return caller.roles.some((role) =>
    (rolesByLowerName.get(role.toLowerCase())?.[endpoint] ?? []).some((pattern) =>
      wildcardMatch(pattern, cmdlet.name),
    ),
  );
}
