// $batch for pipeline input, as the module's AddTo-BatchRequest / Execute-BatchRequest / Deserialize-BatchRequest do it.
import { randomUUID } from 'node:crypto';
import type { Connection } from '../connection/connection.js';
import {
  ExchangeClient,
  Paging,
  resultSizeIsValid,
  type ODataPage,
  type PageSink,
} from './exchange-client.js';
import { exchangeErrorRecord, notJsonRecord } from './exchange-error.js';
import { isRetryable, retryDelayMs } from './retry-policy.js';
import { isMailboxRouted } from './routing-hint.js';

/** The module sends a batch when it holds 10 requests, and the rest at the end of the pipeline. */
export const batchSize = 10;

export type BatchSink = PageSink;

interface PendingItem {
  readonly body: string;
  readonly resultSize: number | 'Unlimited' | undefined;
  /** The call's own headers (WarningAction, Accept-Language). */
  readonly headers: Readonly<Record<string, string>>;
}

interface BatchResponseItem {
  id?: unknown;
  status?: unknown;
  headers?: Record<string, unknown>;
  body?: unknown;
}

function textOf(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body ?? null);
}

function stringHeaders(h: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {}))
    if (v !== undefined && v !== null) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  return out;
}

/**
 * One proxy invocation's batch: pipeline input objects queue up; every 10th one sends the batch (`POST .../$batch`
 * with `Prefer: odata.continue-on-error`); each answer is written in request order; a failed item that the module
 * would retry is sent again on its own, any other failure becomes that item's ErrorRecord while the others go on.
 */
export class ExchangeBatch {
  private pending: PendingItem[] = [];

  constructor(
    private readonly client: ExchangeClient,
    private readonly connection: Connection,
    private readonly cmdletName: string,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  /**
   * Queues one call; sends the batch when it is full. `whatIf`: sent with `WhatIf: true`, and the service's
   * confirmation text comes back as `What if: …` (the module batches -WhatIf calls; -Confirm ones never).
   */
  add(
    parameters: Readonly<Record<string, unknown>>,
    resultSize: number | 'Unlimited' | undefined,
    sink: BatchSink,
    whatIf = false,
    headers: Readonly<Record<string, string>> = {},
  ): void {
    if (!resultSizeIsValid(resultSize, sink)) return;
    const body = ExchangeClient.body(this.cmdletName, parameters, whatIf ? { WhatIf: true } : {});
    this.pending.push({ body, resultSize, headers });
    if (this.pending.length >= batchSize) this.flush(sink);
  }

  /** Sends whatever is queued (the end block, or before a call that cannot be batched). */
  flush(sink: BatchSink): void {
    const items = this.pending;
    this.pending = [];
    if (items.length === 0) return;
    const { connection, cmdletName, client } = this;
    const requestId = randomUUID();
    const itemUrl = `${connection.restBase}/InvokeCommand`;
    const requests = items.map((item, i) => ({
      id: String(i),
      method: 'POST',
      url: itemUrl,
      body: JSON.parse(item.body) as unknown,
      headers: client.invokeHeaders(
        connection,
        cmdletName,
        requestId,
        `odata.maxpagesize=${new Paging(connection, item.resultSize).nextPageSize()};odata.continue-on-error`,
        item.headers,
      ),
    }));
    // Execute-BatchRequest: the last item's headers, with Prefer: odata.continue-on-error.
    const outerHeaders = client.invokeHeaders(
      connection,
      cmdletName,
      requestId,
      'odata.continue-on-error',
      items[items.length - 1]?.headers,
    );
    const res = client.send(
      connection,
      `${connection.restBase}/$batch`,
      'POST',
      outerHeaders,
      JSON.stringify({ requests }),
    );
    if (res.status < 200 || res.status >= 300) {
      // The module writes the batch's own failure once (after its retries); nothing of it ran.
      client.failed(res, cmdletName, sink);
      return;
    }
    let responses: BatchResponseItem[];
    try {
      responses = ((JSON.parse(res.text) as { responses?: BatchResponseItem[] }).responses ?? []).slice();
    } catch {
      sink.onError(notJsonRecord(res, cmdletName));
      return;
    }
    // Answers may come in any order; the pipeline sees them in the order the input came.
    const byId = new Map(responses.map((r) => [String(r.id), r]));
    items.forEach((item, i) => {
      const answer = byId.get(String(i));
      const paging = new Paging(connection, item.resultSize);
      if (!answer) {
        // No answer for this item: send it on its own, as a failed item is.
        client.follow(connection, cmdletName, item.body, requestId, itemUrl, paging, {
          ...sink,
          extraHeaders: item.headers,
        });
        return;
      }
      const status = Number(answer.status);
      const headers = { ...res.headers, ...stringHeaders(answer.headers) };
      if (status >= 200 && status < 300 && answer.body && typeof answer.body === 'object') {
        const next = client.emitPage(answer.body as ODataPage, cmdletName, paging, sink, connection.log);
        if (next)
          client.follow(connection, cmdletName, item.body, requestId, next, paging, {
            ...sink,
            extraHeaders: item.headers,
          });
        return;
      }
      const text = textOf(answer.body);
      if (!isRetryable(status, text)) {
        const record = exchangeErrorRecord(status, headers, text, cmdletName);
        // The $batch request's own log row says 200: the item's failure gets its own Error row.
        const serverRequestId = headers['request-id'];
        connection.log?.write({
          event: 'Error',
          cmdletName,
          clientRequestId: requestId,
          ...(serverRequestId ? { serverRequestId } : {}),
          status,
          detail: `${record.fullyQualifiedErrorId}: ${record.exception.message}`,
        });
        sink.onError(record);
        return;
      }
      // Retry-SingleBatchedRequest: wait as for the first retry, then the item alone (the worker retries further).
      client.sleep(retryDelayMs(status, headers, 0, client.retryBase));
      client.follow(connection, cmdletName, item.body, requestId, itemUrl, paging, {
        ...sink,
        extraHeaders: item.headers,
      });
    });
  }
}

/**
 * The module's proxies batch pipeline input (`EnableBatchingStatus:$true`) except the mailbox-routed ones. The
 * Get-EXO* cmdlets are compiled ones (RestApiClient.dll), not proxies: they never batch.
 */
export function batchesPipelineInput(cmdletName: string): boolean {
  return !isMailboxRouted(cmdletName) && !/^get-exo/i.test(cmdletName);
}
