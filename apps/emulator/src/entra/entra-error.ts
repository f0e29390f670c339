// Builds Entra ID's error response: {error, error_description "AADSTSn: ...", error_codes, timestamp, trace_id, correlation_id}.
import { randomUUID } from 'node:crypto';
import { jsonResponse, type EmulatorResponse } from '../server/http.js';
import { Aadsts, type AadstsId } from './aadsts.js';

export interface EntraErrorBody {
  readonly error: string;
  readonly error_description: string;
  readonly error_codes: readonly number[];
  readonly timestamp: string;
  readonly trace_id: string;
  readonly correlation_id: string;
  readonly error_uri: string;
  readonly suberror?: string;
}

export function formatTemplate(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (all, i: string) => args[Number(i)] ?? all);
}

/** `correlationId` is the caller's `client-request-id` when it sent one, as Entra ID echoes it. */
export function entraErrorBody(
  id: AadstsId,
  args: readonly string[] = [],
  ids: { traceId?: string; correlationId?: string } = {},
): { status: number; body: EntraErrorBody } {
  const entry = Aadsts[id];
  const traceId = ids.traceId ?? randomUUID();
  const correlationId = ids.correlationId ?? randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  const description =
    `AADSTS${entry.code}: ${formatTemplate(entry.template, args)}` +
    ` Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`;
  const body: EntraErrorBody = {
    error: entry.error,
    error_description: description,
    error_codes: [entry.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `https://login.microsoftonline.com/error?code=${entry.code}`,
    ...('suberror' in entry ? { suberror: entry.suberror } : {}),
  };
  return { status: entry.status, body };
}

export function entraError(
  id: AadstsId,
  args: readonly string[] = [],
  ids: { traceId?: string; correlationId?: string } = {},
): EmulatorResponse {
  const { status, body } = entraErrorBody(id, args, ids);
  return jsonResponse(status, body, { 'cache-control': 'no-store', pragma: 'no-cache' });
}
