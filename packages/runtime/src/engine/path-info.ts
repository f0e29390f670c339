// PathInfo: what Get-Location returns and $PWD holds (Path, ProviderPath, Drive, Provider); as text it is the path.
import { PSPathInfo } from '../values/ps-path-info.js';

export function pathInfo(location: string): PSPathInfo {
  return new PSPathInfo(location);
}
