// An msal-node INetworkModule over node:https that trusts the emulator's CA (msal-offline.md, option A).
import { request } from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

export class TrustingHttpClient implements INetworkModule {
  readonly #ca: string;
  /** Every URL requested, for assertions on what MSAL called. */
  readonly calls: string[] = [];

  constructor(caPem: string) {
    this.#ca = caPem;
  }

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.#send<T>('GET', url, options);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.#send<T>('POST', url, options);
  }

  #send<T>(method: string, url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    this.calls.push(`${method} ${url}`);
    return new Promise((resolve, reject) => {
      const body = options?.body;
      const req = request(
        url,
        {
          method,
          ca: this.#ca,
          headers: {
            ...options?.headers,
            ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const headers: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers))
              if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = {};
            }
            resolve({ headers, body: parsed as T, status: res.statusCode ?? 0 });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}
