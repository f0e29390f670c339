// Security & Compliance: compliance searches, retention policies and sensitivity labels.
import type { CmdletHandler } from './handler.js';
import type { ExchangeObject } from '../types.js';
import { getConfig, newConfig, removeConfig } from './config-objects.js';
import { resolveOne } from './identity.js';
import { seedFrom } from '../seed/prng.js';

const searchSettings = [
  'ContentMatchQuery',
  'ExchangeLocation',
  'SharePointLocation',
  'PublicFolderLocation',
  'Description',
  'Case',
];

export const complianceHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Get-ComplianceSearch': (ctx) => {
    const caseName = ctx.params.string('Case');
    return getConfig(
      ctx,
      'complianceSearch',
      (o) => caseName === undefined || String(o.Case).toLowerCase() === caseName.toLowerCase(),
    );
  },
  'New-ComplianceSearch': (ctx) =>
    newConfig(
      ctx,
      'complianceSearch',
      {
        ContentMatchQuery: '',
        ExchangeLocation: [],
        SharePointLocation: [],
        PublicFolderLocation: [],
        Status: 'NotStarted',
        Items: 0,
        Size: 0,
        CreatedBy: ctx.caller.upn ?? 'OAuthUser',
        RunBy: '',
        JobStartTime: null,
        JobEndTime: null,
        Description: '',
        Case: '',
      },
      searchSettings,
    ),
  'Start-ComplianceSearch': (ctx) => {
    const search = resolveOne(ctx, 'complianceSearch', ctx.params.string('Identity') ?? '');
    const when = new Date(ctx.now()).toISOString();
    // Searches finish at once here; their hit counts are derived from the query so reruns agree.
    const hits = seedFrom(String(search.data.ContentMatchQuery)) % 500;
    const data: ExchangeObject = {
      ...search.data,
      Status: 'Completed',
      Items: hits,
      Size: hits * 48_213,
      JobStartTime: when,
      JobEndTime: when,
      RunBy: ctx.caller.upn ?? 'OAuthUser',
    };
    ctx.store.put(ctx.tenantId, 'complianceSearch', {
      id: search.id,
      name: String(data.Name),
      keys: [String(data.Name), search.id],
      data,
    });
    return [];
  },
  'Remove-ComplianceSearch': (ctx) => removeConfig(ctx, 'complianceSearch'),
  'Get-RetentionCompliancePolicy': (ctx) => getConfig(ctx, 'retentionPolicy'),
  'Get-Label': (ctx) => getConfig(ctx, 'label'),
};
