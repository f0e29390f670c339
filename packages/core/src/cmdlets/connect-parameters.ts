// The parameter surface of Connect-ExchangeOnline and Connect-IPPSSession, as data (names, types, positions).
import type { ParameterMetadata } from '@exosh/cmdlet-binding';
import { x509Certificate2TypeName } from '../certificates/x509-certificate2.js';

const named = (name: string, type: string, extra: Partial<ParameterMetadata> = {}): ParameterMetadata => ({
  name,
  type,
  ...extra,
});
const at = (position: number) => ({ parameterSets: { __AllParameterSets: { position } } });

export const exchangeEnvironmentNames = [
  'O365Default',
  'O365GermanyCloud',
  'O365China',
  'O365USGovGCCHigh',
  'O365USGovDoD',
];

/** Parameters both Connect cmdlets share (everything but positions and the EXO-only ones). */
const shared: ParameterMetadata[] = [
  named('AccessToken', 'string'),
  named('AppId', 'string'),
  named('BypassMailboxAnchoring', 'switch'),
  named('Certificate', x509Certificate2TypeName),
  named('CertificateFilePath', 'string'),
  named('CertificatePassword', 'securestring'),
  named('CertificateThumbprint', 'string'),
  named('Credential', 'pscredential'),
  named('DisableWAM', 'switch'),
  named('EnableErrorReporting', 'switch'),
  named('EXOModuleBasePath', 'string'),
  named('LogDirectoryPath', 'string'),
  named('LogLevel', 'LogLevel', { enumValues: ['Default', 'All'] }),
  named('Organization', 'string'),
  named('ShowBanner', 'switch'),
  named('UserPrincipalName', 'string'),
  named('UseRPSSession', 'switch'),
  named('SkipLoadingFormatData', 'switch'),
  named('SkipLoadingCmdletHelp', 'switch'),
  named('LoadCmdletHelp', 'switch'),
  named('SigningCertificate', x509Certificate2TypeName),
  named('InlineCredential', 'switch'),
];

export const connectExchangeOnlineParameters: ParameterMetadata[] = [
  named('ConnectionUri', 'string', at(0)),
  named('AzureADAuthorizationEndpointUri', 'string', at(1)),
  named('ExchangeEnvironmentName', 'ExchangeEnvironment', { ...at(2), enumValues: exchangeEnvironmentNames }),
  named('PSSessionOption', 'object', at(3)),
  named('DelegatedOrganization', 'string', at(4)),
  named('Prefix', 'string', at(5)),
  named('CommandName', 'string[]', at(6)),
  named('FormatTypeName', 'string[]', at(7)),
  ...shared,
  named('Device', 'switch'),
  named('ManagedIdentity', 'switch'),
  named('ManagedIdentityAccountId', 'string'),
  named('PageSize', 'uint32', { validation: [{ kind: 'ValidateRange', min: 1, max: 1000 }] }),
  named('ShowProgress', 'bool'),
  named('TrackPerformance', 'bool'),
  named('UseMultithreading', 'bool'),
];

export const connectIPPSSessionParameters: ParameterMetadata[] = [
  named('ConnectionUri', 'string', at(0)),
  named('AzureADAuthorizationEndpointUri', 'string', at(1)),
  named('DelegatedOrganization', 'string', at(2)),
  named('PSSessionOption', 'object', at(3)),
  named('Prefix', 'string', at(4)),
  named('CommandName', 'string[]', at(5)),
  named('FormatTypeName', 'string[]', at(6)),
  ...shared,
  named('EnableSearchOnlySession', 'switch'),
];
