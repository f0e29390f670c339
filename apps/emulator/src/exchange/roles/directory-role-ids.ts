// Entra ID built-in role template ids (fixed across tenants, carried in the token's `wids`) -> role names used in role-definitions.

export const directoryRoleNames: Readonly<Record<string, string>> = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  '29232cdf-9323-42fd-ade2-1d097af3e4de': 'Exchange Administrator',
  '31392ffb-586c-42d1-9346-e59415a2cc4e': 'Exchange Recipient Administrator',
  'f2ef992c-3afb-46b9-b7cf-a126ee74c451': 'Global Reader',
  '17315797-102d-40b4-93e0-432062caca18': 'Compliance Administrator',
  '5d6b6bb7-de71-4623-b4af-96380a352509': 'Security Reader',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': 'Helpdesk Administrator',
};

/** Role names for a token's wids; unknown ids are kept as they are (they grant nothing). */
export function rolesFromWids(wids: readonly string[]): string[] {
  return wids.map((w) => directoryRoleNames[w.toLowerCase()] ?? w);
}
