// A recording ExchangeService for testing the HTTP layer: echoes what it received, honours the nextLink fault switch.
import type { ExchangeRequestContext, ExchangeService } from '../../src/index.js';

export interface RecordedCall {
  readonly op: 'invokeCommand' | 'moduleFile' | 'batch';
  readonly ctx: ExchangeRequestContext;
  readonly body: unknown;
}

export function recordingService(calls: RecordedCall[]): ExchangeService {
  return {
    invokeCommand(ctx, body) {
      calls.push({ op: 'invokeCommand', ctx, body });
      if (ctx.url.searchParams.has('$skiptoken') && ctx.faults.takeNextLinkExpiry()) {
        return {
          status: 400,
          body: {
            error: {
              code: 'BadRequest',
              message: 'Expired or Invalid pagination request. Default Expiry time is 00:30:00',
            },
          },
        };
      }
      return {
        status: 200,
        body: {
          '@odata.context': `${ctx.baseUrl}/adminapi/beta/${ctx.caller.tenantId}/$metadata#Collection(Exchange.GenericHashTable)`,
          value: [{ echo: body }],
        },
      };
    },
    moduleFile(ctx, query) {
      calls.push({ op: 'moduleFile', ctx, body: query.get('Version') });
      return {
        status: 200,
        body: {
          value: [{ fileName: 'ExchangeOnline.psm1', fileContent: '# fake', exportedCmdlets: 'Get-Mailbox' }],
        },
      };
    },
    batch(ctx, body) {
      calls.push({ op: 'batch', ctx, body });
      return { status: 200, body: { responses: [] } };
    },
  };
}
