// @exosh/core: the ExchangeOnlineManagement module (connections, sign-in, REST client, proxy cmdlets).
export {
  exchangeEnvironments,
  scopeFor,
  type ExchangeEnvironment,
  type ExchangeEnvironmentName,
} from './environments/index.js';
export {
  ExchangeOnlineModule,
  registerExchangeOnlineModule,
  moduleName,
  type ExchangeOnlineModuleOptions,
} from './module/exchange-online-module.js';
export { Connection, type ConnectionInit } from './connection/connection.js';
export { ConnectionRegistry } from './connection/registry.js';
export {
  connectionInformationProperties,
  connectionInformationTypeName,
} from './connection/connection-information.js';
export type { EmulatorTarget } from './connection/endpoints.js';
export { prefixedName } from './proxies/proxy-names.js';
