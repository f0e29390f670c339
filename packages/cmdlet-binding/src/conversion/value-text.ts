// How values appear inside messages: .NET type names and ToString() as PowerShell shows them.

export function valueTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'System.String';
  if (typeof value === 'boolean') return 'System.Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'System.Int32' : 'System.Double';
  if (typeof value === 'bigint') return 'System.Int64';
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof Date) return 'System.DateTime';
  return 'System.Management.Automation.PSCustomObject';
}

/** ToString() of an argument: `False` for $false, `System.Object[]` for arrays. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    // A boxed number of the runtime's values (a whole Double, an Int64, a numeric argument `007`) shows its text.
    const primitive: unknown = value.valueOf();
    return typeof primitive === 'number' ? String(value) : '@{}';
  }
  return String(value);
}

/** PositionalParameterNotFound shows `$null` for a null argument. */
export function argumentText(value: unknown): string {
  return value === null || value === undefined ? '$null' : valueText(value);
}
