// Pure pieces of the module: the registry's Ids, prefixed names, parameter serialization, the error envelope.
import { describe, expect, it } from 'vitest';
import { PSHashtable, PSInt64, doubleValue } from '@exosh/runtime';
import { Connection, ConnectionRegistry, prefixedName } from '../src/index.js';
import { serializeParameters } from '../src/rest/serialize-parameters.js';
import { exchangeErrorRecord } from '../src/rest/exchange-error.js';
import { resolveEndpoints } from '../src/connection/endpoints.js';

function connection(id: number, prefix: string, eop = false): Connection {
  return new Connection({
    connectionId: `00000000-0000-0000-0000-00000000000${id}`,
    id,
    isEopSession: eop,
    userPrincipalName: 'admin@contoso.onmicrosoft.com',
    connectionUri: 'https://outlook.office365.com',
    azureAdAuthorizationEndpointUri: 'https://login.microsoftonline.com/organizations',
    tokenExpiresOn: new Date(Date.now() + 3600_000),
    certificateAuthentication: false,
    moduleName: `/tmp/tmpEXO_${id}`,
    modulePrefix: prefix,
    organization: '',
    delegatedOrganization: '',
    appId: '',
    pageSize: 1000,
    tenantId: 't',
    authKey: `k${id}`,
    restBase: 'https://outlook.office365.com/adminapi/beta/t',
  });
}

describe('ConnectionRegistry', () => {
  it('never reuses an Id and names connections per kind', () => {
    const r = new ConnectionRegistry();
    const a = connection(r.nextId(), 'Contoso');
    r.add(a);
    r.remove(a);
    const b = connection(r.nextId(), '', true);
    r.add(b);
    expect(b.id).toBe(2);
    expect(a.name).toBe('ExchangeOnline_1');
    expect(b.name).toBe('ExchangeOnlineProtection_2');
  });

  it('uses the latest Exchange Online connection (not IPPS) for the built-in cmdlets', () => {
    const r = new ConnectionRegistry();
    const exo1 = connection(r.nextId(), 'A');
    const exo2 = connection(r.nextId(), 'B');
    const ipps = connection(r.nextId(), 'C', true);
    [exo1, exo2, ipps].forEach((c) => r.add(c));
    expect(r.latestExchange()).toBe(exo2);
    expect(r.byModulePrefix(['a', 'c']).map((c) => c.id)).toEqual([1, 3]);
    expect(r.byConnectionId(['00000000-0000-0000-0000-000000000002'.toUpperCase()]).map((c) => c.id)).toEqual(
      [2],
    );
  });

  it('reports TokenStatus from the token expiry', () => {
    const c = connection(1, '');
    expect(c.tokenStatus()).toBe('Active');
    c.tokenExpiresOn = new Date(Date.now() - 1000);
    expect(c.tokenStatus()).toBe('Expired');
  });
});

describe('prefixedName', () => {
  it.each([
    ['Get-Mailbox', 'Contoso', 'Get-ContosoMailbox'],
    ['Get-InboundConnector', 'Contoso', 'Get-ContosoInboundConnector'],
    ['Set-Mailbox', '', 'Set-Mailbox'],
  ])('%s with prefix %s is %s', (name, prefix, expected) => {
    expect(prefixedName(name, prefix)).toBe(expected);
  });
});

describe('serializeParameters', () => {
  it('sends switches as booleans, hashtables with @odata.type, filters with quoted booleans, and drops client-only ones', () => {
    const body = serializeParameters({
      Identity: 'john',
      HiddenFromAddressListsEnabled: true,
      EmailAddresses: PSHashtable.from([['Add', 'smtp:j@contoso.com']]),
      Filter: 'HiddenFromAddressListsEnabled -eq $true',
      ResultSize: 'Unlimited',
      ErrorAction: 'Stop',
    });
    expect(body).toEqual({
      Identity: 'john',
      HiddenFromAddressListsEnabled: true,
      EmailAddresses: { '@odata.type': '#Exchange.GenericHashTable', Add: 'smtp:j@contoso.com' },
      Filter: "HiddenFromAddressListsEnabled -eq 'True'",
    });
  });

  it('sends an Int64 ([long] parameters, 5L) as a JSON number', () => {
    expect(serializeParameters({ MaxCount: new PSInt64(5n) })).toEqual({ MaxCount: 5 });
    expect(serializeParameters({ Quota: doubleValue(2), Ratio: doubleValue(2.5) })).toEqual({
      Quota: 2,
      Ratio: 2.5,
    });
  });
});

describe('exchangeErrorRecord', () => {
  it('builds stringId|Class|Message and the [Server=...] error id from the envelope and headers', () => {
    const detail = JSON.stringify({
      localizedString: { stringId: 'Ex6F9304' },
      ClassName: 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException',
      Message: "The operation couldn't be performed because object 'x' couldn't be found on 'y'.",
    });
    const rec = exchangeErrorRecord(
      404,
      {
        'x-calculatedbetarget': 'BN8PR01MB1234.namprd01.prod.outlook.com',
        'request-id': 'r-1',
        date: 'Thu, 26 Nov 2026 20:00:00 GMT',
      },
      JSON.stringify({
        error: { code: 'NotFound', details: [{ code: '13', target: 'x', message: detail }] },
      }),
      'Get-Mailbox',
    );
    expect(rec.exception.message).toBe(
      "Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object 'x' couldn't be found on 'y'.",
    );
    expect(rec.fullyQualifiedErrorId).toBe(
      '[Server=BN8PR01MB1234,RequestId=r-1,TimeStamp=Thu, 26 Nov 2026 20:00:00 GMT],Write-ErrorMessage',
    );
    expect(rec.categoryInfo.category).toBe('ObjectNotFound');
  });
});

describe('resolveEndpoints', () => {
  it('uses the chosen cloud by default and the emulator when exosh -Emulator set one', () => {
    expect(resolveEndpoints({ environment: 'O365USGovGCCHigh', compliance: false })).toEqual({
      connectionUri: 'https://outlook.office365.us',
      authorityHost: 'https://login.microsoftonline.us',
      scope: 'https://outlook.office365.us/.default',
    });
    const emu = resolveEndpoints({
      environment: 'O365Default',
      compliance: true,
      emulator: {
        url: 'https://127.0.0.1:47443',
        caPem: 'x',
        complianceUrl: 'https://127.0.0.1:47443/compliance',
      },
    });
    expect(emu.connectionUri).toBe('https://127.0.0.1:47443/compliance');
    expect(emu.knownAuthorities).toEqual(['127.0.0.1:47443']);
  });

  it('trusts an -AzureADAuthorizationEndpointUri that is none of the clouds, and only that one', () => {
    const own = resolveEndpoints({
      environment: 'O365Default',
      compliance: false,
      connectionUri: 'https://127.0.0.1:9443/',
      authorizationEndpointUri: 'https://127.0.0.1:9443/contoso.onmicrosoft.com',
    });
    expect(own).toEqual({
      connectionUri: 'https://127.0.0.1:9443',
      authorityHost: 'https://127.0.0.1:9443',
      scope: 'https://127.0.0.1:9443/.default',
      knownAuthorities: ['127.0.0.1:9443'],
    });
    const cloud = resolveEndpoints({
      environment: 'O365Default',
      compliance: false,
      authorizationEndpointUri: 'https://login.microsoftonline.us/contoso.onmicrosoft.com',
    });
    expect(cloud.knownAuthorities).toBeUndefined();
  });
});
