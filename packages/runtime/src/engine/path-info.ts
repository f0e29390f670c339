// PathInfo: what Get-Location returns and $PWD holds (Path, ProviderPath, Drive, Provider); as text it is the path.
import { PSObject } from '../values/ps-object.js';

export function pathInfo(location: string): PSObject {
  // Wrapping the path string makes "$PWD", [string]$PWD and parameter binding see the path, as PathInfo.ToString() does.
  return new PSObject({
    baseObject: location,
    typeNames: ['System.Management.Automation.PathInfo', 'System.Object'],
    properties: [
      ['Drive', '/'],
      ['Provider', 'Microsoft.PowerShell.Core\\FileSystem'],
      ['ProviderPath', location],
      ['Path', location],
    ],
  });
}
