// Transport: the one HTTPS client used by MSAL (as its networkClient) and by the REST client, in the I/O worker.
import { request } from 'node:https';
import { decodeBody } from './decode-body.js';
import { ProxyAwareAgents } from './proxy-agents.js';

export interface TransportOptions {
  /** Extra CA certificates (PEM) to trust: the emulator's, in-process only. */
  readonly caPem?: string;
}

export interface TransportRequest {
  readonly method: string;
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

export interface TransportResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  /** The body as received (decompressed), for callers that scan it rather than read it as one string. */
  readonly bytes: Buffer;
}

/** A network failure before any HTTP status: the message names the host, never a token. */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** A proxy URL as it may be named in a message: scheme, host and port, never its user name or password. */
function proxyLabel(proxy: string): string {
  try {
    return new URL(proxy).host;
  } catch {
    return 'the proxy';
  }
}

export class HttpsTransport {
  private readonly agents: ProxyAwareAgents;
  /** The latest network failure: MSAL turns one into `endpoints_resolution_error` without saying which host. */
  private lastFailure: TransportError | undefined;

  constructor(private readonly options: TransportOptions = {}) {
    this.agents = new ProxyAwareAgents(options.caPem ? { caPem: options.caPem } : {});
  }

  /** The network failure since the last call, if any (read once: a sign-in error takes its text from it). */
  takeLastFailure(): TransportError | undefined {
    const failure = this.lastFailure;
    this.lastFailure = undefined;
    return failure;
  }

  send(req: TransportRequest): Promise<TransportResponse> {
    return this.sendOnce(req).catch((err: unknown) => {
      if (err instanceof TransportError) this.lastFailure = err;
      throw err;
    });
  }

  private sendOnce(req: TransportRequest): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      const url = new URL(req.url);
      const body = req.body;
      const { agent, proxy } = this.agents.agentFor(url);
      const via = proxy ? ` through the proxy ${proxyLabel(proxy)}` : '';
      const r = request(
        url,
        {
          method: req.method,
          agent,
          ...(this.options.caPem ? { ca: this.options.caPem } : {}),
          headers: {
            ...req.headers,
            ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
          },
          ...(req.signal ? { signal: req.signal } : {}),
          timeout: req.timeoutMs ?? 960_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (err) =>
            reject(
              new TransportError(
                `The connection to ${url.host} was interrupted: ${err.message}`,
                (err as NodeJS.ErrnoException).code,
              ),
            ),
          );
          res.on('aborted', () =>
            reject(
              new TransportError(
                `The connection to ${url.host} was closed before the response was complete.`,
                'ECONNRESET',
              ),
            ),
          );
          res.on('end', () => {
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers))
              if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
            let body: Buffer;
            try {
              body = decodeBody(Buffer.concat(chunks), headers['content-encoding']);
            } catch (err) {
              reject(
                new TransportError(
                  `The response from ${url.host} could not be decompressed: ${(err as Error).message}`,
                  'EDECOMPRESS',
                ),
              );
              return;
            }
            resolve({ status: res.statusCode ?? 0, headers, text: body.toString('utf8'), bytes: body });
          });
        },
      );
      r.on('timeout', () =>
        r.destroy(new TransportError(`The request to ${url.host} timed out.`, 'ETIMEDOUT')),
      );
      r.on('error', (err) =>
        reject(
          err instanceof TransportError
            ? err
            : new TransportError(
                `Cannot reach ${url.host}${via}: ${err.message}`,
                (err as NodeJS.ErrnoException).code,
              ),
        ),
      );
      r.end(body);
    });
  }

  /** The same client as msal-node's INetworkModule (JSON bodies, as MSAL expects). */
  msalNetworkClient() {
    const send = async <T>(
      method: string,
      url: string,
      options?: { headers?: Record<string, string>; body?: string },
    ) => {
      const res = await this.send({
        method,
        url,
        ...(options?.headers ? { headers: options.headers } : {}),
        ...(options?.body !== undefined ? { body: options.body } : {}),
      });
      let parsed: unknown;
      try {
        parsed = JSON.parse(res.text);
      } catch {
        parsed = {};
      }
      return { headers: res.headers as Record<string, string>, body: parsed as T, status: res.status };
    };
    return {
      sendGetRequestAsync: <T>(url: string, options?: { headers?: Record<string, string>; body?: string }) =>
        send<T>('GET', url, options),
      sendPostRequestAsync: <T>(url: string, options?: { headers?: Record<string, string>; body?: string }) =>
        send<T>('POST', url, options),
    };
  }

  close(): void {
    this.agents.destroy();
  }
}
