// Seeds tenant-wide configuration: accepted domains, organization config, connectors, transport rules, compliance objects.
import type { TenantStore } from '../store/tenant-store.js';
import type { ExchangeObject } from '../types.js';
import type { Prng } from './prng.js';
import { CONTOSO_VANITY_DOMAIN, SEED_EPOCH } from './tenant-constants.js';

const day = 86_400_000;
const at = (daysBefore: number): string => new Date(SEED_EPOCH - daysBefore * day).toISOString();

/** Common shape of a configuration object: its Identity is its Name. */
export function configObject(
  name: string,
  guid: string,
  created: string,
  props: ExchangeObject,
): ExchangeObject {
  return {
    Identity: name,
    Id: name,
    Name: name,
    Guid: guid,
    ...props,
    WhenCreated: created,
    WhenChanged: created,
    WhenCreatedUTC: created,
    WhenChangedUTC: created,
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}

export function seedConfiguration(store: TenantStore, tenantId: string, domain: string, rng: Prng): void {
  const put = (
    kind: Parameters<TenantStore['put']>[1],
    name: string,
    props: ExchangeObject,
    created = at(400),
  ): void => {
    const guid = rng.guid();
    store.put(tenantId, kind, {
      id: guid,
      name,
      keys: [name, guid],
      data: configObject(name, guid, created, props),
    });
  };
  const domains: [string, string, boolean, boolean][] = [
    [domain, 'Authoritative', false, true],
    [CONTOSO_VANITY_DOMAIN, 'Authoritative', true, false],
    [domain.replace('.onmicrosoft.com', '.mail.onmicrosoft.com'), 'Authoritative', false, false],
    ['fabrikam.com', 'InternalRelay', false, false],
  ];
  for (const [name, type, isDefault, initial] of domains)
    put('acceptedDomain', name, {
      DomainName: name,
      DomainType: type,
      Default: isDefault,
      InitialDomain: initial,
      AddressBookEnabled: type === 'Authoritative',
      MatchSubDomains: false,
      SendingFromDomainDisabled: false,
      AuthenticationType: 'Managed',
      IsCoexistenceDomain: name.includes('.mail.onmicrosoft.com'),
    });
  put('organizationConfig', domain, {
    DisplayName: 'Contoso',
    OrganizationId: domain,
    IsDehydrated: false,
    AuditDisabled: false,
    OAuth2ClientProfileEnabled: true,
    ModernAuthenticationEnabled: true,
    MailTipsAllTipsEnabled: true,
    MailTipsExternalRecipientsTipsEnabled: false,
    MailTipsLargeAudienceThreshold: 25,
    DefaultPublicFolderAgeLimit: null,
    PublicFoldersEnabled: 'Local',
    FocusedInboxOn: true,
    ReadTrackingEnabled: false,
    SmtpActionableMessagesEnabled: true,
    CustomerLockboxEnabled: false,
    ConnectorsEnabled: true,
    ActivityBasedAuthenticationTimeoutEnabled: true,
    ActivityBasedAuthenticationTimeoutInterval: '06:00:00',
    EwsEnabled: null,
    DistributionGroupNameBlockedWordsList: [],
    DistributionGroupNamingPolicy: '',
    MaxConcurrentMigrations: 300,
    IsMixedMode: false,
    ServicePlan: 'BPOS_L_Standard',
    RBACConfigurationVersion: '0.1 (8.0.535.0)',
    AdminDisplayVersion: '0.20 (15.20.8293.000)',
  });
  put('inboundConnector', 'Inbound from Contoso on-premises', {
    Enabled: true,
    ConnectorType: 'OnPremises',
    ConnectorSource: 'Default',
    Comment: 'Hybrid mail flow',
    SenderDomains: ['smtp:*;1'],
    SenderIPAddresses: ['203.0.113.10', '203.0.113.11'],
    RequireTls: true,
    RestrictDomainsToIPAddresses: false,
    RestrictDomainsToCertificate: false,
    CloudServicesMailEnabled: true,
    TlsSenderCertificateName: `mail.${CONTOSO_VANITY_DOMAIN}`,
    TreatMessagesAsInternal: false,
    EFSkipLastIP: false,
    EFSkipIPs: [],
    ScanAndDropRecipients: [],
  });
  put('inboundConnector', 'Partner Fabrikam TLS', {
    Enabled: true,
    ConnectorType: 'Partner',
    ConnectorSource: 'Default',
    Comment: '',
    SenderDomains: ['smtp:fabrikam.com;1'],
    SenderIPAddresses: [],
    RequireTls: true,
    RestrictDomainsToIPAddresses: false,
    RestrictDomainsToCertificate: true,
    CloudServicesMailEnabled: false,
    TlsSenderCertificateName: 'mail.fabrikam.com',
    TreatMessagesAsInternal: false,
    EFSkipLastIP: false,
    EFSkipIPs: [],
    ScanAndDropRecipients: [],
  });
  put('outboundConnector', 'Outbound to Contoso on-premises', {
    Enabled: true,
    ConnectorType: 'OnPremises',
    ConnectorSource: 'HybridWizard',
    Comment: 'Hybrid mail flow',
    RecipientDomains: [CONTOSO_VANITY_DOMAIN],
    SmartHosts: [`mail.${CONTOSO_VANITY_DOMAIN}`],
    UseMXRecord: false,
    TlsSettings: 'DomainValidation',
    TlsDomain: `mail.${CONTOSO_VANITY_DOMAIN}`,
    IsTransportRuleScoped: false,
    RouteAllMessagesViaOnPremises: false,
    CloudServicesMailEnabled: true,
    AllAcceptedDomains: false,
    SenderRewritingEnabled: false,
  });
  put('outboundConnector', 'Encrypted to Woodgrove Bank', {
    Enabled: false,
    ConnectorType: 'Partner',
    ConnectorSource: 'Default',
    Comment: '',
    RecipientDomains: ['woodgrovebank.com'],
    SmartHosts: [],
    UseMXRecord: true,
    TlsSettings: 'EncryptionOnly',
    TlsDomain: null,
    IsTransportRuleScoped: false,
    RouteAllMessagesViaOnPremises: false,
    CloudServicesMailEnabled: false,
    AllAcceptedDomains: false,
    SenderRewritingEnabled: false,
  });
  const rules: [string, ExchangeObject][] = [
    [
      'External sender disclaimer',
      {
        FromScope: 'NotInOrganization',
        ApplyHtmlDisclaimerText: '<p>[EXTERNAL] This message came from outside Contoso.</p>',
        ApplyHtmlDisclaimerLocation: 'Prepend',
        ApplyHtmlDisclaimerFallbackAction: 'Wrap',
      },
    ],
    [
      'Block executable attachments',
      {
        AttachmentExtensionMatchesWords: ['exe', 'js', 'vbs'],
        RejectMessageReasonText: 'Executable attachments are not allowed.',
      },
    ],
    ['Bypass spam filtering for partners', { SenderDomainIs: ['fabrikam.com'], SetSCL: -1 }],
    ['Copy legal mail to archive', { SentTo: ['JoniS'], BlindCopyTo: ['Info'], State: 'Disabled' }],
  ];
  rules.forEach(([name, props], i) =>
    put('transportRule', name, {
      Priority: i,
      State: 'Enabled',
      Mode: 'Enforce',
      Description: `If the message matches the conditions of '${name}'`,
      Comments: '',
      RuleVersion: '15.0.5.2',
      SenderAddressLocation: 'Header',
      StopRuleProcessing: false,
      ...props,
    }),
  );
  seedCompliance(put);
}

type Put = (
  kind: Parameters<TenantStore['put']>[1],
  name: string,
  props: ExchangeObject,
  created?: string,
) => void;

function seedCompliance(put: Put): void {
  const searches: [string, string, string[]][] = [
    ['Litigation 2025-017', 'subject:"Project Falcon"', ['All']],
    ['HR investigation', 'from:DiegoS@contoso.com AND sent>=2025-06-01', ['DiegoS@contoso.com']],
    ['Phishing cleanup', 'subject:"Invoice overdue" AND hasattachment:true', ['All']],
  ];
  searches.forEach(([name, query, locations], i) =>
    put(
      'complianceSearch',
      name,
      {
        ContentMatchQuery: query,
        ExchangeLocation: locations,
        SharePointLocation: [],
        PublicFolderLocation: [],
        Status: 'Completed',
        Items: 120 + i * 37,
        Size: 5_242_880 * (i + 1),
        CreatedBy: 'MOD Administrator',
        RunBy: 'MOD Administrator',
        JobStartTime: at(30 - i),
        JobEndTime: at(30 - i),
        Description: '',
        Case: '',
      },
      at(30 - i),
    ),
  );
  const policies: [string, string, boolean][] = [
    ['Default Retention 7 Years', 'All', true],
    ['Teams Chat 1 Year', 'All', true],
    ['Legal Hold Pilot', 'JoniS@contoso.com', false],
  ];
  for (const [name, location, enabled] of policies)
    put('retentionPolicy', name, {
      Enabled: enabled,
      Mode: 'Enforce',
      Type: 'Compliance',
      ExchangeLocation: [location],
      SharePointLocation: [],
      OneDriveLocation: [],
      TeamsChatLocation: name.startsWith('Teams') ? ['All'] : [],
      DistributionStatus: 'Success',
      Comment: '',
      RetentionRuleTypes: ['Default'],
    });
  const labels: [string, number][] = [
    ['Public', 0],
    ['General', 1],
    ['Confidential', 2],
    ['Highly Confidential', 3],
  ];
  for (const [name, priority] of labels)
    put('label', name, {
      DisplayName: name,
      Priority: priority,
      Tooltip: `Data classified as ${name}.`,
      ContentType: 'File, Email',
      Disabled: false,
      Mode: 'Enforce',
      ParentId: null,
      EncryptionEnabled: priority >= 2,
    });
}
