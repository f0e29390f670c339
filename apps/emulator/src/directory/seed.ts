// The seeded directory: tenant contoso.onmicrosoft.com with fixed ids, its users, app registrations and managed identities.
import type { AppRegistration, DirectoryUser, RegisteredCertificate, Tenant } from './model.js';
import { DirectoryRoles, ExchangeManageAsApp } from './roles.js';

/** Fixed ids so MSAL caches, scripts and tests can rely on them across restarts. */
export const SeedIds = {
  tenantId: '6f1e4c2a-8b3d-4e5f-9a7b-1c2d3e4f5a6b',
  tenantDomain: 'contoso.onmicrosoft.com',
  adminObjectId: '0b6e2f1c-3d4a-4b5c-8d9e-0f1a2b3c4d5e',
  adminUpn: 'admin@contoso.onmicrosoft.com',
  readerObjectId: '1c7f3a2d-4e5b-4c6d-9eaf-1a2b3c4d5e6f',
  readerUpn: 'auditor@contoso.onmicrosoft.com',
  userObjectId: '2d8a4b3e-5f6c-4d7e-afb0-2b3c4d5e6f70',
  userUpn: 'adele.vance@contoso.onmicrosoft.com',
  /** Exchange Online PowerShell's first-party public client. */
  exoPowerShellClientId: 'fb78d390-0c51-40cd-8e17-fdbfab77341b',
  automationAppId: '9d3b8c1e-2f4a-4b6c-8d0e-3f5a7b9c1d2e',
  automationSpId: '4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  noRoleAppId: '7e2c9d4f-1a3b-4c5d-9e6f-7a8b9c0d1e2f',
  noRoleSpId: '5b2c3d4e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  systemIdentityAppId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  systemIdentitySpId: '6c3d4e5f-7a8b-4c9d-0e1f-2a3b4c5d6e7f',
  userIdentityAppId: '8f9a0b1c-2d3e-4f5a-9b6c-7d8e9f0a1b2c',
  userIdentitySpId: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
  userIdentityResourceId:
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/exosh/providers/Microsoft.ManagedIdentity/userAssignedIdentities/exosh-automation',
} as const;

export interface SeedCredentials {
  /** The automation app's certificate (RSA, PEM+key written to the state folder). */
  readonly appCertificate: RegisteredCertificate;
  /** The automation app's client secret (kept in the state folder, never printed). */
  readonly appSecret: string;
}

const users: readonly DirectoryUser[] = [
  {
    objectId: SeedIds.adminObjectId,
    userPrincipalName: SeedIds.adminUpn,
    displayName: 'MOD Administrator',
    roleTemplateIds: [
      DirectoryRoles.GlobalAdministrator.templateId,
      DirectoryRoles.ExchangeAdministrator.templateId,
    ],
  },
  {
    objectId: SeedIds.readerObjectId,
    userPrincipalName: SeedIds.readerUpn,
    displayName: 'Contoso Auditor',
    roleTemplateIds: [DirectoryRoles.GlobalReader.templateId],
  },
  {
    objectId: SeedIds.userObjectId,
    userPrincipalName: SeedIds.userUpn,
    displayName: 'Adele Vance',
    roleTemplateIds: [],
  },
];

function confidentialApp(
  appId: string,
  servicePrincipalId: string,
  displayName: string,
  extra: Partial<AppRegistration>,
): AppRegistration {
  return {
    appId,
    servicePrincipalId,
    displayName,
    publicClient: false,
    redirectUris: [],
    secrets: [],
    certificates: [],
    appRoles: [],
    roleTemplateIds: [],
    ...extra,
  };
}

export function seedTenant(credentials: SeedCredentials): Tenant {
  const exchangeAdmin = DirectoryRoles.ExchangeAdministrator.templateId;
  const apps: AppRegistration[] = [
    {
      appId: SeedIds.exoPowerShellClientId,
      servicePrincipalId: 'a0c73c16-a7e3-4564-9a95-2bdf47383716',
      displayName: 'Microsoft Exchange REST API Based PowerShell',
      publicClient: true,
      redirectUris: ['http://localhost', 'https://login.microsoftonline.com/common/oauth2/nativeclient'],
      secrets: [],
      certificates: [],
      appRoles: [],
      roleTemplateIds: [],
    },
    confidentialApp(SeedIds.automationAppId, SeedIds.automationSpId, 'exosh automation', {
      secrets: [credentials.appSecret],
      certificates: [credentials.appCertificate],
      appRoles: [ExchangeManageAsApp],
      roleTemplateIds: [exchangeAdmin],
      redirectUris: ['http://localhost'],
    }),
    confidentialApp(SeedIds.noRoleAppId, SeedIds.noRoleSpId, 'exosh no-role app', {
      secrets: [credentials.appSecret],
      certificates: [credentials.appCertificate],
    }),
    confidentialApp(
      SeedIds.systemIdentityAppId,
      SeedIds.systemIdentitySpId,
      'exosh system-assigned identity',
      {
        managedIdentity: 'system',
        appRoles: [ExchangeManageAsApp],
        roleTemplateIds: [exchangeAdmin],
      },
    ),
    confidentialApp(SeedIds.userIdentityAppId, SeedIds.userIdentitySpId, 'exosh-automation', {
      managedIdentity: 'user',
      resourceId: SeedIds.userIdentityResourceId,
      appRoles: [ExchangeManageAsApp],
      roleTemplateIds: [exchangeAdmin],
    }),
  ];
  return {
    tenantId: SeedIds.tenantId,
    displayName: 'Contoso',
    domains: [SeedIds.tenantDomain, 'contoso.com'],
    users,
    apps,
  };
}
