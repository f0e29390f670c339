// The Exchange admin REST client (engine thread): InvokeCommand with the module's headers, paging and errors.
import { randomUUID } from 'node:crypto';
import {
  BridgeOperationError,
  ErrorRecord,
  PSObject,
  RuntimeException,
  type SyncBridge,
} from '@exosh/runtime';
import type { Connection } from '../connection/connection.js';
import type { ConnectionLog } from '../logging/connection-log.js';
import type { RestRequest, RestResponse } from '../worker/ops.js';
import { workerOpsUrl } from '../worker/ops-url.js';
import {
  exchangeErrorRecord,
  maximumRetryRecord,
  moduleWriteError,
  notJsonRecord,
} from './exchange-error.js';
import { httpTimeoutMs, isRetryable, maxRetries } from './retry-policy.js';
import { serializeParameters } from './serialize-parameters.js';
import { ItemNotJsonError, parsedItems, scanODataPage } from './odata-page.js';
import { moduleVersion } from './module-version.js';

export interface InvokeOptions {
  /** 'Unlimited', a number, or undefined (first page only, with the service's warning). */
  readonly resultSize?: number | 'Unlimited';
  readonly onObject: (obj: PSObject) => void;
  readonly onWarning: (message: string) => void;
  readonly onError: (record: ErrorRecord) => void;
  /** For -WhatIf/-Confirm: the service's confirmation text comes back instead of a change. */
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

/** Where a page's parts go. `onWhatIf` only for batched -WhatIf calls (the service's text, already prefixed). */
export type PageSink = Pick<InvokeOptions, 'onObject' | 'onWarning' | 'onError'> & {
  readonly onWhatIf?: (text: string) => void;
};

export interface ODataPage {
  /** The page's objects; from InvokeCommand, parsed one at a time as they are taken (see odata-page.ts). */
  value?: Iterable<unknown>;
  '@adminapi.confirmationmessage'?: string;
  '@odata.nextLink'?: string;
  '@adminapi.warnings'?: string[];
  '@adminapi.errors'?: string[];
}

/** A JSON object from the service as a PSObject; OData annotations (names with `@`) are dropped. */
export function toPSObject(json: unknown, typeName: string): PSObject {
  const entries = Object.entries((json ?? {}) as Record<string, unknown>).filter(([k]) => !k.includes('@'));
  return new PSObject({
    typeNames: [typeName, 'System.Management.Automation.PSCustomObject', 'System.Object'],
    properties: entries,
  });
}

/** A request's log row: its cmdlet (or the endpoint, for EXOModuleFile), ids and time taken. */
function requestLogRow(url: string, headers: Readonly<Record<string, string>>, started: number) {
  const cmdletName = headers['X-CmdletName'] ?? new URL(url).pathname.split('/').pop() ?? '';
  const clientRequestId = headers['client-request-id'];
  return {
    cmdletName,
    ...(clientRequestId ? { clientRequestId } : {}),
    durationMs: Date.now() - started,
  };
}

/** Every request one row (status, retries); a failed one also its error, as the module would write it. */
function logResponse(
  log: ConnectionLog,
  url: string,
  headers: Readonly<Record<string, string>>,
  started: number,
  res: RestResponse,
): void {
  const row = requestLogRow(url, headers, started);
  const serverRequestId = res.headers['request-id'];
  const ids = { ...row, status: res.status, ...(serverRequestId ? { serverRequestId } : {}) };
  log.write({ ...ids, event: 'Request', detail: `${url.split('?')[0] ?? ''} retries=${res.retries}` });
  if (res.status >= 200 && res.status < 300) return;
  const record = exchangeErrorRecord(res.status, res.headers, res.text, row.cmdletName);
  log.write({
    ...ids,
    event: 'Error',
    detail: `${record.fullyQualifiedErrorId}: ${record.exception.message}`,
  });
}

export class ExchangeClient {
  constructor(
    private readonly bridge: SyncBridge,
    private readonly retryBaseMs?: number,
  ) {}

  /** Base of the retry backoff: the module's 2 s, or what tests set. */
  get retryBase(): number {
    return this.retryBaseMs ?? 2000;
  }

  /** Blocks the engine thread between retries (Ctrl+C still stops it). */
  sleep(ms: number): void {
    this.bridge.sleep(ms);
  }

  /** One request through the I/O worker (which adds the token and applies the retry policy). */
  send(
    connection: Connection,
    url: string,
    method: string,
    headers: Record<string, string>,
    body?: string,
    options: Pick<RestRequest, 'bodyAsBytes'> = {},
  ): RestResponse {
    const req: RestRequest = {
      authKey: connection.authKey,
      method,
      url,
      headers,
      ...(body !== undefined ? { body } : {}),
      ...options,
      ...(this.retryBaseMs !== undefined ? { retryBaseMs: this.retryBaseMs } : {}),
      maxRetries,
      timeoutMs: httpTimeoutMs(headers['X-CmdletName'] ?? ''),
    };
    let res: RestResponse;
    const started = Date.now();
    try {
      res = this.bridge.call<RestResponse>(workerOpsUrl, 'invokeRest', req);
    } catch (err) {
      connection.log?.write({
        ...requestLogRow(url, headers, started),
        event: 'Error',
        detail: err instanceof Error ? err.message : String(err),
      });
      if (!(err instanceof BridgeOperationError)) throw err;
      // A token that can no longer be refreshed breaks the connection, as the real module reports it.
      const auth = err.errorName === 'TokenRefreshFailed' || err.errorName === 'ConnectionClosed';
      if (err.errorName === 'TokenRefreshFailed') connection.state = 'Broken';
      throw new RuntimeException(
        new ErrorRecord({
          message: err.message,
          errorId: err.errorName,
          category: auth ? 'AuthenticationError' : 'ConnectionError',
          exceptionType: auth ? 'System.UnauthorizedAccessException' : 'System.Net.Http.HttpRequestException',
          targetObject: new URL(url).host,
        }),
      );
    }
    connection.tokenExpiresOn = new Date(res.tokenExpiresOn);
    if (connection.log) logResponse(connection.log, url, headers, started, res);
    return res;
  }

  /** GET EXOModuleFile: the generated psm1 of proxy functions for the caller's roles. */
  moduleFile(
    connection: Connection,
    commandNames: readonly string[] | undefined,
  ): { fileContent: string; exportedCmdlets: string[] } {
    const url = `${connection.connectionUri}/AdminApi/v1.0/${connection.tenantId}/EXOModuleFile?Version=${moduleVersion}`;
    const res = this.send(connection, url, 'GET', {
      accept: 'application/json',
      CommandName: commandNames && commandNames.length ? commandNames.join(',') : '*',
      'connection-id': connection.connectionId,
      'client-request-id': randomUUID(),
      'X-ClientModuleVersion': moduleVersion,
      'X-ClientApplication': 'ExoManagementModule',
    });
    if (res.status !== 200)
      throw new BridgeOperationError(
        'ModuleFileFailed',
        exchangeErrorRecord(res.status, res.headers, res.text, 'Connect-ExchangeOnline').exception.message,
      );
    const json = JSON.parse(res.text) as { value?: { fileContent?: string; exportedCmdlets?: string }[] };
    const item = json.value?.[0];
    if (!item || typeof item.fileContent !== 'string')
      throw new BridgeOperationError('ModuleFileFailed', 'The service returned no module file.');
    return {
      fileContent: item.fileContent,
      exportedCmdlets: (item.exportedCmdlets ?? '').split(',').filter(Boolean),
    };
  }

  /**
   * The validation call of the confirmation flow: the cmdlet sent with Confirm=true (or WhatIf=true); the service
   * answers with its ShouldProcess text and changes nothing.
   */
  confirmationMessage(
    connection: Connection,
    cmdletName: string,
    parameters: Readonly<Record<string, unknown>>,
    whatIf: boolean,
    extraHeaders?: Readonly<Record<string, string>>,
  ): string | ErrorRecord {
    const body = JSON.stringify({
      CmdletInput: {
        CmdletName: cmdletName,
        Parameters: {
          ...serializeParameters(parameters),
          ...(whatIf ? { WhatIf: true } : { Confirm: true }),
        },
      },
    });
    const res = this.send(
      connection,
      `${connection.restBase}/InvokeCommand`,
      'POST',
      this.invokeHeaders(
        connection,
        cmdletName,
        randomUUID(),
        `odata.maxpagesize=${connection.pageSize || 1000}`,
        extraHeaders,
      ),
      body,
    );
    if (res.status < 200 || res.status >= 300)
      return exchangeErrorRecord(res.status, res.headers, res.text, cmdletName);
    try {
      const page = JSON.parse(res.text) as { '@adminapi.confirmationmessage'?: string };
      return page['@adminapi.confirmationmessage'] ?? `Performing the operation "${cmdletName}".`;
    } catch {
      return notJsonRecord(res, cmdletName);
    }
  }

  /** The module's InvokeCommand headers (Execute-Command + Populate-Headers); `prefer` is the Prefer value. */
  invokeHeaders(
    connection: Connection,
    cmdletName: string,
    requestId: string,
    prefer: string,
    extra?: Readonly<Record<string, string>>,
  ): Record<string, string> {
    return {
      'content-type': 'application/json',
      accept: 'application/json',
      'Accept-Charset': 'UTF-8',
      'Accept-Encoding': 'gzip',
      'X-CmdletName': cmdletName,
      'client-request-id': requestId,
      'connection-id': connection.connectionId,
      Prefer: prefer,
      WarningAction: '',
      'X-ResponseFormat': 'json',
      'X-SerializationLevel': 'Partial',
      'X-ClientModuleVersion': moduleVersion,
      'X-ClientApplication': 'ExoManagementModule',
      // Get-RoutingHint: the signed-in user (OAuthUser@<org> for app-only) unless -UseCustomRouting named a mailbox.
      ...(connection.userPrincipalName ? { 'X-AnchorMailbox': `UPN:${connection.userPrincipalName}` } : {}),
      ...extra,
    };
  }

  /** The InvokeCommand body for one call. */
  static body(
    cmdletName: string,
    parameters: Readonly<Record<string, unknown>>,
    extra: Readonly<Record<string, unknown>> = {},
  ): string {
    return JSON.stringify({
      CmdletInput: { CmdletName: cmdletName, Parameters: { ...serializeParameters(parameters), ...extra } },
    });
  }

  /** Runs a cmdlet on the service, streaming each object as its page arrives. */
  invoke(
    connection: Connection,
    cmdletName: string,
    parameters: Readonly<Record<string, unknown>>,
    options: InvokeOptions,
  ): void {
    if (!resultSizeIsValid(options.resultSize, options)) return;
    const paging = new Paging(connection, options.resultSize);
    this.follow(
      connection,
      cmdletName,
      ExchangeClient.body(cmdletName, parameters),
      randomUUID(),
      `${connection.restBase}/InvokeCommand`,
      paging,
      options,
    );
  }

  /**
   * Sends `body` to `url` and on through `@odata.nextLink` while `paging` wants more (every page is a POST of the
   * same body, as the module sends it). Also continues a batched item's paging.
   */
  follow(
    connection: Connection,
    cmdletName: string,
    body: string,
    requestId: string,
    url: string | undefined,
    paging: Paging,
    options: PageSink & Pick<InvokeOptions, 'extraHeaders'>,
  ): void {
    while (url && paging.wantsMore()) {
      const headers = this.invokeHeaders(
        connection,
        cmdletName,
        requestId,
        `odata.maxpagesize=${paging.nextPageSize()}`,
        options.extraHeaders,
      );
      const res = this.send(connection, url, 'POST', headers, body, { bodyAsBytes: true });
      if (res.status < 200 || res.status >= 300) {
        this.failed(res, cmdletName, options);
        return;
      }
      let page: ODataPage | undefined;
      try {
        const bytes = res.bytes ?? new TextEncoder().encode(res.text);
        const scanned = scanODataPage(bytes);
        if (scanned) page = { ...scanned.members, value: parsedItems(bytes, scanned.items) };
      } catch {
        page = undefined;
      }
      try {
        if (!page) throw new ItemNotJsonError();
        url = this.emitPage(page, cmdletName, paging, options, connection.log);
      } catch (err) {
        if (!(err instanceof ItemNotJsonError)) throw err;
        options.onError(notJsonRecord(res, cmdletName));
        return;
      }
    }
  }

  /** A failed answer as the module writes it: "Maximum retry count reached." first when the retries ran out. */
  failed(res: RestResponse, cmdletName: string, sink: Pick<InvokeOptions, 'onError'>): void {
    if (res.retries >= maxRetries && isRetryable(res.status, res.text)) sink.onError(maximumRetryRecord());
    sink.onError(exchangeErrorRecord(res.status, res.headers, res.text, cmdletName));
  }

  /**
   * Writes one page as PrintResultAndCheckForNextPage does: its objects, then its warnings (the "more results"
   * one dropped while paging goes on), then `@adminapi.errors` (Write-Error), then, for batched -WhatIf calls, the
   * service's text as `What if: …`. Returns the nextLink to follow, if paging goes on.
   */
  emitPage(
    page: ODataPage,
    cmdletName: string,
    paging: Paging,
    options: PageSink,
    log?: ConnectionLog,
  ): string | undefined {
    const typeName = `Deserialized.Microsoft.Exchange.Management.${cmdletName.replace(/^[A-Za-z]+-/, '')}`;
    for (const item of page.value ?? []) {
      if (!paging.wantsMore()) break;
      paging.took();
      options.onObject(toPSObject(item, typeName));
    }
    const next = paging.follows && paging.wantsMore() ? page['@odata.nextLink'] : undefined;
    // The proxies drop the "more results" warning only while paging on; the compiled Get-EXO* cmdlets whenever
    // -ResultSize was given (they print no such warning for the size asked for).
    const dropMore = next !== undefined || (paging.follows && /^get-exo/i.test(cmdletName));
    for (const w of page['@adminapi.warnings'] ?? [])
      if (!(dropMore && /more results available/i.test(w))) options.onWarning(w);
    for (const e of page['@adminapi.errors'] ?? []) {
      const record = moduleWriteError(e, 'PrintResultAndCheckForNextPage');
      log?.write({ event: 'Error', cmdletName, detail: `${record.fullyQualifiedErrorId}: ${e}` });
      options.onError(record);
    }
    const whatIf = page['@adminapi.confirmationmessage'];
    if (options.onWhatIf && whatIf) options.onWhatIf(`What if: ${whatIf}`);
    return next;
  }
}

/** Get-ResultSize: a ResultSize of 0 or less is an error and nothing is sent. */
export function resultSizeIsValid(
  resultSize: number | 'Unlimited' | undefined,
  sink: Pick<InvokeOptions, 'onError'>,
): boolean {
  if (typeof resultSize !== 'number' || resultSize > 0) return true;
  sink.onError(moduleWriteError('ResultSize must be greater than 0', 'Get-ResultSize'));
  return false;
}

/** ResultSize bookkeeping: how many objects are still wanted and the next page's size. */
export class Paging {
  private remaining: number;
  private readonly pageSize: number;
  /** False without -ResultSize: the first page only (the service adds its "more results" warning). */
  readonly follows: boolean;

  constructor(connection: Connection, resultSize: number | 'Unlimited' | undefined) {
    this.pageSize = connection.pageSize || 1000;
    this.follows = resultSize !== undefined;
    this.remaining = resultSize === 'Unlimited' ? Infinity : (resultSize ?? this.pageSize);
  }

  wantsMore(): boolean {
    return this.remaining > 0;
  }

  nextPageSize(): number {
    return Math.min(this.remaining, this.pageSize);
  }

  took(): void {
    this.remaining--;
  }
}
