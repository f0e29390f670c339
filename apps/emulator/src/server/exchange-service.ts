// The seam between the HTTP server (this folder) and the Exchange admin API logic (src/exchange, helper EB).
// The server authenticates the bearer token and hands a validated caller to a pure ExchangeService.

/** Which admin API the request reached: Exchange Online, or Security & Compliance (its own audience). */
export type ExchangeEndpointKind = 'exchange' | 'compliance';

/** The validated caller, taken from the access token the server verified. */
export interface ExchangeCaller {
  readonly tenantId: string;
  /** The tenant's initial domain, e.g. `contoso.onmicrosoft.com`. */
  readonly tenantDomain: string;
  readonly principal: 'user' | 'app';
  /** Delegated tokens only. */
  readonly userPrincipalName?: string;
  /** User object id, or the app's service principal object id for app-only tokens. */
  readonly objectId: string;
  /** Client application (claim `appid`). */
  readonly appId: string;
  /** Application permissions (claim `roles`), e.g. `Exchange.ManageAsApp`. */
  readonly roles: readonly string[];
  /** Entra directory role template ids (claim `wids`), the basis of RBAC. */
  readonly wids: readonly string[];
  /** Delegated permissions (claim `scp`). */
  readonly scopes: readonly string[];
  /** The token's audience. */
  readonly audience: string;
}

/** Per-request fault switches the service honours (set through /_emulator/faults). */
export interface ExchangeFaultSwitches {
  /** True (and consumed) when a nextLink continuation should be answered as expired. Call only for continuations. */
  takeNextLinkExpiry(): boolean;
  /**
   * A `status` fault for one sub-request of a `$batch` (route `<endpoint>.batch-item`, matched on the item's
   * cmdlet name), consumed; undefined when none applies. The item answers with that status; the batch goes on.
   */
  takeBatchItemFault?(cmdletName: string): { status: number; retryAfterSeconds?: number } | undefined;
}

export interface ExchangeRequestContext {
  readonly caller: ExchangeCaller;
  readonly endpoint: ExchangeEndpointKind;
  /** The `{tenant}` path segment as sent (GUID or domain). */
  readonly tenantSegment: string;
  /** Full request URL (query included), e.g. for building `@odata.nextLink`. */
  readonly url: URL;
  /** Base of this endpoint's admin API, e.g. `https://127.0.0.1:47443` or `.../compliance`. */
  readonly baseUrl: string;
  /** Request headers, names lowercased. */
  readonly headers: Readonly<Record<string, string>>;
  /** The `request-id` the server will send back. */
  readonly requestId: string;
  readonly faults: ExchangeFaultSwitches;
}

export interface ExchangeResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialized as JSON unless it is a string. */
  readonly body: unknown;
}

export interface ExchangeService {
  /** POST .../adminapi/beta/{tenant}/InvokeCommand (also its nextLink continuations). `body` is parsed JSON. */
  invokeCommand(ctx: ExchangeRequestContext, body: unknown): ExchangeResponse | Promise<ExchangeResponse>;
  /** GET .../AdminApi/v1.0/{tenant}/EXOModuleFile?Version=... */
  moduleFile(
    ctx: ExchangeRequestContext,
    query: URLSearchParams,
  ): ExchangeResponse | Promise<ExchangeResponse>;
  /** POST .../adminapi/beta/{tenant}/$batch. `body` is parsed JSON. */
  batch(ctx: ExchangeRequestContext, body: unknown): ExchangeResponse | Promise<ExchangeResponse>;
  /** Releases resources (e.g. the tenant store) when the emulator stops. */
  close?(): void | Promise<void>;
}

export interface ExchangeServiceOptions {
  /** The emulator state folder (for a persistent tenant store). */
  readonly stateDir: string;
  readonly tenantId: string;
  readonly tenantDomain: string;
  /** Extra generated mailboxes (user000001...) in the tenant, for benchmarks (`--mailboxes`). */
  readonly generatedMailboxes?: number;
}

export type ExchangeServiceFactory = (
  options: ExchangeServiceOptions,
) => ExchangeService | Promise<ExchangeService>;
