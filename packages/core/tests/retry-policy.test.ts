// The module's retry rules (Get-WaitTimeForRetry, Get-HttpTimeout) as the client and the I/O worker apply them.
import { describe, expect, it } from 'vitest';
import { httpTimeoutMs, isRetryable, retryDelayMs } from '../src/rest/retry-policy.js';

const body = (message: string) =>
  JSON.stringify({ error: { code: 'InternalServerError', details: [{ message }] } });

describe('retry policy', () => {
  it.each([
    [401, '', true],
    [429, '', true],
    [503, '', true],
    [504, '', true],
    [500, '', false],
    [502, '', false],
    [404, body('Ex6F9304|x|not found'), false],
    [500, body('Microsoft.Exchange.Data.Directory.DCOverloadedException: busy'), true],
    [400, body('StorageTransientException|x|try again'), true],
    [500, '{"error":{"message":"DCOverloadedException outside details"}}', false],
    [200, '', false],
  ])('status %i with %j -> %s', (status, text, expected) => {
    expect(isRetryable(status, text)).toBe(expected);
  });

  it('waits Retry-After seconds on 429, else 2 s x 2^n', () => {
    expect(retryDelayMs(429, { 'retry-after': '1.5' }, 3, 2000)).toBe(1500);
    expect(retryDelayMs(429, {}, 2, 2000)).toBe(8000);
    expect(retryDelayMs(503, { 'retry-after': '9' }, 0, 2000)).toBe(2000);
  });

  it('gives the long-running cmdlets their server timeout plus a minute', () => {
    expect(httpTimeoutMs('Get-Mailbox')).toBe(960_000);
    expect(httpTimeoutMs('Update-DistributionGroupMember')).toBe(3_660_000);
    expect(httpTimeoutMs('set-organizationconfig')).toBe(1_860_000);
  });
});
