// Connection: one Connect-ExchangeOnline / Connect-IPPSSession call, with the seed page's 19 properties.
import type { ConnectionLog } from '../logging/connection-log.js';
import { DateTimeOffsetUtc } from './date-time-offset.js';

export type ConnectionState = 'Connected' | 'Broken';
export type TokenStatus = 'Active' | 'Expired';

export interface ConnectionInit {
  readonly connectionId: string;
  readonly id: number;
  readonly isEopSession: boolean;
  readonly userPrincipalName: string;
  readonly connectionUri: string;
  readonly azureAdAuthorizationEndpointUri: string;
  readonly tokenExpiresOn: Date | null;
  readonly certificateAuthentication: boolean;
  readonly moduleName: string;
  readonly modulePrefix: string;
  readonly organization: string;
  readonly delegatedOrganization: string;
  readonly appId: string;
  readonly pageSize: number;
  readonly tenantId: string;
  /** The I/O worker's key for this connection's token source (tokens never leave the worker). */
  readonly authKey: string;
  /** Base of the admin REST API for this connection (`<host>/adminapi/beta/<tenant>`). */
  readonly restBase: string;
}

export class Connection {
  readonly connectionId: string;
  readonly id: number;
  readonly name: string;
  readonly isEopSession: boolean;
  readonly userPrincipalName: string;
  readonly connectionUri: string;
  readonly azureAdAuthorizationEndpointUri: string;
  readonly certificateAuthentication: boolean;
  readonly moduleName: string;
  readonly modulePrefix: string;
  readonly organization: string;
  readonly delegatedOrganization: string;
  readonly appId: string;
  readonly pageSize: number;
  readonly tenantId: string;
  readonly authKey: string;
  readonly restBase: string;
  state: ConnectionState = 'Connected';
  tokenExpiresOn: Date | null;
  /** -EnableErrorReporting's log (src/logging), when it is on for this connection. */
  log: ConnectionLog | undefined;
  /** Names of the proxy commands registered for this connection (removed on disconnect). */
  readonly commandNames: string[] = [];

  constructor(init: ConnectionInit) {
    this.connectionId = init.connectionId;
    this.id = init.id;
    this.name = `${init.isEopSession ? 'ExchangeOnlineProtection' : 'ExchangeOnline'}_${init.id}`;
    this.isEopSession = init.isEopSession;
    this.userPrincipalName = init.userPrincipalName;
    this.connectionUri = init.connectionUri;
    this.azureAdAuthorizationEndpointUri = init.azureAdAuthorizationEndpointUri;
    this.tokenExpiresOn = init.tokenExpiresOn;
    this.certificateAuthentication = init.certificateAuthentication;
    this.moduleName = init.moduleName;
    this.modulePrefix = init.modulePrefix;
    this.organization = init.organization;
    this.delegatedOrganization = init.delegatedOrganization;
    this.appId = init.appId;
    this.pageSize = init.pageSize;
    this.tenantId = init.tenantId;
    this.authKey = init.authKey;
    this.restBase = init.restBase;
  }

  /** A Broken connection has no usable token (its TokenExpiryTimeUTC is empty too), whatever the last one's expiry. */
  tokenStatus(now = new Date()): TokenStatus {
    return this.state !== 'Broken' && this.tokenExpiresOn && this.tokenExpiresOn.getTime() > now.getTime()
      ? 'Active'
      : 'Expired';
  }

  get tokenExpiryTimeUTC(): DateTimeOffsetUtc | null {
    return this.state === 'Broken' || !this.tokenExpiresOn
      ? null
      : new DateTimeOffsetUtc(this.tokenExpiresOn);
  }
}
