// The seeded contoso tenant's fixed identity: the HTTP layer (Entra ID side) must use the same values.

export const CONTOSO_TENANT_ID = '8b5c2e3a-4f61-4d7e-9a2b-3c4d5e6f7a80';
export const CONTOSO_DOMAIN = 'contoso.onmicrosoft.com';
export const CONTOSO_VANITY_DOMAIN = 'contoso.com';
export const CONTOSO_DISPLAY_NAME = 'Contoso';
/** The seeded global administrator's mailbox; matches the emulator's default signed-in admin. */
export const CONTOSO_ADMIN_UPN = 'admin@contoso.onmicrosoft.com';
/** Fixed clock for seeded timestamps, so fixtures never depend on the day they run. */
export const SEED_EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);
