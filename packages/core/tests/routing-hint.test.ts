// -UseCustomRouting: the mailbox a call is anchored on (Get-MailboxIDBasedRoutingHint, Populate-Headers).
import { describe, expect, it } from 'vitest';
import { isMailboxRouted, mailboxRoutingHint, parameterRoutingHeaders } from '../src/rest/routing-hint.js';

const tenant = '6f1e4c2a-8b3d-4e5f-9a7b-1c2d3e4f5a6b';

describe('routing hints', () => {
  it.each([
    ['adele.vance@contoso.onmicrosoft.com', 'SMTP:adele.vance@contoso.onmicrosoft.com'],
    ['5B1D0E3A-2C4F-4A6B-8D9E-0F1A2B3C4D5E', `MBX:5b1d0e3a-2c4f-4a6b-8d9e-0f1a2b3c4d5e@${tenant}`],
    ['{5b1d0e3a-2c4f-4a6b-8d9e-0f1a2b3c4d5e}', `MBX:5b1d0e3a-2c4f-4a6b-8d9e-0f1a2b3c4d5e@${tenant}`],
    ['5b1d0e3a2c4f4a6b8d9e0f1a2b3c4d5e', `MBX:5b1d0e3a-2c4f-4a6b-8d9e-0f1a2b3c4d5e@${tenant}`],
    ['AdeleV', undefined],
  ])('%s -> %s', (value, hint) => {
    expect(mailboxRoutingHint(value, tenant)).toBe(hint);
  });

  it('anchors only with -UseCustomRouting, on the parameter the cmdlet routes by', () => {
    expect(
      parameterRoutingHeaders('Get-MailboxStatistics', { Identity: 'a@contoso.com' }, tenant),
    ).toBeUndefined();
    expect(
      parameterRoutingHeaders(
        'Get-MailboxStatistics',
        { Identity: 'a@contoso.com', UseCustomRouting: true },
        tenant,
      ),
    ).toEqual({ 'X-AnchorMailbox': 'SMTP:a@contoso.com', 'parameter-based-routing': 'True' });
    expect(
      parameterRoutingHeaders('Get-InboxRule', { Mailbox: 'b@contoso.com', UseCustomRouting: true }, tenant),
    ).toEqual({ 'X-AnchorMailbox': 'SMTP:b@contoso.com', 'parameter-based-routing': 'True' });
    expect(
      parameterRoutingHeaders(
        'Get-MailboxFolderPermission',
        { Identity: 'c@contoso.com:\\Calendar', UseCustomRouting: true },
        tenant,
      ),
    ).toEqual({ 'X-AnchorMailbox': 'SMTP:c@contoso.com', 'parameter-based-routing': 'True' });
    expect(
      parameterRoutingHeaders('Get-Mailbox', { Identity: 'a@contoso.com', UseCustomRouting: true }, tenant),
    ).toBe(undefined);
  });

  it('lists the 16 routed cmdlets, which are never batched', () => {
    expect(isMailboxRouted('get-mailboxstatistics')).toBe(true);
    expect(isMailboxRouted('Set-Mailbox')).toBe(false);
  });
});
