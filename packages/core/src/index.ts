// @exosh/core: the ExchangeOnlineManagement module (connections, sign-in, REST client, proxy cmdlets).
export {
  exchangeEnvironments,
  scopeFor,
  type ExchangeEnvironment,
  type ExchangeEnvironmentName,
} from './environments/index.js';
