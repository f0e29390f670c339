// OPATH -Filter: a table of filters with the recipients they must select, and of bad filters with Exchange's error.
import { describe, expect, it } from 'vitest';
import { createHarness, invoke } from './support.js';

const h = createHarness();
const names = (filter: string): string[] =>
  invoke(h, 'Get-Recipient', { Filter: filter, ResultSize: 'Unlimited' }).value.map((o) => String(o.Name));

// [filter, expected Names (order = store order)]
const matching: [string, string[]][] = [
  [
    "RecipientTypeDetails -eq 'MailContact'",
    ['FabrikamSupport', 'NorthwindOrders', 'AdatumBilling', 'WoodgroveBankDesk'],
  ],
  ["Alias -eq 'AdeleV'", ['AdeleV']],
  ["alias -EQ 'adelev'", ['AdeleV']],
  ['Alias -eq "AdeleV"', ['AdeleV']],
  ['Alias -eq AdeleV', ['AdeleV']],
  ["{Alias -eq 'AdeleV'}", ['AdeleV']],
  [
    "DisplayName -like 'Conf Room*'",
    ['ConfRoomAdams', 'ConfRoomBaker', 'ConfRoomCrystal', 'ConfRoomRainier'],
  ],
  ["DisplayName -like '*Baker'", ['ConfRoomBaker']],
  ["DisplayName -like 'Conf Room ?aker'", ['ConfRoomBaker']],
  [
    "RecipientTypeDetails -eq 'RoomMailbox' -and ResourceCapacity -gt 10",
    ['ConfRoomBaker', 'ConfRoomCrystal'],
  ],
  [
    "RecipientTypeDetails -eq 'RoomMailbox' -and ResourceCapacity -ge 12",
    ['ConfRoomBaker', 'ConfRoomCrystal'],
  ],
  ["RecipientTypeDetails -eq 'RoomMailbox' -and ResourceCapacity -lt 8", ['ConfRoomRainier']],
  [
    "RecipientTypeDetails -eq 'RoomMailbox' -and ResourceCapacity -le 8",
    ['ConfRoomAdams', 'ConfRoomRainier'],
  ],
  [
    "RecipientTypeDetails -eq 'RoomMailbox' -and -not (ResourceCapacity -gt 8)",
    ['ConfRoomAdams', 'ConfRoomRainier'],
  ],
  ["RecipientTypeDetails -eq 'EquipmentMailbox' -or Alias -eq 'Info'", ['Info', 'Projector01', 'PoolCar01']],
  [
    "(Alias -eq 'Info' -or Alias -eq 'Reception') -and RecipientTypeDetails -eq 'SharedMailbox'",
    ['Info', 'Reception'],
  ],
  [
    "RecipientTypeDetails -eq 'MailUniversalSecurityGroup' -and HiddenFromAddressListsEnabled -eq $true",
    ['IT Admins', 'Legal Confidential'],
  ],
  ["RecipientTypeDetails -eq 'MailContact' -and HiddenFromAddressListsEnabled -ne $false", []],
  ["EmailAddresses -eq 'smtp:AdeleV@contoso.onmicrosoft.com'", ['AdeleV']],
  ["EmailAddresses -like '*@fabrikam.com'", ['FabrikamSupport']],
  [
    "ExternalEmailAddress -notlike '*@contoso.com' -and RecipientTypeDetails -eq 'MailUser'",
    ['KimAkers', 'RaviKumar', 'SaraDavis', 'TomPerham'],
  ],
  [
    "RecipientTypeDetails -eq 'MailContact' -and PrimarySmtpAddress -notlike '*@fabrikam.com'",
    ['NorthwindOrders', 'AdatumBilling', 'WoodgroveBankDesk'],
  ],
  [
    "RecipientTypeDetails -eq 'MailContact' -and Department -eq $null",
    ['FabrikamSupport', 'NorthwindOrders', 'AdatumBilling', 'WoodgroveBankDesk'],
  ],
  ["RecipientTypeDetails -eq 'MailContact' -and Department -ne $null", []],
  ["Department -eq 'Legal' -and RecipientTypeDetails -eq 'UserMailbox'", ['EnricoC', 'JoniS']],
  ["City -eq 'London' -and Title -like '*Engineer'", ['SanjayP']],
  ["Alias -eq 'O''Brien'", []],
];

describe('OPATH filters select the right recipients', () => {
  it.each(matching)('%s', (filter, expected) => {
    expect(names(filter)).toEqual(expected);
  });

  it('dates compare as dates', () => {
    const all = invoke(h, 'Get-Recipient', { ResultSize: 'Unlimited' }).value;
    const pivot = String(all[20]?.WhenCreated);
    const later = names(`WhenCreated -gt '${pivot}'`);
    expect(later.length).toBe(
      all.filter((o) => Date.parse(String(o.WhenCreated)) > Date.parse(pivot)).length,
    );
    expect(later.length).toBeGreaterThan(0);
  });

  it('sizes compare as byte quantities', () => {
    const shared = invoke(h, 'Get-Mailbox', {
      Filter: "ProhibitSendQuota -lt '50GB'",
      ResultSize: 'Unlimited',
    }).value;
    expect(shared.length).toBe(11);
    expect(shared.every((o) => o.RecipientTypeDetails !== 'UserMailbox')).toBe(true);
  });
});

// [filter, error position or the unknown property]
const invalid: [string, string][] = [
  ['Name -eq', 'at position 9.'],
  ["Name 'x'", 'at position 6.'],
  ["-eq 'x'", 'at position 1.'],
  ["Name -contains 'x'", 'at position 6.'],
  ["(Name -eq 'x'", 'at position 14.'],
  ["Name -eq 'x')", 'at position 13.'],
  ["Name -eq 'x' -and", 'at position 18.'],
  ["Name -eq 'unterminated", 'at position 10.'],
  ['Name -eq $maybe', 'at position 10.'],
  ['', 'at position 1.'],
];

describe("invalid filters get Exchange's error", () => {
  it.each(invalid)('%s', (filter, where) => {
    const r = invoke(h, 'Get-Mailbox', { Filter: filter });
    expect(r.status).toBe(400);
    expect(r.headers['x-ExceptionType']).toBe('ParameterBindingException');
    const message = r.error?.details[0]?.message ?? '';
    expect(message).toContain(
      'Invalid filter syntax. For a description of the filter parameter syntax see the command help.',
    );
    expect(message).toContain(`"${filter}" ${where}`);
  });

  it('an unknown property is named in the error', () => {
    const r = invoke(h, 'Get-Mailbox', { Filter: "Colour -eq 'blue'" });
    expect(r.status).toBe(400);
    expect(r.error?.details[0]?.message).toMatch(
      /^Cannot bind parameter 'Filter' to the target\. Exception setting "Filter": ""Colour" is not a recognized filterable property\./,
    );
  });

  it('absurd nesting is a syntax error, not a crash', () => {
    const filter = `${'('.repeat(5000)}Name -eq 'x'${')'.repeat(5000)}`;
    const r = invoke(h, 'Get-Mailbox', { Filter: filter });
    expect(r.status).toBe(400);
    expect(r.error?.details[0]?.message).toContain('Invalid filter syntax.');
    const deepNot = `${'-not '.repeat(5000)}Name -eq 'x'`;
    expect(invoke(h, 'Get-Mailbox', { Filter: deepNot }).status).toBe(400);
  });
});
