// The module's retry rules (CheckRetryAndHandleWaitTime / Get-WaitTimeForRetry), for answers the client sees itself.

/** DefaultMaxRetryTimes: 6 attempts in all. */
export const maxRetries = 5;

/** RetryableHTTPResponses: Unauthorized (with a fresh token), ServiceUnavailable, GatewayTimeout; and 429. */
const retryableStatus = new Set([401, 429, 503, 504]);

/** RetryableExceptions: server exceptions the module retries, matched in `details[0].message`. */
const transientExceptions = [
  'DCOverloadedException',
  'SuitabilityDirectoryException',
  'ServerInMMException',
  'ADServerSettingsChangedException',
  'StorageTransientException',
];

/** `details[0].message` of an OData error body, or '' (Get-WaitTimeForRetry looks only there). */
function detailMessage(bodyText: string): string {
  try {
    const m = (JSON.parse(bodyText) as { error?: { details?: { message?: unknown }[] } }).error?.details?.[0]
      ?.message;
    return typeof m === 'string' ? m : '';
  } catch {
    return '';
  }
}

/** Whether the module would retry this failed answer (Get-WaitTimeForRetry). 500 and 502 are not retried. */
export function isRetryable(status: number, bodyText: string): boolean {
  if (status >= 200 && status < 300) return false;
  if (retryableStatus.has(status)) return true;
  const detail = detailMessage(bodyText);
  return transientExceptions.some((name) => detail.includes(name));
}

/** HTTP timeout per cmdlet (Get-HttpTimeout): 960 s, or the long-running cmdlets' server timeout + 60 s. */
const longCmdlets: Readonly<Record<string, number>> = {
  'get-distributiongroupmember': 3600,
  'import-transportrulecollection': 3600,
  'set-organizationconfig': 1800,
  'set-unifiedgroup': 3600,
  'update-distributiongroupmember': 3600,
  'update-rolegroupmember': 1800,
};

export function httpTimeoutMs(cmdletName: string): number {
  const server = longCmdlets[cmdletName.toLowerCase()];
  return (server !== undefined ? server + 60 : 960) * 1000;
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
