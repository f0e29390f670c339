// The Exchange Online admin API logic of the emulator: a pure service over a SQLite tenant store, its seed data and catalog.
export { createExchangeService, type ExchangeService, type ExchangeServiceOptions } from './service.js';
export type {
  ExchangeContext,
  ExchangeCaller,
  ExchangeEndpoint,
  ExchangeObject,
  JsonValue,
  QueryParameters,
  RequestHeaders,
  ServiceResponse,
} from './types.js';
export type { InvokeHooks } from './protocol/service-state.js';
export { exchangeServiceFactory, toExchangeContext, STORE_FILE_NAME } from './http-adapter.js';
export {
  TenantStore,
  type ObjectKind,
  type OpenStoreOptions,
  type TenantRecord,
} from './store/tenant-store.js';
export { StoreOpenError } from './store/store-open-error.js';
export { seedContoso, type SeedOptions } from './seed/contoso.js';
export { addGeneratedMailboxes, generateLargeTenant, type LargeTenantOptions } from './seed/large-tenant.js';
export {
  CONTOSO_TENANT_ID,
  CONTOSO_DOMAIN,
  CONTOSO_VANITY_DOMAIN,
  CONTOSO_ADMIN_UPN,
  SEED_EPOCH,
} from './seed/tenant-constants.js';
export { cmdletCatalog, findCmdlet } from './catalog/index.js';
export type {
  CmdletDeclaration,
  ParameterDeclaration,
  ParameterType,
  ParameterSetMembership,
} from './catalog/index.js';
export { roleDefinitions } from './roles/role-definitions.js';
export { errorTable, warningTable, type ErrorId } from './errors/messages.js';
export { writeModule, PROXY_INVOKER } from './protocol/psm1-writer.js';
export { MODULE_FILE_NAME } from './protocol/module-file.js';
export { parseFilter } from './opath/parser.js';
