// The seam's types: what the HTTP layer passes in (context, request parts) and gets back (a response to write).

/** Who is calling and where: built by the HTTP layer from the validated token and the URL. */
export interface ExchangeContext {
  /** Tenant GUID (from the token's `tid` or the URL path). */
  readonly tenantId: string;
  /** Primary `*.onmicrosoft.com` domain of the tenant. */
  readonly tenantDomain: string;
  readonly caller: ExchangeCaller;
  /** Which admin API is being served: Exchange Online or Security & Compliance. */
  readonly endpoint: ExchangeEndpoint;
  /** Scheme + host (+ port) the client used, e.g. `https://127.0.0.1:8443`; nextLinks are built on it. */
  readonly baseUrl: string;
}

export interface ExchangeCaller {
  readonly upn?: string;
  readonly appId: string;
  /** Entra directory roles or Exchange role groups, e.g. `Exchange Administrator`, `View-Only Organization Management`. */
  readonly roles: readonly string[];
}

export type ExchangeEndpoint = 'exchange' | 'compliance';

/** Query string values (already URL-decoded); repeated keys may arrive as arrays. */
export type QueryParameters = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Request headers with lower-case names, as node:http delivers them. */
export type RequestHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** A response for the HTTP layer to write verbatim; `body` is a JSON-serialisable value. */
export interface ServiceResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** A JSON value as it appears in request bodies and stored objects. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON property bag: one Exchange object as returned with `X-ResponseFormat: json`. */
export type ExchangeObject = { [key: string]: JsonValue };
