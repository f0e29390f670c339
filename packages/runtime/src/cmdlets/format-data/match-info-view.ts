// PowerShellCore.format.ps1xml's MatchInfo view: each match as its ToString() relative to the current location.
import type { FormatView } from '../../format/index.js';
import type { ExecutionContext } from '../../engine/execution-context.js';
import { MatchInfo } from '../utility/select-string/match-info.js';

export const matchInfoTypeName = 'Microsoft.PowerShell.Commands.MatchInfo';

/** `$_.ToEmphasizedString((Get-Location).Path)`, without the emphasis: it is also what Out-String captures. */
export function matchInfoView(context: ExecutionContext): FormatView {
  return {
    kind: 'custom',
    lines: (obj) => [obj instanceof MatchInfo ? obj.ToString(context.currentLocation) : String(obj)],
  };
}
