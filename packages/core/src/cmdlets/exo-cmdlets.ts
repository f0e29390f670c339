// The module's own Get-EXO* cmdlets: compiled into the client (not in the service's psm1), run on the latest EXO connection.
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord, type CmdletImplementation } from '@exosh/runtime';
import type { ExchangeOnlineModule } from '../module/exchange-online-module.js';
import { proxyCmdlet } from '../proxies/proxy-cmdlet.js';

const propertySets = [
  'All',
  'Minimum',
  'AddressList',
  'Archive',
  'Audit',
  'Custom',
  'Delivery',
  'Hold',
  'Moderation',
  'Move',
  'Policy',
  'PublicFolder',
  'Quota',
  'Resource',
  'Retention',
  'SCL',
  'SoftDelete',
  'StatisticsSeed',
];

const set = (name: string, extra: object = {}) => ({ [name]: { mandatory: false, ...extra } });
const identitySets = (pipeline: boolean): ParameterMetadata[] => [
  {
    name: 'Identity',
    type: 'string',
    parameterSets: {
      Identity: { position: 0, valueFromPipeline: pipeline, valueFromPipelineByPropertyName: true },
    },
  },
  {
    name: 'ExternalDirectoryObjectId',
    type: 'guid',
    parameterSets: { ExternalDirectoryObjectId: { valueFromPipelineByPropertyName: true } },
  },
  {
    name: 'PrimarySmtpAddress',
    type: 'string',
    parameterSets: { PrimarySmtpAddress: { valueFromPipelineByPropertyName: true } },
  },
  {
    name: 'UserPrincipalName',
    type: 'string',
    parameterSets: { UserPrincipalName: { valueFromPipelineByPropertyName: true } },
  },
];
const common = (...names: [string, string, Partial<ParameterMetadata>?][]): ParameterMetadata[] =>
  names.map(([name, type, extra]) => ({ name, type, ...(extra ?? {}) }));
const properties = common(
  ['Properties', 'string[]'],
  ['PropertySets', 'string[]', { validation: [{ kind: 'ValidateSet', values: propertySets }] }],
);
const resultSize = common(['ResultSize', 'string']);

function exo(name: string, parameters: ParameterMetadata[], defaultSet = 'Identity'): CommandMetadata {
  return { name, commandType: 'Cmdlet', defaultParameterSetName: defaultSet, parameters };
}

export const exoCmdlets: readonly CommandMetadata[] = [
  exo('Get-EXOMailbox', [
    ...identitySets(true),
    { name: 'Anr', type: 'string', parameterSets: set('AnrSet') },
    ...properties,
    ...resultSize,
    ...common(
      ['Filter', 'string'],
      ['RecipientTypeDetails', 'string[]'],
      ['Archive', 'switch'],
      ['InactiveMailboxOnly', 'switch'],
      ['IncludeInactiveMailbox', 'switch'],
      ['SoftDeletedMailbox', 'switch'],
      ['PublicFolder', 'switch'],
      ['GroupMailbox', 'switch'],
      ['MailboxPlan', 'string'],
      ['OrganizationalUnit', 'string'],
      ['Async', 'switch'],
      ['UseCustomRouting', 'switch'],
    ),
  ]),
  exo('Get-EXORecipient', [
    ...identitySets(true),
    { name: 'Anr', type: 'string', parameterSets: set('AnrSet') },
    ...properties,
    ...resultSize,
    ...common(
      ['Filter', 'string'],
      ['RecipientType', 'string[]'],
      ['RecipientTypeDetails', 'string[]'],
      ['IncludeSoftDeletedRecipients', 'switch'],
      ['OrganizationalUnit', 'string'],
    ),
  ]),
  exo('Get-EXOMailboxStatistics', [
    ...identitySets(true),
    { name: 'ExchangeGuid', type: 'guid', parameterSets: set('ExchangeGuid') },
    { name: 'DatabaseGuid', type: 'guid', parameterSets: set('ExchangeGuid') },
    ...properties,
    ...common(
      ['Archive', 'switch'],
      ['IncludeSoftDeletedRecipients', 'switch'],
      ['UseCustomRouting', 'switch'],
    ),
  ]),
  exo('Get-EXOMailboxFolderStatistics', [
    ...identitySets(true),
    ...resultSize,
    ...common(
      ['FolderScope', 'string'],
      ['Archive', 'switch'],
      ['IncludeOldestAndNewestItems', 'switch'],
      ['IncludeAnalysis', 'switch'],
      ['UseCustomRouting', 'switch'],
    ),
  ]),
  exo('Get-EXOMailboxPermission', [
    ...identitySets(true),
    ...resultSize,
    ...common(['User', 'string'], ['SoftDeletedMailbox', 'switch'], ['UseCustomRouting', 'switch']),
  ]),
  exo('Get-EXORecipientPermission', [
    ...identitySets(true),
    ...resultSize,
    ...common(['Trustee', 'string'], ['AccessRights', 'string[]']),
  ]),
  exo('Get-EXOMailboxFolderPermission', [
    ...identitySets(true),
    ...common(['User', 'string'], ['GroupMailbox', 'switch'], ['UseCustomRouting', 'switch']),
  ]),
  exo('Get-EXOMobileDeviceStatistics', [
    ...identitySets(true),
    {
      name: 'Mailbox',
      type: 'string',
      parameterSets: set('Mailbox', { valueFromPipelineByPropertyName: true }),
    },
    ...common(
      ['ActiveSync', 'switch'],
      ['OWAforDevices', 'switch'],
      ['RestApi', 'switch'],
      ['UniversalOutlook', 'switch'],
    ),
  ]),
];

/** Runs on the connection Get-ConnectionInformation marks ConnectionUsedForInbuiltCmdlets. */
export function exoCmdlet(module: ExchangeOnlineModule, name: string): CmdletImplementation {
  return {
    process(rt) {
      const connection = module.registry.latestExchange();
      if (!connection) {
        rt.throwTerminatingError(
          new ErrorRecord({
            message: `No active Exchange Online connection. Run Connect-ExchangeOnline before running ${name}.`,
            errorId: 'NoActiveConnection',
            category: 'ConnectionError',
            exceptionType: 'System.InvalidOperationException',
            commandName: name,
          }),
        );
        return;
      }
      proxyCmdlet(name, connection, module.client).process?.(rt);
    },
  };
}
