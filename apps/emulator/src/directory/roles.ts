// Entra ID built-in role template ids (public, fixed across tenants) used in `wids`.
import type { DirectoryRole } from './model.js';

export const DirectoryRoles = {
  GlobalAdministrator: {
    displayName: 'Global Administrator',
    templateId: '62e90394-69f5-4237-9190-012177145e10',
  },
  ExchangeAdministrator: {
    displayName: 'Exchange Administrator',
    templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  },
  ComplianceAdministrator: {
    displayName: 'Compliance Administrator',
    templateId: '17315797-102d-40b4-93e0-432062caca18',
  },
  GlobalReader: { displayName: 'Global Reader', templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451' },
  HelpdeskAdministrator: {
    displayName: 'Helpdesk Administrator',
    templateId: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  },
} as const satisfies Record<string, DirectoryRole>;

/** Application permission an app needs to call the Exchange admin API app-only. */
export const ExchangeManageAsApp = 'Exchange.ManageAsApp';
