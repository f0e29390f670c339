// Search-UnifiedAuditLog: date window, filters, ResultSize (1-5000) and SessionId/SessionCommand paging across calls.
import { createHash } from 'node:crypto';
import { ExchangeError } from '../errors/exchange-error.js';
import type { ExchangeObject } from '../types.js';
import type { CmdletHandler, HandlerContext, ResultItem } from './handler.js';

const DEFAULT_RESULT_SIZE = 100;
const MAX_RESULT_SIZE = 5000;
const MAX_SESSIONS = 1000;

function matches(ctx: HandlerContext, o: ExchangeObject, start: number, end: number): boolean {
  const p = ctx.params;
  const created = Date.parse(String(o.CreationDate));
  if (created < start || created > end) return false;
  const inList = (name: string, value: string): boolean => {
    const wanted = p.strings(name);
    return !wanted || wanted.some((w) => w.toLowerCase() === value.toLowerCase());
  };
  if (!inList('UserIds', String(o.UserIds)) || !inList('Operations', String(o.Operations))) return false;
  const recordType = p.string('RecordType');
  if (recordType && recordType.toLowerCase() !== String(o.RecordType).toLowerCase()) return false;
  const audit = String(o.AuditData);
  const details = JSON.parse(audit) as { ObjectId?: string; ClientIP?: string };
  if (!inList('ObjectIds', details.ObjectId ?? '') || !inList('IPAddresses', details.ClientIP ?? ''))
    return false;
  const freeText = p.string('FreeText');
  return !freeText || audit.toLowerCase().includes(freeText.toLowerCase());
}

function* searchUnifiedAuditLog(ctx: HandlerContext): Generator<ResultItem> {
  const p = ctx.params;
  const start = p.number('StartDate') ?? 0;
  const end = p.number('EndDate') ?? 0;
  if (start >= end) throw new ExchangeError('InvalidDateRange', [], 'StartDate');
  const size = p.number('ResultSize') ?? DEFAULT_RESULT_SIZE;
  if (size < 1 || size > MAX_RESULT_SIZE)
    throw new ExchangeError('InvalidValue', [String(size), 'ResultSize'], 'ResultSize');
  const records = [...ctx.store.scan(ctx.tenantId, 'auditRecord')]
    .map((o) => o.data)
    .filter((o) => matches(ctx, o, start, end));
  // ReturnNextPreviewPage (and no session) returns newest first; ReturnLargeSet returns the set unsorted (store order).
  if (p.string('SessionCommand') !== 'ReturnLargeSet') records.reverse();
  const capped =
    p.string('SessionCommand') === 'ReturnLargeSet' ? records : records.slice(0, MAX_RESULT_SIZE);
  let from = 0;
  const sessionId = p.string('SessionId');
  if (sessionId !== undefined) {
    const queryHash = createHash('sha256')
      .update(
        JSON.stringify([
          start,
          end,
          p.strings('UserIds'),
          p.strings('Operations'),
          p.string('RecordType'),
          p.string('FreeText'),
          p.string('SessionCommand'),
        ]),
      )
      .digest('hex');
    const key = `${ctx.tenantId}|${sessionId}`;
    let session = ctx.auditSessions.get(key);
    if (!session || session.queryHash !== queryHash) {
      session = { queryHash, next: 0, lastStart: 0 };
      ctx.auditSessions.set(key, session);
      // Sessions are never closed by clients; keep the newest ones only.
      for (const old of ctx.auditSessions.keys()) {
        if (ctx.auditSessions.size <= MAX_SESSIONS) break;
        ctx.auditSessions.delete(old);
      }
    }
    if (ctx.isContinuation) from = session.lastStart;
    else {
      from = session.next;
      session.lastStart = from;
      session.next = Math.min(capped.length, from + size);
    }
  }
  const page = capped.slice(from, from + size);
  for (const [i, record] of page.entries())
    yield { object: { ...record, ResultIndex: from + i + 1, ResultCount: capped.length } };
}

export const auditHandlers: Readonly<Record<string, CmdletHandler>> = {
  'Search-UnifiedAuditLog': searchUnifiedAuditLog,
};
