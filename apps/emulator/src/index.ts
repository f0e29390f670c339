// exosh-emulator: a local Entra ID and Exchange Online admin API emulator over HTTPS on 127.0.0.1.
export {
  startEmulator,
  DEFAULT_PORT,
  type EmulatorOptions,
  type EmulatorAppCredentials,
  type RunningEmulator,
} from './server/start.js';
export type {
  ExchangeCaller,
  ExchangeEndpointKind,
  ExchangeFaultSwitches,
  ExchangeRequestContext,
  ExchangeResponse,
  ExchangeService,
  ExchangeServiceFactory,
  ExchangeServiceOptions,
} from './server/exchange-service.js';
export { exchangeError, exchangeHeaders, CalculatedBackEnd } from './server/exchange-errors.js';
export type { EntraSettings } from './entra/settings.js';
export { authorityMetadata, type AuthorityMetadata } from './entra/discovery.js';
export { SeedIds } from './directory/seed.js';
export { EmulatorStartupError } from './state/messages.js';
export { runCli } from './cli.js';
