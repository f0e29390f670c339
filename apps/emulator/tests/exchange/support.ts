// Test helpers: a seeded in-memory contoso tenant, a service with a fixed clock, and a one-call invoke().
import {
  CONTOSO_ADMIN_UPN,
  CONTOSO_DOMAIN,
  CONTOSO_TENANT_ID,
  SEED_EPOCH,
  TenantStore,
  createExchangeService,
  seedContoso,
  type ExchangeContext,
  type ExchangeEndpoint,
  type ExchangeService,
  type JsonValue,
  type ServiceResponse,
} from '../../src/exchange/index.js';

export const BASE_URL = 'https://127.0.0.1:8443';

export interface Harness {
  readonly store: TenantStore;
  readonly service: ExchangeService;
  /** Mutable clock: tests move it to expire paging tokens. */
  clock: { now: number };
}

export function createHarness(): Harness {
  const store = TenantStore.open({ path: ':memory:' });
  seedContoso(store);
  const clock = { now: SEED_EPOCH };
  return { store, service: createExchangeService({ store, now: () => clock.now }), clock };
}

export function context(
  roles: readonly string[] = ['Global Administrator'],
  endpoint: ExchangeEndpoint = 'exchange',
): ExchangeContext {
  return {
    tenantId: CONTOSO_TENANT_ID,
    tenantDomain: CONTOSO_DOMAIN,
    endpoint,
    baseUrl: BASE_URL,
    caller: { upn: CONTOSO_ADMIN_UPN, appId: 'fb78d390-0c51-40cd-8e17-fdbfab77341b', roles },
  };
}

export interface InvokeOptions {
  readonly ctx?: ExchangeContext;
  readonly headers?: Record<string, string>;
  readonly query?: Record<string, string>;
}

/** The parsed parts of an InvokeCommand response. */
export interface InvokeResult {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly value: Record<string, JsonValue>[];
  readonly warnings: string[];
  readonly errors: string[];
  readonly nextLink?: string;
  readonly confirmation?: string;
  readonly error?: {
    code: string;
    message: string;
    details: { code: string; target: string; message: string }[];
  };
}

export function body(cmdletName: string, parameters: Record<string, JsonValue> = {}): JsonValue {
  return { CmdletInput: { CmdletName: cmdletName, Parameters: parameters } };
}

export function invoke(
  h: Harness,
  cmdletName: string,
  parameters: Record<string, JsonValue> = {},
  o: InvokeOptions = {},
): InvokeResult {
  const r = h.service.invokeCommand(
    o.ctx ?? context(),
    body(cmdletName, parameters),
    o.query ?? {},
    o.headers ?? {},
  );
  return parse(r);
}

export function parse(r: ServiceResponse): InvokeResult {
  const b = r.body as Record<string, unknown>;
  return {
    status: r.status,
    headers: r.headers,
    value: (b.value as Record<string, JsonValue>[] | undefined) ?? [],
    warnings: (b['@adminapi.warnings'] as string[] | undefined) ?? [],
    errors: (b['@adminapi.errors'] as string[] | undefined) ?? [],
    ...(typeof b['@odata.nextLink'] === 'string' ? { nextLink: b['@odata.nextLink'] } : {}),
    ...(typeof b['@adminapi.confirmationmessage'] === 'string'
      ? { confirmation: b['@adminapi.confirmationmessage'] }
      : {}),
    ...(b.error ? { error: b.error as InvokeResult['error'] & object } : {}),
  };
}

/** Follows nextLinks (POSTing the same body, as the module does) and returns every page. */
export function invokeAll(
  h: Harness,
  cmdletName: string,
  parameters: Record<string, JsonValue>,
  o: InvokeOptions = {},
): InvokeResult[] {
  const pages = [invoke(h, cmdletName, parameters, o)];
  for (let last = pages[0]; last?.nextLink; last = pages[pages.length - 1]) {
    const url = new URL(last.nextLink);
    pages.push(invoke(h, cmdletName, parameters, { ...o, query: Object.fromEntries(url.searchParams) }));
    if (pages.length > 10_000) throw new Error('nextLink loop');
  }
  return pages;
}
