// Security & Compliance: compliance searches, retention policies and sensitivity labels.
import type { CmdletHandler } from './handler.js';
import { getConfig, newConfig } from './config-objects.js';

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
  'Get-RetentionCompliancePolicy': (ctx) => getConfig(ctx, 'retentionPolicy'),
  'Get-Label': (ctx) => getConfig(ctx, 'label'),
};
