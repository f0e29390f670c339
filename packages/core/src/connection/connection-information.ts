// The ConnectionInformation object Get-ConnectionInformation writes: the 19 properties in the seed's order.
import { PSObject } from '@exosh/runtime';
import type { Connection } from './connection.js';
import type { ConnectionRegistry } from './registry.js';

export const connectionInformationTypeName =
  'Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectionInformation';

export const connectionInformationProperties = [
  'ConnectionId',
  'State',
  'Id',
  'Name',
  'UserPrincipalName',
  'ConnectionUri',
  'AzureAdAuthorizationEndpointUri',
  'TokenExpiryTimeUTC',
  'CertificateAuthentication',
  'ModuleName',
  'ModulePrefix',
  'Organization',
  'DelegatedOrganization',
  'AppId',
  'PageSize',
  'TenantID',
  'TokenStatus',
  'ConnectionUsedForInbuiltCmdlets',
  'IsEopSession',
] as const;

export function connectionInformation(connection: Connection, registry: ConnectionRegistry): PSObject {
  const c = connection;
  const getters: Record<(typeof connectionInformationProperties)[number], () => unknown> = {
    ConnectionId: () => c.connectionId,
    State: () => c.state,
    Id: () => c.id,
    Name: () => c.name,
    UserPrincipalName: () => c.userPrincipalName,
    ConnectionUri: () => c.connectionUri,
    AzureAdAuthorizationEndpointUri: () => c.azureAdAuthorizationEndpointUri,
    TokenExpiryTimeUTC: () => c.tokenExpiryTimeUTC,
    CertificateAuthentication: () => c.certificateAuthentication,
    ModuleName: () => c.moduleName,
    ModulePrefix: () => c.modulePrefix,
    Organization: () => c.organization,
    DelegatedOrganization: () => c.delegatedOrganization,
    AppId: () => c.appId,
    PageSize: () => c.pageSize,
    TenantID: () => c.tenantId,
    TokenStatus: () => c.tokenStatus(),
    ConnectionUsedForInbuiltCmdlets: () => registry.latestExchange() === c,
    IsEopSession: () => c.isEopSession,
  };
  // A snapshot, as the real cmdlet returns: TokenStatus and the inbuilt flag are as of this call.
  return new PSObject({
    typeNames: [connectionInformationTypeName, 'System.Object'],
    properties: connectionInformationProperties.map((name) => [name, getters[name]()] as const),
  });
}
