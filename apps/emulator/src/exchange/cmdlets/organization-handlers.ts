// Accepted domains, organization config, inbound/outbound connectors and transport rules.
import type { ExchangeObject } from '../types.js';
import type { CmdletHandler, HandlerContext, ResultItem } from './handler.js';
import { applySettings, getConfig, newConfig, removeConfig, setConfig } from './config-objects.js';
import { warningText } from '../errors/messages.js';
import { resolveOne } from './identity.js';
import { project, recipientView } from '../shape/views.js';
import { compileFilter } from '../opath/compile.js';

const inboundSettings = [
  'SenderDomains',
  'ConnectorType',
  'Enabled',
  'Comment',
  'SenderIPAddresses',
  'RequireTls',
  'RestrictDomainsToIPAddresses',
  'RestrictDomainsToCertificate',
  'TlsSenderCertificateName',
  'CloudServicesMailEnabled',
  'TreatMessagesAsInternal',
];

const inboundDefaults: ExchangeObject = {
  Enabled: true,
  ConnectorType: 'Partner',
  ConnectorSource: 'Default',
  Comment: '',
  SenderDomains: [],
  SenderIPAddresses: [],
  RequireTls: false,
  RestrictDomainsToIPAddresses: false,
  RestrictDomainsToCertificate: false,
  CloudServicesMailEnabled: false,
  TlsSenderCertificateName: null,
  TreatMessagesAsInternal: false,
  EFSkipLastIP: false,
  EFSkipIPs: [],
  ScanAndDropRecipients: [],
};

const ruleSettings = [
  'Priority',
  'Mode',
  'Comments',
  'FromScope',
  'SentToScope',
  'From',
  'SentTo',
  'SubjectContainsWords',
  'SenderDomainIs',
  'AttachmentExtensionMatchesWords',
  'BlindCopyTo',
  'ApplyHtmlDisclaimerText',
  'ApplyHtmlDisclaimerLocation',
  'ApplyHtmlDisclaimerFallbackAction',
  'RejectMessageReasonText',
  'PrependSubject',
  'SetSCL',
  'DeleteMessage',
  'StopRuleProcessing',
];

const ruleFilterable = [
  'Name',
  'State',
  'Mode',
  'Priority',
  'Description',
  'Comments',
  'Guid',
  'WhenChanged',
];

function* transportRules(ctx: HandlerContext): Generator<ResultItem> {
  const state = ctx.params.string('State');
  const filter = ctx.params.string('Filter');
  const predicate = filter === undefined ? () => true : compileFilter(filter, ruleFilterable);
  const rules = [...getConfig(ctx, 'transportRule', (o) => state === undefined || o.State === state)];
  // Rules come back in priority order, as Exchange applies them.
  rules.sort((a, b) => Number(a.object.Priority) - Number(b.object.Priority));
  for (const r of rules) if (predicate(r.object)) yield { object: r.object };
}

function newTransportRule(ctx: HandlerContext): ResultItem[] {
  const count = ctx.store.count(ctx.tenantId, 'transportRule');
  const priority = ctx.params.number('Priority') ?? count;
  // Inserting at a priority shifts the rules at and below it down by one.
  for (const r of ctx.store.list(ctx.tenantId, 'transportRule'))
    if (Number(r.data.Priority) >= priority)
      ctx.store.put(ctx.tenantId, 'transportRule', {
        id: r.id,
        name: String(r.data.Name),
        keys: [String(r.data.Name), r.id],
        data: { ...r.data, Priority: Number(r.data.Priority) + 1 },
      });
  const enabled = ctx.params.boolean('Enabled') ?? true;
  const [item] = newConfig(
    ctx,
    'transportRule',
    {
      Priority: priority,
      State: enabled ? 'Enabled' : 'Disabled',
      Mode: 'Enforce',
      Description: '',
      Comments: '',
      RuleVersion: '15.0.5.2',
      StopRuleProcessing: false,
    },
    ruleSettings,
  );
  return item ? [item] : [];
}

function removeTransportRule(ctx: HandlerContext): [] {
  removeConfig(ctx, 'transportRule');
  const rules = ctx.store
    .list(ctx.tenantId, 'transportRule')
    .sort((a, b) => Number(a.data.Priority) - Number(b.data.Priority));
  rules.forEach((r, i) => {
    if (Number(r.data.Priority) !== i)
      ctx.store.put(ctx.tenantId, 'transportRule', {
        id: r.id,
        name: String(r.data.Name),
        keys: [String(r.data.Name), r.id],
        data: { ...r.data, Priority: i },
      });
  });
  return [];
}

const organizationSettings = [
  'AuditDisabled',
  'MailTipsAllTipsEnabled',
  'MailTipsExternalRecipientsTipsEnabled',
  'MailTipsLargeAudienceThreshold',
  'FocusedInboxOn',
  'OAuth2ClientProfileEnabled',
  'SmtpActionableMessagesEnabled',
  'ReadTrackingEnabled',
  'CustomerLockboxEnabled',
  'ConnectorsEnabled',
  'ActivityBasedAuthenticationTimeoutEnabled',
  'EwsEnabled',
];

function setOrganizationConfig(ctx: HandlerContext): [] {
  const [config] = ctx.store.list(ctx.tenantId, 'organizationConfig');
  if (!config) return [];
  const data: ExchangeObject = { ...config.data };
  const before = JSON.stringify(data);
  applySettings(ctx, data, organizationSettings);
  if (JSON.stringify(data) === before) ctx.warn(warningText('NoSettingsModified', String(data.Name)));
  else
    ctx.store.put(ctx.tenantId, 'organizationConfig', {
      id: config.id,
      name: String(data.Name),
      keys: [String(data.Name), config.id],
      data,
    });
  return [];
}

function setRuleState(ctx: HandlerContext, state: 'Enabled' | 'Disabled'): [] {
  const rule = resolveOne(ctx, 'transportRule', ctx.params.string('Identity') ?? '');
  const data: ExchangeObject = { ...rule.data, State: state };
  const mode = ctx.params.string('Mode');
  if (mode) data.Mode = mode;
  ctx.store.put(ctx.tenantId, 'transportRule', {
    id: rule.id,
    name: String(data.Name),
    keys: [String(data.Name), rule.id],
    data,
  });
  return [];
}

const roleGroupFilterable = [
  'Name',
  'Description',
  'RoleGroupType',
  'Members',
  'Roles',
  'ManagedBy',
  'Guid',
  'WhenCreated',
];

function* roleGroups(ctx: HandlerContext): Generator<ResultItem> {
  const filter = ctx.params.string('Filter');
  const predicate = filter === undefined ? () => true : compileFilter(filter, roleGroupFilterable);
  yield* getConfig(ctx, 'roleGroup', predicate);
}

function* roleGroupMembers(ctx: HandlerContext): Generator<ResultItem> {
  const group = resolveOne(ctx, 'roleGroup', ctx.params.string('Identity') ?? '');
  for (const name of (group.data.Members as string[] | undefined) ?? []) {
    const member = ctx.store.findByKey(ctx.tenantId, 'recipient', name)[0];
    if (member) yield { object: project(member.data, recipientView) };
  }
}

export const organizationHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Get-AcceptedDomain': (ctx) => getConfig(ctx, 'acceptedDomain'),
  'Get-OrganizationConfig': (ctx) => getConfig(ctx, 'organizationConfig'),
  'Get-InboundConnector': (ctx) => getConfig(ctx, 'inboundConnector'),
  'New-InboundConnector': (ctx) => newConfig(ctx, 'inboundConnector', inboundDefaults, inboundSettings),
  'Set-InboundConnector': (ctx) => setConfig(ctx, 'inboundConnector', inboundSettings),
  'Remove-InboundConnector': (ctx) => removeConfig(ctx, 'inboundConnector'),
  'Get-OutboundConnector': (ctx) => {
    const scoped = ctx.params.boolean('IsTransportRuleScoped');
    return getConfig(
      ctx,
      'outboundConnector',
      (o) => scoped === undefined || o.IsTransportRuleScoped === scoped,
    );
  },
  'Get-TransportRule': transportRules,
  'New-TransportRule': newTransportRule,
  'Remove-TransportRule': removeTransportRule,
  'Set-TransportRule': (ctx) => setConfig(ctx, 'transportRule', ruleSettings),
  'Enable-TransportRule': (ctx) => setRuleState(ctx, 'Enabled'),
  'Disable-TransportRule': (ctx) => setRuleState(ctx, 'Disabled'),
  'Set-OrganizationConfig': setOrganizationConfig,
  'Get-RoleGroup': roleGroups,
  'Get-RoleGroupMember': roleGroupMembers,
};
