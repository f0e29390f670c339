// Exchange admin API error envelope: OData error body plus request-id, X-CalculatedBETarget and x-ExceptionType headers.
import { jsonResponse, type EmulatorResponse } from './http.js';

/** Where the emulator says a request was served; the client puts it in FullyQualifiedErrorId. */
export const CalculatedBackEnd = 'EMU01MB0001.contoso.prod.outlook.com';

export const ExchangeHttpErrors = {
  Unauthorized: { status: 401, code: 'Unauthorized', exceptionType: 'UnauthorizedAccessException' },
  Forbidden: { status: 403, code: 'Forbidden', exceptionType: 'UnauthorizedAccessException' },
  NotFound: { status: 404, code: 'NotFound', exceptionType: 'ODataServiceException' },
  MethodNotAllowed: { status: 405, code: 'MethodNotAllowed', exceptionType: 'ODataServiceException' },
  BadRequest: { status: 400, code: 'BadRequest', exceptionType: 'ODataServiceException' },
  PayloadTooLarge: { status: 413, code: 'RequestEntityTooLarge', exceptionType: 'ODataServiceException' },
  TooManyRequests: { status: 429, code: 'TooManyRequests', exceptionType: 'ThrottlingException' },
  InternalServerError: { status: 500, code: 'InternalServerError', exceptionType: 'Exception' },
  BadGateway: { status: 502, code: 'BadGateway', exceptionType: 'Exception' },
  ServiceUnavailable: { status: 503, code: 'ServiceUnavailable', exceptionType: 'ServerBusyException' },
  GatewayTimeout: { status: 504, code: 'GatewayTimeout', exceptionType: 'TimeoutException' },
} as const;

export type ExchangeHttpErrorId = keyof typeof ExchangeHttpErrors;

export const ExchangeMessages = {
  TokenMissing: 'The request does not carry a bearer token.',
  TokenInvalid: 'The access token is invalid: {0}',
  TokenExpired: 'The access token has expired.',
  ClaimsChallenge:
    'The access token does not satisfy the claims the resource asks for (continuous access evaluation).',
  WrongAudience: "The access token's audience '{0}' is not valid for this endpoint.",
  WrongTenant: "The tenant '{0}' in the request URL does not match the tenant of the access token.",
  ManageAsAppMissing: "The application '{0}' does not have the 'Exchange.ManageAsApp' permission.",
  MalformedJson: 'The request body is not valid JSON: {0}',
  NotFound: "No HTTP resource was found that matches the request URI '{0}'.",
  MethodNotAllowed: "The requested resource does not support http method '{0}'.",
  PayloadTooLarge: 'The request body exceeds the maximum size of {0} bytes.',
  Throttled: 'Too many concurrent requests for the user. Please retry after {0} seconds.',
  ServerError: 'A server side error has occurred because of which the operation could not be completed.',
  ServiceUnavailable: 'The service is temporarily unavailable. Please try again later.',
  NoExchangeService: 'The Exchange admin API is not available in this emulator build.',
} as const;

export type ExchangeMessageId = keyof typeof ExchangeMessages;

export function exchangeMessage(id: ExchangeMessageId, args: readonly string[] = []): string {
  return ExchangeMessages[id].replace(/\{(\d+)\}/g, (all, i: string) => args[Number(i)] ?? all);
}

export function exchangeHeaders(
  requestId: string,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return { 'request-id': requestId, 'X-CalculatedBETarget': CalculatedBackEnd, ...extra };
}

export function exchangeError(
  id: ExchangeHttpErrorId,
  message: string,
  requestId: string,
  extraHeaders: Readonly<Record<string, string>> = {},
): EmulatorResponse {
  const e = ExchangeHttpErrors[id];
  return jsonResponse(
    e.status,
    {
      error: {
        code: e.code,
        message,
        details: [],
        innererror: {
          message,
          type: `Microsoft.Exchange.Admin.OData.Core.${e.exceptionType}`,
          internalexception: { message, type: e.exceptionType },
        },
      },
    },
    exchangeHeaders(requestId, { 'x-ExceptionType': e.exceptionType, ...extraHeaders }),
  );
}
