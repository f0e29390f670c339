// The service's error answers -> ErrorRecords, as the module's Write-ErrorMessage builds them (table of cases).
import { describe, expect, it } from 'vitest';
import { exchangeErrorRecord, maximumRetryRecord } from '../src/rest/exchange-error.js';

const headers = {
  'x-calculatedbetarget': 'BN8PR01MB1234.namprd01.prod.outlook.com',
  'request-id': 'r-1',
  date: 'Thu, 26 Nov 2026 20:00:00 GMT',
  'x-exceptiontype': 'ManagementObjectNotFoundException',
};
const envelope = (detail: Record<string, unknown>) =>
  JSON.stringify({ error: { code: 'NotFound', details: [detail] } });

describe('exchangeErrorRecord', () => {
  it('fills CategoryInfo as Get-ErrorCategoryInfo: activity the cmdlet, reason and target type from headers', () => {
    const rec = exchangeErrorRecord(
      404,
      { ...headers, 'x-exceptiontargettype': 'MailboxIdParameter' },
      envelope({ code: '13', target: 'ghost', message: 'Ex6F9304|Some.Class|text' }),
      'Get-Mailbox',
    );
    expect(rec.exception.message).toBe('Ex6F9304|Some.Class|text');
    expect(rec.exception.typeName).toBe('System.Exception');
    expect(rec.targetObject).toBe('ghost');
    expect(rec.categoryInfo).toEqual({
      category: 'ObjectNotFound',
      activity: 'Get-Mailbox',
      reason: 'ManagementObjectNotFoundException',
      targetName: 'ghost',
      targetType: 'MailboxIdParameter',
    });
    expect(rec.categoryInfo.activity).toBe('Get-Mailbox');
  });

  it.each([
    ['a serialized exception without a string id', { Message: 'm', ClassName: 'C' }, '|C|m'],
    [
      'a serialized exception',
      { localizedString: { stringId: 'Ex1' }, ClassName: 'C', Message: 'm' },
      'Ex1|C|m',
    ],
  ])('formats %s as stringId|Class|Message', (_name, ex, expected) => {
    const rec = exchangeErrorRecord(400, headers, envelope({ message: JSON.stringify(ex) }), 'Set-Mailbox');
    expect(rec.exception.message).toBe(expected);
  });

  it('takes the inner exception message when there are no details, and NotSpecified/Exception by default', () => {
    const rec = exchangeErrorRecord(
      400,
      { 'request-id': 'r-2' },
      JSON.stringify({
        error: { code: 'BadRequest', innererror: { internalexception: { message: 'bad input' } } },
      }),
      'Get-Mailbox',
    );
    expect(rec.exception.message).toBe('bad input');
    expect(rec.fullyQualifiedErrorId).toBe('[RequestId=r-2],Write-ErrorMessage');
    expect(rec.categoryInfo.category).toBe('NotSpecified');
    expect(rec.categoryInfo.reason).toBe('Exception');
  });

  it.each([
    [
      'a 429 body, as it came',
      429,
      '{"error":{"code":"TooManyRequests"}}',
      '{"error":{"code":"TooManyRequests"}}',
    ],
    [
      'the generic text when the body names no error',
      503,
      '<html>busy</html>',
      'A server side error has occurred because of which the operation could not be completed. Please try again after some time. If the problem still persists, please reach out to MS support.',
    ],
  ])('writes %s with Write-Error', (_name, status, body, message) => {
    const rec = exchangeErrorRecord(status, headers, body, 'Get-Mailbox');
    expect(rec.exception.message).toBe(message);
    expect(rec.fullyQualifiedErrorId).toBe(
      'Microsoft.PowerShell.Commands.WriteErrorException,Write-ErrorMessage',
    );
    expect(rec.categoryInfo.category).toBe('NotSpecified');
  });

  it('says the retries ran out as CheckRetryAndHandleWaitTime does', () => {
    const rec = maximumRetryRecord();
    expect(rec.exception.message).toBe('Maximum retry count reached.');
    expect(rec.fullyQualifiedErrorId).toBe(
      'Microsoft.PowerShell.Commands.WriteErrorException,CheckRetryAndHandleWaitTime',
    );
  });
});
