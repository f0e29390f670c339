// The module's retry rules (CheckRetryAndHandleWaitTime / Get-WaitTimeForRetry), for answers the client sees itself.

/** DefaultMaxRetryTimes: 6 attempts in all. */
export const maxRetries = 5;

/** Statuses the module retries: 401 (with a fresh token), 429 (after Retry-After), and the gateway errors. */
const retryableStatus = new Set([401, 429, 500, 502, 503, 504]);

/** Server exceptions the module retries, matched in the error detail's text. */
const transientExceptions = [
  'DCOverloadedException',
  'SuitabilityDirectoryException',
  'ServerInMMException',
  'ADServerSettingsChangedException',
  'StorageTransientException',
];

export function isRetryable(status: number, bodyText: string): boolean {
  return retryableStatus.has(status) || transientExceptions.some((name) => bodyText.includes(name));
}

/** How long to wait before retry `attempt` (0-based): Retry-After seconds on 429, else base x 2^attempt. */
export function retryDelayMs(
  status: number,
  headers: Readonly<Record<string, string>>,
  attempt: number,
  baseMs: number,
): number {
  const after = Number(headers['retry-after']);
  if (status === 429 && headers['retry-after'] !== undefined && Number.isFinite(after)) return after * 1000;
  return baseMs * 2 ** attempt;
}
