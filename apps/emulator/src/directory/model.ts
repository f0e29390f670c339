// The Entra ID directory the emulator serves: tenants, users, app registrations, certificates, roles.
import type { KeyObject } from 'node:crypto';

/** Entra ID built-in directory role: `wids` in tokens carry the template id. */
export interface DirectoryRole {
  readonly displayName: string;
  readonly templateId: string;
}

export interface DirectoryUser {
  readonly objectId: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  /** Directory role template ids (token claim `wids`). */
  readonly roleTemplateIds: readonly string[];
}

export interface RegisteredCertificate {
  /** base64url SHA-1 of the DER certificate (JWT header `x5t`). */
  readonly x5t: string;
  /** base64url SHA-256 of the DER certificate (JWT header `x5t#S256`). */
  readonly x5tS256: string;
  readonly publicKey: KeyObject;
}

export interface AppRegistration {
  readonly appId: string;
  readonly displayName: string;
  /** Public clients (device code, interactive) may not present a credential. */
  readonly publicClient: boolean;
  /** Exact redirect URIs; `http://localhost` also allows any port, as Entra ID does for loopback. */
  readonly redirectUris: readonly string[];
  readonly secrets: readonly string[];
  readonly certificates: readonly RegisteredCertificate[];
  /** Application permissions granted to the app (token claim `roles`), e.g. `Exchange.ManageAsApp`. */
  readonly appRoles: readonly string[];
  /** Directory roles held by the app's service principal (token claim `wids`). */
  readonly roleTemplateIds: readonly string[];
  /** Object id of the service principal (token claim `oid` for app-only tokens). */
  readonly servicePrincipalId: string;
  /** Managed identities are reached only through the managed-identity endpoint. */
  readonly managedIdentity?: 'system' | 'user';
  /** ARM resource id of a user-assigned managed identity (`mi_res_id`). */
  readonly resourceId?: string;
}

export interface Tenant {
  readonly tenantId: string;
  readonly displayName: string;
  /** Verified domains; the first is the initial `*.onmicrosoft.com` domain. */
  readonly domains: readonly string[];
  readonly users: readonly DirectoryUser[];
  readonly apps: readonly AppRegistration[];
}
