// Reads the request's parts: CmdletInput body, Prefer: odata.maxpagesize, $select, $skiptoken.
import { ExchangeError } from '../errors/exchange-error.js';
import type { JsonValue, QueryParameters, RequestHeaders } from '../types.js';

export interface CmdletInput {
  readonly cmdletName: string;
  readonly parameters: Readonly<Record<string, JsonValue>>;
}

export const MAX_PAGE_SIZE = 1000;

export function readCmdletInput(body: unknown): CmdletInput {
  const input = (body as { CmdletInput?: unknown } | null | undefined)?.CmdletInput as
    { CmdletName?: unknown; Parameters?: unknown } | undefined;
  if (
    typeof body !== 'object' ||
    body === null ||
    Array.isArray(body) ||
    typeof input !== 'object' ||
    input === null
  )
    throw new ExchangeError('InvalidRequestBody', ["the property 'CmdletInput' is missing"], 'CmdletInput');
  if (typeof input.CmdletName !== 'string' || input.CmdletName.trim() === '')
    throw new ExchangeError('InvalidRequestBody', ["the property 'CmdletName' is missing"], 'CmdletName');
  const parameters = input.Parameters ?? {};
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters))
    throw new ExchangeError(
      'InvalidRequestBody',
      ["the property 'Parameters' must be an object"],
      'Parameters',
    );
  return { cmdletName: input.CmdletName.trim(), parameters: parameters as Record<string, JsonValue> };
}

export function header(headers: RequestHeaders, name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : (v as string | undefined);
}

export function queryValue(query: QueryParameters, name: string): string | undefined {
  const v = query[name];
  return Array.isArray(v) ? v[0] : (v as string | undefined);
}

/** `Prefer: odata.maxpagesize=N`, clamped to 1..1000; 1000 when absent. */
export function maxPageSize(headers: RequestHeaders): number {
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(header(headers, 'prefer') ?? '');
  const n = m?.[1] ? Number(m[1]) : MAX_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, n));
}

export function selectList(query: QueryParameters): string[] | undefined {
  const select = queryValue(query, '$select');
  if (!select) return undefined;
  const list = select
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : undefined;
}
