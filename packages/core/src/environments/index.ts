// The Exchange Online clouds selectable with -ExchangeEnvironmentName, and their endpoints.
export type ExchangeEnvironmentName =
  'O365Default' | 'O365USGovGCCHigh' | 'O365USGovDoD' | 'O365China' | 'O365GermanyCloud';

export interface ExchangeEnvironment {
  /** REST host for Exchange Online (ConnectionUri as Get-ConnectionInformation shows it). */
  readonly connectionUri: string;
  /** Microsoft Entra authority host; the tenant segment is added per sign-in. */
  readonly authorityHost: string;
  /** Security & Compliance front door (Connect-IPPSSession). */
  readonly complianceUri: string;
}

export const exchangeEnvironments: Readonly<Record<ExchangeEnvironmentName, ExchangeEnvironment>> = {
  O365Default: {
    connectionUri: 'https://outlook.office365.com',
    authorityHost: 'https://login.microsoftonline.com',
    complianceUri: 'https://ps.compliance.protection.outlook.com',
  },
  O365USGovGCCHigh: {
    connectionUri: 'https://outlook.office365.us',
    authorityHost: 'https://login.microsoftonline.us',
    complianceUri: 'https://ps.compliance.protection.office365.us',
  },
  O365USGovDoD: {
    connectionUri: 'https://outlook-dod.office365.us',
    authorityHost: 'https://login.microsoftonline.us',
    complianceUri: 'https://l5.ps.compliance.protection.office365.us',
  },
  O365China: {
    connectionUri: 'https://partner.outlook.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    complianceUri: 'https://ps.compliance.protection.partner.outlook.cn',
  },
  O365GermanyCloud: {
    connectionUri: 'https://outlook.office.de',
    authorityHost: 'https://login.microsoftonline.de',
    complianceUri: 'https://ps.compliance.protection.outlook.de',
  },
};

/** The token scope for a resource host: "<host>/.default", as the real module requests it. */
export function scopeFor(resourceUri: string): string {
  return `${new URL(resourceUri).origin}/.default`;
}
