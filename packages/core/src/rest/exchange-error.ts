// Exchange's OData error envelope -> ErrorRecord, as the module's Write-ErrorMessage builds it.
import { ErrorRecord, errorCategoryOf } from '@exosh/runtime';

interface ODataError {
  error?: {
    code?: string;
    message?: string;
    details?: { code?: string; target?: string; message?: string }[];
    innererror?: { message?: string; internalexception?: { message?: string } };
  };
}

/** Write-ErrorMessage's own fallback when the body names no error. */
const genericServerError =
  'A server side error has occurred because of which the operation could not be completed. Please try again after some time. If the problem still persists, please reach out to MS support.';

/**
 * Get-ExceptionObject: a detail that is a serialized Exchange exception becomes `stringId|ClassName|Message` (an
 * empty first part when it has no string id); any other text is the message as it is.
 */
function exceptionMessage(detail: string): string {
  try {
    const ex = JSON.parse(detail) as unknown;
    if (ex && typeof ex === 'object') {
      const e = ex as { localizedString?: { stringId?: unknown }; ClassName?: unknown; Message?: unknown };
      const part = (v: unknown) => (v === undefined || v === null ? '' : String(v));
      return `${part(e.localizedString?.stringId)}|${part(e.ClassName)}|${part(e.Message)}`;
    }
  } catch {
    // plain text
  }
  return detail;
}

/** An error the module writes with Write-Error from one of its functions. */
export function moduleWriteError(message: string, functionName: string): ErrorRecord {
  return new ErrorRecord({
    message,
    errorId: 'Microsoft.PowerShell.Commands.WriteErrorException',
    category: 'NotSpecified',
    exceptionType: 'Microsoft.PowerShell.Commands.WriteErrorException',
    targetObject: null,
    commandName: functionName,
  });
}

/** Get-ErrorId: `[Server=<BE target up to its first dot>,RequestId=<request-id>,TimeStamp=<Date>]`, parts present only. */
function errorIdOf(headers: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  const server = headers['x-calculatedbetarget'];
  if (server !== undefined) parts.push(`Server=${server.split('.')[0] ?? ''}`);
  if (headers['request-id'] !== undefined) parts.push(`RequestId=${headers['request-id']}`);
  if (headers['date'] !== undefined) parts.push(`TimeStamp=${headers['date']}`);
  return `[${parts.join(',')}]`;
}

/** A 2xx reply whose body is not JSON: the error the module's JSON parsing would surface. */
export function notJsonRecord(
  res: { readonly status: number; readonly headers: Readonly<Record<string, string>> },
  cmdletName: string,
): ErrorRecord {
  return exchangeErrorRecord(
    res.status,
    res.headers,
    '',
    cmdletName,
    `The service's reply to ${cmdletName} was not JSON.`,
  );
}

/**
 * A failed answer from the service as the module writes it: 429 bodies as they are; the detail's (or inner
 * exception's) message with the `[Server=…]` id, the detail's category and target, and the exception type and
 * target type headers as CategoryInfo's Reason and TargetType; the generic text when the body names no error.
 * `raw` replaces the generic text (a reply that was not JSON).
 */
export function exchangeErrorRecord(
  status: number,
  headers: Readonly<Record<string, string>>,
  text: string,
  cmdletName: string,
  raw?: string,
): ErrorRecord {
  if (status === 429 && text) return moduleWriteError(text, 'Write-ErrorMessage');
  let parsed: ODataError | undefined;
  try {
    parsed = JSON.parse(text) as ODataError;
  } catch {
    parsed = undefined;
  }
  const detail = parsed?.error?.details?.[0];
  const message = detail?.message ?? parsed?.error?.innererror?.internalexception?.message;
  if (message === undefined || message === null)
    return moduleWriteError(raw ?? genericServerError, 'Write-ErrorMessage');
  const code = Number(detail?.code);
  const target = detail?.target ? detail.target : null;
  const record = new ErrorRecord({
    message: exceptionMessage(String(message)),
    errorId: errorIdOf(headers),
    category:
      (detail?.code !== undefined && Number.isInteger(code) ? errorCategoryOf(code) : undefined) ??
      'NotSpecified',
    exceptionType: 'System.Exception',
    targetObject: target,
    commandName: 'Write-ErrorMessage',
  });
  record.categoryInfo = {
    ...record.categoryInfo,
    activity: cmdletName,
    reason: headers['x-exceptiontype'] ?? 'Exception',
    targetName: target ?? '',
    targetType: headers['x-exceptiontargettype'] ?? '',
  };
  return record;
}

/** The module's retries ran out (CheckRetryAndHandleWaitTime's Write-Error, written before the service's error). */
export function maximumRetryRecord(): ErrorRecord {
  return moduleWriteError('Maximum retry count reached.', 'CheckRetryAndHandleWaitTime');
}
