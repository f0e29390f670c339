// PowerShellCore.format.ps1xml's MatchInfo view: each match as its ToString() relative to the current location.
import type { FormatView } from '../../format/index.js';
import type { ExecutionContext } from '../../engine/execution-context.js';
import { MatchInfo } from '../utility/select-string/match-info.js';

export const matchInfoTypeName = 'Microsoft.PowerShell.Commands.MatchInfo';

/**
 * `$_.ToEmphasizedString((Get-Location).Path)`: the matches in reverse video on a VT host (unless -NoEmphasis); plain
 * where VT is not shown (Out-String, redirected output, OutputRendering PlainText).
 */
export function matchInfoView(context: ExecutionContext): FormatView {
  return {
    kind: 'custom',
    name: 'MatchInfo',
    lines: (obj, rendering) => [
      obj instanceof MatchInfo
        ? rendering.ansi
          ? obj.ToEmphasizedString(context.currentLocation)
          : obj.ToString(context.currentLocation)
        : String(obj),
    ],
  };
}
