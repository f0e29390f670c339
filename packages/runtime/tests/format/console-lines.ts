// What a console shows for a runspace's output: Out-Default's text at 120 columns under the runspace's $PSStyle,
// with VT sequences when `ansi` (the tests of pwsh's VT rendering share this).
import { formatOutput, psStyleSettings, type Runspace } from '../../src/index.js';

export function consoleLines(rs: Runspace, output: readonly unknown[], ansi = true): string[] {
  const style = psStyleSettings(rs.context.sessionState.lookup('PSStyle', 'global')?.value);
  return formatOutput(output as unknown[], {
    width: 120,
    views: rs.formatViews,
    rendering: { ansi, style },
  }).split('\n');
}
