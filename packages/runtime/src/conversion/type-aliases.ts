// Type-name normalisation for conversions: PowerShell's type accelerators mapped to full .NET names.
const ACCELERATORS: Record<string, string> = {
  int: 'System.Int32',
  int32: 'System.Int32',
  long: 'System.Int64',
  int64: 'System.Int64',
  short: 'System.Int16',
  int16: 'System.Int16',
  byte: 'System.Byte',
  sbyte: 'System.SByte',
  ushort: 'System.UInt16',
  uint16: 'System.UInt16',
  uint: 'System.UInt32',
  uint32: 'System.UInt32',
  ulong: 'System.UInt64',
  uint64: 'System.UInt64',
  double: 'System.Double',
  float: 'System.Single',
  single: 'System.Single',
  decimal: 'System.Decimal',
  bigint: 'System.Numerics.BigInteger',
  biginteger: 'System.Numerics.BigInteger',
  'numerics.biginteger': 'System.Numerics.BigInteger',
  bool: 'System.Boolean',
  boolean: 'System.Boolean',
  string: 'System.String',
  char: 'System.Char',
  datetime: 'System.DateTime',
  timespan: 'System.TimeSpan',
  guid: 'System.Guid',
  version: 'System.Version',
  semver: 'System.Management.Automation.SemanticVersion',
  uri: 'System.Uri',
  regex: 'System.Text.RegularExpressions.Regex',
  'text.regularexpressions.regex': 'System.Text.RegularExpressions.Regex',
  hashtable: 'System.Collections.Hashtable',
  'collections.hashtable': 'System.Collections.Hashtable',
  ordered: 'System.Collections.Specialized.OrderedDictionary',
  pscustomobject: 'System.Management.Automation.PSCustomObject',
  psobject: 'System.Management.Automation.PSObject',
  object: 'System.Object',
  array: 'System.Array',
  scriptblock: 'System.Management.Automation.ScriptBlock',
  securestring: 'System.Security.SecureString',
  'security.securestring': 'System.Security.SecureString',
  switch: 'System.Management.Automation.SwitchParameter',
  void: 'System.Void',
  'collections.arraylist': 'System.Collections.ArrayList',
  arraylist: 'System.Collections.ArrayList',
  'text.stringbuilder': 'System.Text.StringBuilder',
};

/** Full .NET name for a type name as written in a script (case-insensitive; 'System.' optional). */
export function canonicalTypeName(name: string): string {
  let trimmed = name.trim();
  if (trimmed.startsWith('[') && trimmed.endsWith(']')) trimmed = trimmed.slice(1, -1);
  if (trimmed.endsWith('[]')) return `${canonicalTypeName(trimmed.slice(0, -2))}[]`;
  const lower = trimmed.toLowerCase();
  const direct = ACCELERATORS[lower] ?? ACCELERATORS[lower.replace(/^system\./, '')];
  if (direct) return direct;
  // Known full names keep their canonical casing.
  for (const full of Object.values(ACCELERATORS)) if (full.toLowerCase() === lower) return full;
  return trimmed;
}
