// Exchange's OData error envelope -> ErrorRecord, as the real module's Write-ErrorMessage builds it.
import { ErrorRecord, errorCategoryOf } from '@exosh/runtime';

interface ODataError {
  error?: {
    code?: string;
    message?: string;
    details?: { code?: string; target?: string; message?: string }[];
    innererror?: { message?: string; internalexception?: { message?: string } };
  };
}

/** `stringId|ClassName|Message` when the detail is a serialized Exchange exception, else the text itself. */
function messageOf(detail: string): string {
  try {
    const ex = JSON.parse(detail) as {
      localizedString?: { stringId?: string };
      ClassName?: string;
      Message?: string;
    };
    if (ex && typeof ex === 'object' && ex.Message !== undefined) {
      return [ex.localizedString?.stringId, ex.ClassName, ex.Message]
        .filter((x) => x !== undefined)
        .join('|');
    }
  } catch {
    // plain text
  }
  return detail;
}

export function exchangeErrorRecord(
  status: number,
  headers: Readonly<Record<string, string>>,
  text: string,
  cmdletName: string,
  raw?: string,
): ErrorRecord {
  let parsed: ODataError | undefined;
  try {
    parsed = JSON.parse(text) as ODataError;
  } catch {
    parsed = undefined;
  }
  const detail = parsed?.error?.details?.[0];
  const message =
    status === 429
      ? text
      : detail?.message !== undefined
        ? messageOf(detail.message)
        : (parsed?.error?.innererror?.internalexception?.message ??
          parsed?.error?.message ??
          raw ??
          'A server side error has occurred because of which the operation could not be completed. Please try again after some time. If the problem still persists, please reach out to MS support.');
  const server = (headers['x-calculatedbetarget'] ?? '').split('.')[0] ?? '';
  const requestId = headers['request-id'] ?? '';
  const timeStamp = headers['date'] ?? new Date().toUTCString();
  const code = Number(detail?.code);
  return new ErrorRecord({
    message,
    errorId: `[Server=${server},RequestId=${requestId},TimeStamp=${timeStamp}]`,
    category: (Number.isInteger(code) ? errorCategoryOf(code) : undefined) ?? 'NotSpecified',
    exceptionType: `System.Management.Automation.${headers['x-exceptiontype'] ?? 'RemoteException'}`.replace(
      /^System\.Management\.Automation\.(.*\..*)$/,
      '$1',
    ),
    targetObject: detail?.target ?? null,
    commandName: 'Write-ErrorMessage',
  });
}

/** The module's retries ran out (CheckRetryAndHandleWaitTime's Write-Error, written before the service's error). */
export function maximumRetryRecord(): ErrorRecord {
  return new ErrorRecord({
    message: 'Maximum retry count reached.',
    errorId: 'Microsoft.PowerShell.Commands.WriteErrorException',
    category: 'NotSpecified',
    exceptionType: 'Microsoft.PowerShell.Commands.WriteErrorException',
    targetObject: null,
    commandName: 'CheckRetryAndHandleWaitTime',
  });
}
