// What a cmdlet implementation receives and returns: bound parameters in, a (lazy) stream of objects out.
import type { ParameterReader } from '../binding/bound-parameters.js';
import type { ExchangeError } from '../errors/exchange-error.js';
import type { TenantStore } from '../store/tenant-store.js';
import type { ExchangeCaller, ExchangeObject } from '../types.js';

/** One output object; `seq` (store order) lets paging resume by key instead of by offset. */
export interface ResultItem {
  readonly seq?: number;
  readonly object: ExchangeObject;
}

/** Server-side state of a Search-UnifiedAuditLog -SessionId session. */
export interface AuditSession {
  readonly queryHash: string;
  /** Index of the first record the next call returns. */
  next: number;
  /** Where the latest call started: a nextLink continuation of that call re-reads the same slice. */
  lastStart: number;
}

export interface HandlerContext {
  readonly store: TenantStore;
  readonly tenantId: string;
  readonly tenantDomain: string;
  /** Back-end server name used in Exchange's messages. */
  readonly server: string;
  readonly caller: ExchangeCaller;
  readonly params: ParameterReader;
  readonly now: () => number;
  /** Paging hint: objects up to this store sequence were already returned. */
  readonly afterSeq?: number;
  /** True when this request continues an earlier one through `@odata.nextLink`. */
  readonly isContinuation: boolean;
  readonly auditSessions: Map<string, AuditSession>;
  /** Non-terminating output: `@adminapi.warnings` and `@adminapi.errors`. */
  warn(text: string): void;
  writeError(error: ExchangeError): void;
}

export type CmdletHandler = (ctx: HandlerContext) => Iterable<ResultItem>;
