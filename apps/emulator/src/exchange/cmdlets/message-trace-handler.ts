// Get-MessageTraceV2 (ResultSize 1-5000, default 1000) and Get-MessageTrace (Page/PageSize), over seeded trace entries.
import { ExchangeError } from '../errors/exchange-error.js';
import type { ExchangeObject } from '../types.js';
import type { CmdletHandler, HandlerContext, ResultItem } from './handler.js';

const DEFAULT_WINDOW_MS = 48 * 3_600_000;

function matches(ctx: HandlerContext, o: ExchangeObject, start: number, end: number): boolean {
  const p = ctx.params;
  const received = Date.parse(String(o.Received));
  if (received < start || received > end) return false;
  const inList = (name: string, value: unknown): boolean => {
    const wanted = p.strings(name);
    return !wanted || wanted.some((w) => w.toLowerCase() === String(value).toLowerCase());
  };
  if (!inList('SenderAddress', o.SenderAddress) || !inList('RecipientAddress', o.RecipientAddress))
    return false;
  if (!inList('MessageId', o.MessageId) || !inList('Status', o.Status)) return false;
  for (const single of ['MessageTraceId', 'FromIP', 'ToIP'])
    if (p.has(single) && String(p.string(single)).toLowerCase() !== String(o[single]).toLowerCase())
      return false;
  const subject = p.string('Subject')?.toLowerCase();
  if (subject !== undefined) {
    const s = String(o.Subject).toLowerCase();
    const how = p.string('SubjectFilterType') ?? 'Contains';
    if (
      how === 'StartsWith'
        ? !s.startsWith(subject)
        : how === 'EndsWith'
          ? !s.endsWith(subject)
          : !s.includes(subject)
    )
      return false;
  }
  return true;
}

function select(ctx: HandlerContext): ExchangeObject[] {
  const end = ctx.params.number('EndDate') ?? ctx.now();
  const start = ctx.params.number('StartDate') ?? end - DEFAULT_WINDOW_MS;
  if (start >= end) throw new ExchangeError('InvalidDateRange', [], 'StartDate');
  return [...ctx.store.scan(ctx.tenantId, 'messageTrace')]
    .map((o) => o.data)
    .filter((o) => matches(ctx, o, start, end));
}

function inRange(ctx: HandlerContext, name: string, value: number, max: number): number {
  if (value < 1 || value > max) throw new ExchangeError('InvalidValue', [String(value), name], name);
  return value;
}

const strip = ({ Index: _index, ...rest }: ExchangeObject): ExchangeObject => rest;

function* messageTraceV2(ctx: HandlerContext): Generator<ResultItem> {
  const size = inRange(ctx, 'ResultSize', ctx.params.number('ResultSize') ?? 1000, 5000);
  for (const o of select(ctx).slice(0, size)) yield { object: strip(o) };
}

function* messageTrace(ctx: HandlerContext): Generator<ResultItem> {
  const pageSize = inRange(ctx, 'PageSize', ctx.params.number('PageSize') ?? 1000, 5000);
  const page = inRange(ctx, 'Page', ctx.params.number('Page') ?? 1, 1000);
  for (const o of select(ctx).slice((page - 1) * pageSize, page * pageSize)) yield { object: strip(o) };
}

export const messageTraceHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Get-MessageTraceV2': messageTraceV2,
  'Get-MessageTrace': messageTrace,
};
