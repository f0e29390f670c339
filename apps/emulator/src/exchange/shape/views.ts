// Output shapes: which stored properties each cmdlet returns (data), and projection helpers ($select, -Properties).
import type { ExchangeObject } from '../types.js';

export const recipientView = [
  'Identity',
  'Id',
  'Name',
  'Alias',
  'DisplayName',
  'FirstName',
  'LastName',
  'PrimarySmtpAddress',
  'EmailAddresses',
  'ExternalEmailAddress',
  'RecipientType',
  'RecipientTypeDetails',
  'Guid',
  'ExchangeGuid',
  'ExchangeObjectId',
  'ExternalDirectoryObjectId',
  'DistinguishedName',
  'OrganizationalUnit',
  'OrganizationId',
  'ExchangeVersion',
  'Department',
  'Title',
  'City',
  'CountryOrRegion',
  'Company',
  'HiddenFromAddressListsEnabled',
  'ManagedBy',
  'ArchiveStatus',
  'ArchiveGuid',
  'CustomAttribute1',
  'CustomAttribute2',
  'WhenCreated',
  'WhenChanged',
  'WhenCreatedUTC',
  'WhenChangedUTC',
  'IsValid',
  'ObjectState',
] as const;

export const userView = [
  'Identity',
  'Id',
  'Name',
  'DisplayName',
  'FirstName',
  'LastName',
  'UserPrincipalName',
  'WindowsEmailAddress',
  'RecipientType',
  'RecipientTypeDetails',
  'Department',
  'Title',
  'City',
  'CountryOrRegion',
  'Company',
  'AccountDisabled',
  'UsageLocation',
  'Guid',
  'ExchangeObjectId',
  'ExternalDirectoryObjectId',
  'DistinguishedName',
  'OrganizationalUnit',
  'OrganizationId',
  'ExchangeVersion',
  'WhenCreated',
  'WhenChanged',
  'WhenCreatedUTC',
  'WhenChangedUTC',
  'IsValid',
  'ObjectState',
] as const;

/** Group properties that do not belong on a mailbox's output. */
const groupOnly = new Set([
  'ManagedBy',
  'GroupType',
  'MemberJoinRestriction',
  'MemberDepartRestriction',
  'AccessType',
]);

export function project(obj: ExchangeObject, properties: readonly string[]): ExchangeObject {
  const out: ExchangeObject = {};
  for (const p of properties) {
    const key = p in obj ? p : Object.keys(obj).find((k) => k.toLowerCase() === p.toLowerCase());
    if (key !== undefined) out[key] = obj[key] ?? null;
  }
  return out;
}

export function mailboxView(obj: ExchangeObject): ExchangeObject {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !groupOnly.has(k)));
}

export function userObject(obj: ExchangeObject): ExchangeObject {
  const out = project(obj, userView);
  // Get-User reports mail-enabled users as the user behind the mailbox; shared/resource accounts are disabled.
  out.AccountDisabled = obj.AccountDisabled ?? false;
  out.UsageLocation = obj.UsageLocation ?? 'US';
  return out;
}
