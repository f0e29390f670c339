// What one ExchangeService instance holds across requests: the store, the clock, audit-log sessions.
import type { AuditSession } from '../cmdlets/handler.js';
import type { TenantStore } from '../store/tenant-store.js';

export interface ServiceState {
  readonly store: TenantStore;
  readonly now: () => number;
  /** How long a nextLink stays valid (the service's default is 30 minutes). */
  readonly paginationTtlMs: number;
  readonly auditSessions: Map<string, AuditSession>;
}

/** Per-request switches the HTTP layer may pass (fault injection, its request id). */
export interface InvokeHooks {
  /** The request-id the HTTP layer will report; one is generated when absent. */
  readonly requestId?: string;
  /** Called for nextLink continuations only; true makes this continuation answer as expired. */
  readonly nextLinkExpired?: () => boolean;
  /** For each `$batch` sub-request: a status to answer it with instead of running it (fault injection). */
  readonly batchItemFault?: (
    cmdletName: string,
  ) => { readonly status: number; readonly retryAfterSeconds?: number } | undefined;
}
