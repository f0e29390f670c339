// The seeded contoso tenant's fixed identity; the same values as the directory seed in src/directory/seed.ts.

export const CONTOSO_TENANT_ID = '6f1e4c2a-8b3d-4e5f-9a7b-1c2d3e4f5a6b';
export const CONTOSO_DOMAIN = 'contoso.onmicrosoft.com';
export const CONTOSO_VANITY_DOMAIN = 'contoso.com';
export const CONTOSO_DISPLAY_NAME = 'Contoso';
/** The seeded global administrator's mailbox; matches the emulator's default signed-in admin. */
export const CONTOSO_ADMIN_UPN = 'admin@contoso.onmicrosoft.com';
/** Fixed clock for seeded timestamps, so fixtures never depend on the day they run. */
export const SEED_EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);
