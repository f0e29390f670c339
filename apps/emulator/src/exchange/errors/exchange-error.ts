// ExchangeError: a cmdlet failure carrying its ErrorId; toResponse renders Exchange's OData error envelope and headers.
import { randomUUID } from 'node:crypto';
import type { ServiceResponse } from '../types.js';
import { errorTable, formatTemplate, type ErrorId } from './messages.js';

export class ExchangeError extends Error {
  readonly errorId: ErrorId;
  readonly args: readonly string[];
  /** `details[].target`: usually the identity the cmdlet was working on. */
  readonly target: string;

  constructor(errorId: ErrorId, args: readonly string[] = [], target = '') {
    super(formatTemplate(errorTable[errorId].template, args));
    this.name = 'ExchangeError';
    this.errorId = errorId;
    this.args = args;
    this.target = target;
  }

  /** The `stringId|ClassName|Message` form used in `details[].message` and `@adminapi.errors`. */
  get detailMessage(): string {
    const def = errorTable[this.errorId];
    return 'stringId' in def ? `${def.stringId}|${def.className}|${this.message}` : this.message;
  }
}

/** Name of the back-end server reported in messages and `X-CalculatedBETarget` (stable per tenant domain). */
export function backEndServer(tenantDomain: string): string {
  let h = 0;
  for (const ch of tenantDomain) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const n = (h % 90) + 10;
  return `EMU${n}PR01MB${1000 + (h % 9000)}.NAMPRD01.PROD.OUTLOOK.COM`;
}

/** Headers every admin API response carries. */
export function commonHeaders(
  tenantDomain: string,
  requestId: string = randomUUID(),
): Record<string, string> {
  return {
    'content-type': 'application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8',
    'request-id': requestId,
    'X-CalculatedBETarget': backEndServer(tenantDomain).toLowerCase(),
    'odata-version': '4.0',
  };
}

export function errorResponse(
  error: ExchangeError,
  tenantDomain: string,
  requestId?: string,
): ServiceResponse {
  const def = errorTable[error.errorId];
  const shortClass = def.className.slice(def.className.lastIndexOf('.') + 1);
  const engineError = !('stringId' in def);
  const body = {
    error: {
      code: def.code,
      message: engineError ? error.message : 'Error executing cmdlet',
      details: [
        { code: def.status >= 500 ? 'Server' : 'Client', target: error.target, message: error.detailMessage },
      ],
      innererror: {
        message: engineError ? error.message : 'Error executing cmdlet',
        type: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
        ...(engineError ? { internalexception: { message: error.message, type: def.className } } : {}),
      },
    },
  };
  return {
    status: def.status,
    headers: { ...commonHeaders(tenantDomain, requestId), 'x-ExceptionType': shortClass },
    body,
  };
}
