// The .NET exception types scripts catch by name, with their base types, for `catch [T]` and `trap [T]`.
const baseOf: Readonly<Record<string, string>> = {
  'System.Exception': '',
  'System.SystemException': 'System.Exception',
  'System.ApplicationException': 'System.Exception',
  'System.Management.Automation.RuntimeException': 'System.SystemException',
  'System.Management.Automation.ParseException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ParameterBindingException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.CommandNotFoundException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ActionPreferenceStopException':
    'System.Management.Automation.RuntimeException',
  'System.Management.Automation.PSInvalidCastException': 'System.InvalidCastException',
  'System.Management.Automation.PSArgumentException': 'System.ArgumentException',
  'System.Management.Automation.PSInvalidOperationException': 'System.InvalidOperationException',
  'System.Management.Automation.MethodInvocationException': 'System.Management.Automation.MethodException',
  'System.Management.Automation.MethodException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.PropertyNotFoundException':
    'System.Management.Automation.ExtendedTypeSystemException',
  'System.Management.Automation.ExtendedTypeSystemException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.SessionStateException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ItemNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.DriveNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.SessionStateUnauthorizedAccessException':
    'System.Management.Automation.SessionStateException',
  'System.Management.Automation.PipelineStoppedException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ValidationMetadataException':
    'System.Management.Automation.MetadataException',
  'System.Management.Automation.MetadataException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ApplicationFailedException': 'System.Management.Automation.RuntimeException',
  'System.InvalidCastException': 'System.SystemException',
  'System.ArgumentException': 'System.SystemException',
  'System.ArgumentNullException': 'System.ArgumentException',
  'System.ArgumentOutOfRangeException': 'System.ArgumentException',
  'System.InvalidOperationException': 'System.SystemException',
  'System.NotSupportedException': 'System.SystemException',
  'System.NotImplementedException': 'System.SystemException',
  'System.FormatException': 'System.SystemException',
  'System.IndexOutOfRangeException': 'System.SystemException',
  'System.NullReferenceException': 'System.SystemException',
  'System.DivideByZeroException': 'System.ArithmeticException',
  'System.OverflowException': 'System.ArithmeticException',
  'System.ArithmeticException': 'System.SystemException',
  'System.UnauthorizedAccessException': 'System.SystemException',
  'System.TimeoutException': 'System.SystemException',
  'System.IO.IOException': 'System.SystemException',
  'System.IO.FileNotFoundException': 'System.IO.IOException',
  'System.IO.DirectoryNotFoundException': 'System.IO.IOException',
  'System.Net.WebException': 'System.InvalidOperationException',
  'System.Net.Http.HttpRequestException': 'System.Exception',
  'Microsoft.PowerShell.Commands.HttpResponseException': 'System.Net.Http.HttpRequestException',
};

/** Short names scripts write in catch clauses, without `System.`. */
function canonical(name: string): string {
  if (baseOf[name] !== undefined) return name;
  const withSystem = `System.${name}`;
  if (baseOf[withSystem] !== undefined) return withSystem;
  const lower = name.toLowerCase();
  for (const k of Object.keys(baseOf)) {
    if (k.toLowerCase() === lower || k.toLowerCase() === `system.${lower}`) return k;
  }
  return name;
}

/** Whether an exception of type `actual` is caught by `catch [expected]`. */
export function exceptionIsA(actual: string, expected: string): boolean {
  const want = canonical(expected).toLowerCase();
  for (let t: string | undefined = canonical(actual); t; t = baseOf[t]) {
    if (t.toLowerCase() === want) return true;
  }
  return false;
}
