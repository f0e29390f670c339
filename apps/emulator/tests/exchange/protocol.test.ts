// Protocol behaviour: server-side binding errors, roles, endpoints, the error envelope, confirmation and $batch.
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../src/exchange/index.js';
import { body, context, createHarness, invoke, parse } from './support.js';

// [cmdlet, parameters, expected message, exception type]
const bindingErrors: [string, Record<string, JsonValue>, string, string][] = [
  [
    'Get-Mailbox',
    { Colour: 'blue' },
    "A parameter cannot be found that matches parameter name 'Colour'.",
    'ParameterBindingException',
  ],
  [
    'Get-Mailbox',
    { ResultSize: 'lots' },
    'Cannot bind parameter \'ResultSize\'. Cannot convert value "lots" to type "Microsoft.Exchange.Data.Unlimited`1[System.UInt32]".',
    'ParameterBindingException',
  ],
  [
    'Set-Mailbox',
    { Identity: 'AdeleV', HiddenFromAddressListsEnabled: 'maybe' },
    'Cannot bind parameter \'HiddenFromAddressListsEnabled\'. Cannot convert value "maybe" to type "System.Boolean".',
    'ParameterBindingException',
  ],
  [
    'Set-Mailbox',
    { Identity: 'AdeleV', ProhibitSendQuota: 'huge' },
    'Cannot convert value "huge"',
    'ParameterBindingException',
  ],
  [
    'Search-UnifiedAuditLog',
    { StartDate: 'yesterday-ish', EndDate: '2026-01-01' },
    'Cannot convert value "yesterday-ish" to type "System.DateTime"',
    'ParameterBindingException',
  ],
  [
    'Get-Mailbox',
    { RecipientTypeDetails: ['Mailbox'] },
    'Cannot validate argument on parameter \'RecipientTypeDetails\'. The argument "Mailbox" does not belong to the set',
    'ParameterBindingValidationException',
  ],
  [
    'Set-Mailbox',
    { DisplayName: 'x' },
    'Cannot process command because of one or more missing mandatory parameters: Identity.',
    'ParameterBindingException',
  ],
  [
    'Get-Mailbox',
    { Identity: 'AdeleV', Anr: 'Ad' },
    'Parameter set cannot be resolved using the specified named parameters.',
    'ParameterBindingException',
  ],
  [
    'Get-Mailboxes',
    {},
    "The term 'Get-Mailboxes' is not recognized as a name of a cmdlet, function, script file, or executable program.",
    'CommandNotFoundException',
  ],
];

describe('server-side validation from the declaration', () => {
  const h = createHarness();
  it.each(bindingErrors)('%s %j', (cmdlet, params, message, type) => {
    const r = invoke(h, cmdlet, params);
    expect(r.status).toBe(400);
    expect(r.headers['x-ExceptionType']).toBe(type);
    expect(r.error?.details[0]?.message).toContain(message);
  });

  it('accepts common parameters, aliases of case, and OData annotations', () => {
    const r = invoke(h, 'get-mailbox', {
      identity: 'AdeleV',
      ErrorAction: 'Stop',
      'Identity@odata.type': '#String',
    });
    expect(r.status).toBe(200);
    expect(r.value).toHaveLength(1);
  });

  it('rejects a body without CmdletInput', () => {
    const r = parse(h.service.invokeCommand(context(), { Cmdlet: 'Get-Mailbox' }, {}, {}));
    expect(r.status).toBe(400);
    expect(r.error?.code).toBe('BadRequest');
  });

  it('an unknown tenant is a 404', () => {
    const r = parse(
      h.service.invokeCommand(
        { ...context(), tenantId: 'fabrikam.onmicrosoft.com', tenantDomain: 'fabrikam.onmicrosoft.com' },
        body('Get-Mailbox'),
        {},
        {},
      ),
    );
    expect(r.status).toBe(404);
  });
});

describe('roles and endpoints', () => {
  const h = createHarness();
  it('View-Only may read but not write', () => {
    const ctx = context(['View-Only Organization Management']);
    expect(invoke(h, 'Get-Mailbox', { Identity: 'AdeleV' }, { ctx }).status).toBe(200);
    const denied = invoke(h, 'Set-Mailbox', { Identity: 'AdeleV', DisplayName: 'x' }, { ctx });
    expect(denied.status).toBe(400);
    expect(denied.headers['x-ExceptionType']).toBe('CommandNotFoundException');
  });

  it('compliance cmdlets exist only on the compliance endpoint, and Exchange cmdlets only on Exchange', () => {
    expect(invoke(h, 'Get-Label', {}).headers['x-ExceptionType']).toBe('CommandNotFoundException');
    expect(
      invoke(h, 'Get-Mailbox', {}, { ctx: context(['Global Administrator'], 'compliance') }).headers[
        'x-ExceptionType'
      ],
    ).toBe('CommandNotFoundException');
  });
});

describe('the error envelope', () => {
  it("has Exchange's shape and headers", () => {
    const h = createHarness();
    const r = h.service.invokeCommand(
      context(),
      body('Get-Mailbox', { Identity: 'ghost' }),
      {},
      {},
      { requestId: 'req-1' },
    );
    expect(r.headers['request-id']).toBe('req-1');
    expect(r.headers['X-CalculatedBETarget']).toMatch(/\.prod\.outlook\.com$/);
    expect(r.body).toMatchObject({
      error: {
        code: 'NotFound',
        message: 'Error executing cmdlet',
        details: [{ code: 'Client', target: 'ghost' }],
        innererror: { type: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException' },
      },
    });
  });
});

describe('confirmation flow', () => {
  it('Confirm=true returns the ShouldProcess text and changes nothing; Confirm=false runs', () => {
    const h = createHarness();
    const ask = invoke(h, 'Remove-DistributionGroup', { Identity: 'Marketing News', Confirm: true });
    expect(ask.confirmation).toBe('Removing distribution group "Marketing News".');
    expect(ask.value).toEqual([]);
    expect(invoke(h, 'Get-DistributionGroup', { Identity: 'Marketing News' }).status).toBe(200);
    expect(invoke(h, 'Remove-DistributionGroup', { Identity: 'Marketing News', Confirm: false }).status).toBe(
      200,
    );
    expect(invoke(h, 'Get-DistributionGroup', { Identity: 'Marketing News' }).status).toBe(404);
  });

  it('WhatIf describes without running', () => {
    const h = createHarness();
    const r = invoke(h, 'Add-MailboxPermission', {
      Identity: 'Info',
      User: 'LeeG',
      AccessRights: ['FullAccess'],
      WhatIf: true,
    });
    expect(r.confirmation).toBe('Adding mailbox permission "FullAccess" for user "LeeG" on mailbox "Info".');
    expect(invoke(h, 'Get-MailboxPermission', { Identity: 'Info', User: 'LeeG' }).value).toEqual([]);
  });

  it('Confirm is not a parameter of a cmdlet without ShouldProcess', () => {
    const h = createHarness();
    expect(invoke(h, 'Get-Mailbox', { Confirm: true }).error?.details[0]?.message).toContain(
      "parameter name 'Confirm'",
    );
  });
});

describe('$batch', () => {
  it('runs each sub-request on its own and returns their responses by id', () => {
    const h = createHarness();
    const url = 'https://127.0.0.1:8443/adminapi/beta/6f1e4c2a-8b3d-4e5f-9a7b-1c2d3e4f5a6b/InvokeCommand';
    const r = h.service.batch(context(), {
      requests: [
        {
          id: '0',
          method: 'POST',
          url,
          body: body('Get-Mailbox', { Identity: 'AdeleV' }),
          headers: { Prefer: 'odata.maxpagesize=1000' },
        },
        { id: '1', method: 'POST', url, body: body('Get-Mailbox', { Identity: 'ghost' }) },
        {
          id: '2',
          method: 'POST',
          url: `${url}?$select=Name`,
          body: body('Get-Recipient', { ResultSize: 2 }),
        },
      ],
    });
    expect(r.status).toBe(200);
    const responses = (r.body as { responses: { id: string; status: number; body: unknown }[] }).responses;
    expect(responses.map((x) => [x.id, x.status])).toEqual([
      ['0', 200],
      ['1', 404],
      ['2', 200],
    ]);
    expect((responses[2]?.body as { value: unknown[] }).value).toEqual([
      { Name: 'admin' },
      { Name: 'auditor' },
    ]);
  });

  it('refuses a malformed or oversized batch', () => {
    const h = createHarness();
    expect(h.service.batch(context(), { nope: [] }).status).toBe(400);
    const many = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: 'POST',
      url: 'InvokeCommand',
      body: body('Get-Mailbox'),
    }));
    expect(h.service.batch(context(), { requests: many }).status).toBe(400);
  });
});

describe('malformed requests never crash the service', () => {
  const h = createHarness();
  const bodies: unknown[] = [
    null,
    [],
    'Get-Mailbox',
    42,
    {},
    { CmdletInput: null },
    { CmdletInput: 'Get-Mailbox' },
    { CmdletInput: { CmdletName: 5 } },
    { CmdletInput: { CmdletName: '   ' } },
    { CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: [] } },
    { CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: 'Identity=x' } },
    { CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { Identity: { nested: true } } } },
    { CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: -1 } } },
    { CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 1.5 } } },
    {
      CmdletInput: {
        CmdletName: 'Set-Mailbox',
        Parameters: { Identity: 'AdeleV', EmailAddresses: { Replace: ['x'] } },
      },
    },
    { CmdletInput: { CmdletName: 'Search-UnifiedAuditLog', Parameters: { StartDate: 5, EndDate: true } } },
    { CmdletInput: { CmdletName: 'Get-MessageTrace', Parameters: { PageSize: '9999999999999' } } },
  ];
  it.each(bodies.map((b) => [JSON.stringify(b), b] as const))('%s -> 400', (_text, b) => {
    const r = parse(h.service.invokeCommand(context(), b, {}, {}));
    expect(r.status).toBe(400);
    expect(r.error?.message).toBeTruthy();
  });
});

describe('unexpected failures', () => {
  it("become a 500 in Exchange's shape, without a JavaScript stack trace", () => {
    const h = createHarness();
    h.store.close();
    const r = parse(h.service.invokeCommand(context(), body('Get-Mailbox'), {}, {}));
    expect(r.status).toBe(500);
    expect(r.error?.details[0]?.code).toBe('Server');
    expect(r.error?.message).toMatch(/^A server side error has occurred/);
    expect(JSON.stringify(r.error)).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });
});
