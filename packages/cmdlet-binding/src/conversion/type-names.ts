// PowerShell type names (as metadata spells them) -> .NET full names shown in error messages.

const fullNames: Readonly<Record<string, string>> = {
  string: 'System.String',
  int: 'System.Int32',
  int32: 'System.Int32',
  long: 'System.Int64',
  int64: 'System.Int64',
  double: 'System.Double',
  decimal: 'System.Decimal',
  bool: 'System.Boolean',
  boolean: 'System.Boolean',
  switch: 'System.Management.Automation.SwitchParameter',
  switchparameter: 'System.Management.Automation.SwitchParameter',
  datetime: 'System.DateTime',
  guid: 'System.Guid',
  hashtable: 'System.Collections.Hashtable',
  object: 'System.Object',
  psobject: 'System.Management.Automation.PSObject',
  scriptblock: 'System.Management.Automation.ScriptBlock',
  uri: 'System.Uri',
  timespan: 'System.TimeSpan',
  securestring: 'System.Security.SecureString',
  pscredential: 'System.Management.Automation.PSCredential',
  actionpreference: 'System.Management.Automation.ActionPreference',
  array: 'System.Array',
};

/** `string[]` -> `System.String[]`; unknown names are shown as declared. */
export function dotNetTypeName(type: string): string {
  if (type.endsWith('[]')) return `${dotNetTypeName(type.slice(0, -2))}[]`;
  return fullNames[type.toLowerCase()] ?? type;
}

export function isArrayType(type: string): boolean {
  return type.endsWith('[]') || type.toLowerCase() === 'array';
}

export function elementTypeOf(type: string): string {
  if (type.endsWith('[]')) return type.slice(0, -2);
  return 'object';
}
